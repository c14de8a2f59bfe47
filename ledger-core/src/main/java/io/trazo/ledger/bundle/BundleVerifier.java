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
 */
public final class BundleVerifier {

    private final Verifier verifier;
    private final Optional<LogEvidenceVerifier> log;

    /** A verifier with no log key: it refuses bundles that carry log evidence. */
    public BundleVerifier(TrustRoot trustRoot, RolePolicy policy) {
        this(new Verifier(trustRoot, policy), Optional.empty());
    }

    private BundleVerifier(Verifier verifier, Optional<LogEvidenceVerifier> log) {
        this.verifier = verifier;
        this.log = log;
    }

    /**
     * This verifier, also requiring every record to be proved in the log named {@code origin} (C2SP
     * tlog-checkpoint origin line) by a checkpoint that {@code logKey} signed.
     */
    public BundleVerifier withLog(String origin, NoteVerifierKey logKey) {
        return new BundleVerifier(verifier, Optional.of(new LogEvidenceVerifier(origin, logKey)));
    }

    /** As {@link #withLog(String, NoteVerifierKey)}, with every key the log has had (protocol §17.1). */
    public BundleVerifier withLog(String origin, List<NoteVerifierKey> logKeys) {
        return new BundleVerifier(verifier, Optional.of(new LogEvidenceVerifier(origin, logKeys)));
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
        List<Finding> links = new ArrayList<>();
        for (RecordReport r : report.records()) {
            for (Finding f : r.findings()) {
                Finding located = new Finding(f.code(), "/records/" + r.index() + f.path(), f.message());
                (f.path().startsWith("/links") ? links : findings).add(located);
            }
        }
        findings.addAll(BundleStructure.check(parsed.lot(), parsed.head(), records));
        findings.addAll(links);
        Optional<Checkpoint> checkpoint = Optional.empty();
        if (parsed.log().isPresent() && log.isPresent()) {
            BundleLogCheck.Outcome outcome = BundleLogCheck.check(log.get(), parsed.log().get(), records);
            findings.addAll(outcome.findings());
            checkpoint = outcome.checkpoint();
        }
        return new BundleReport(Optional.of(parsed.lot()), Optional.of(parsed.head()), findings, Optional.of(report), checkpoint);
    }

    private static Optional<SignedRecord> readable(byte[] wire) {
        try {
            return Optional.of(RecordCodec.parse(wire));
        } catch (RecordException e) {
            return Optional.empty();
        }
    }
}
