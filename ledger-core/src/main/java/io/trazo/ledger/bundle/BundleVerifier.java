package io.trazo.ledger.bundle;

import io.trazo.ledger.log.LogEvidenceVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a provenance bundle offline, trusting nothing but the trust-root keys and, if given, the
 * transparency log's verifier key: the envelope ({@link BundleFormat#read}), every record with the same
 * {@link Verifier} ingest uses (registry established only by the bundle's own governance-signed records),
 * the bundle's shape, and the {@code log} member's checkpoint and inclusion proofs. Thread-safe.
 *
 * <p>Log policy: without a log key, a bundle that carries a {@code log} member fails with
 * {@code LOG_UNSUPPORTED} (proofs are never silently ignored); with a log key, a bundle without one fails
 * with {@code LOG_EVIDENCE_MISSING} (whoever pins a log key expects proofs).
 *
 * <p>Key-status policy (§20.6): a format-2 bundle's {@code keyStatusProofs} are checked whenever its log
 * evidence verified; a bundle without them verifies with "key status not proven" unless the verifier
 * {@link #requiringKeyStatus() requires} them.
 */
public final class BundleVerifier {

    private final Verifier verifier;
    private final Optional<LogEvidenceVerifier> log;
    private final boolean requireStatus;

    /** A verifier with no log key: it refuses bundles that carry log evidence. */
    public BundleVerifier(TrustRoot trustRoot, RolePolicy policy) {
        this(new Verifier(trustRoot, policy), Optional.empty(), false);
    }

    private BundleVerifier(Verifier verifier, Optional<LogEvidenceVerifier> log, boolean requireStatus) {
        this.verifier = verifier;
        this.log = log;
        this.requireStatus = requireStatus;
    }

    /**
     * This verifier, also failing a bundle that does not prove its key status ({@code STATUS_PROOF_MISSING}).
     *
     * @throws IllegalStateException without a log key: a map root is only as good as the checkpoint that commits to it
     */
    public BundleVerifier requiringKeyStatus() {
        if (log.isEmpty()) {
            throw new IllegalStateException("requiring key status needs the log's key: call withLog first");
        }
        return new BundleVerifier(verifier, log, true);
    }

    /**
     * This verifier, also requiring every record to be proved in the log named {@code origin} (C2SP
     * tlog-checkpoint origin line) by a checkpoint that {@code logKey} signed.
     */
    public BundleVerifier withLog(String origin, NoteVerifierKey logKey) {
        return new BundleVerifier(verifier, Optional.of(new LogEvidenceVerifier(origin, logKey)), requireStatus);
    }

    /** As {@link #withLog(String, NoteVerifierKey)}, with every key the log has had (protocol §17.1). */
    public BundleVerifier withLog(String origin, List<NoteVerifierKey> logKeys) {
        return new BundleVerifier(verifier, Optional.of(new LogEvidenceVerifier(origin, logKeys)), requireStatus);
    }

    public BundleReport verify(byte[] bundle) {
        ParsedBundle parsed;
        try {
            parsed = BundleFormat.read(bundle);
        } catch (RecordException e) {
            return new BundleReport(Optional.empty(), Optional.empty(), List.of(new Finding(e.code(), e.path(), e.detail())),
                    Optional.empty(), Optional.empty());
        }
        List<byte[]> wires = parsed.records();
        VerificationReport report = verifier.verify(wires);
        List<Optional<SignedRecord>> records = new ArrayList<>();
        for (byte[] w : wires) {
            records.add(readable(w));
        }
        List<Finding> findings = new ArrayList<>();
        if (parsed.log().isPresent() && log.isEmpty()) {
            findings.add(new Finding(ReasonCode.LOG_UNSUPPORTED, "/log", "the bundle carries transparency-log proofs but"
                    + " no log key was given to check them; pass the log's verifier key rather than ignore them"));
        }
        if (parsed.log().isEmpty() && log.isPresent()) {
            findings.add(new Finding(ReasonCode.LOG_EVIDENCE_MISSING, "/log", "a log key was given but the bundle carries"
                    + " no transparency-log proofs; export it again once the log covers every record"));
        }
        if (parsed.keyStatusProofs().isPresent() && parsed.log().isEmpty()) {
            findings.add(new Finding(ReasonCode.STATUS_ROOT_NOT_INCLUDED, "/keyStatusProofs/0", "the bundle carries key-status"
                    + " proofs but no log evidence, so no checkpoint commits to their map root"));
        }
        if (parsed.keyStatusProofs().isEmpty() && requireStatus) {
            findings.add(new Finding(ReasonCode.STATUS_PROOF_MISSING, "/keyStatusProofs", "key status is required but the"
                    + " bundle carries no key-status proofs"));
        }
        List<Finding> links = new ArrayList<>();
        for (RecordReport r : report.records()) {
            for (Finding f : r.findings()) {
                Finding located = new Finding(f.code(), "/records/" + r.index() + f.path(), f.message());
                (f.path().startsWith("/links") ? links : findings).add(located);
            }
        }
        findings.addAll(parsed.period().isPresent() ? BundleStructure.checkPeriod(parsed.period().get(), records)
                : BundleStructure.check(parsed.lot(), parsed.head(), records));
        findings.addAll(links);
        Optional<Checkpoint> checkpoint = Optional.empty();
        if (parsed.log().isPresent() && log.isPresent()) {
            BundleLogCheck.Outcome outcome = BundleLogCheck.check(log.get(), parsed.log().get(), records);
            findings.addAll(outcome.findings());
            checkpoint = outcome.checkpoint();
        }
        Optional<MapRootLeaf> keyStatus = Optional.empty();
        if (checkpoint.isPresent() && parsed.keyStatusProofs().isPresent()) {
            BundleStatusCheck.Outcome status = BundleStatusCheck.check(parsed.keyStatusProofs().get(), records, checkpoint.get(),
                    parsed.log().orElseThrow());
            findings.addAll(status.findings());
            keyStatus = status.provenAt();
        }
        return new BundleReport(Optional.ofNullable(parsed.lot()), Optional.ofNullable(parsed.head()), findings, Optional.of(report), checkpoint,
                keyStatus);
    }

    private static Optional<SignedRecord> readable(byte[] wire) {
        try {
            return Optional.of(RecordCodec.parse(wire));
        } catch (RecordException e) {
            return Optional.empty();
        }
    }
}
