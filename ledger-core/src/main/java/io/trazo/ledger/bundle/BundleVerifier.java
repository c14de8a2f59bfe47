package io.trazo.ledger.bundle;

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
 * Checks a provenance bundle offline, trusting nothing but the trust-root keys: the envelope
 * ({@link BundleFormat#read}), every record with the same {@link Verifier} ingest uses (registry
 * established only by the bundle's own governance-signed records), and the bundle's shape. Thread-safe.
 */
public final class BundleVerifier {

    private final Verifier verifier;

    public BundleVerifier(TrustRoot trustRoot, RolePolicy policy) {
        this.verifier = new Verifier(trustRoot, policy);
    }

    public BundleReport verify(byte[] bundle) {
        ParsedBundle parsed;
        try {
            parsed = BundleFormat.read(bundle);
        } catch (RecordException e) {
            return new BundleReport(Optional.empty(), Optional.empty(), List.of(new Finding(e.code(), e.path(), e.detail())),
                    Optional.empty());
        }
        List<byte[]> wires = parsed.records();
        VerificationReport report = verifier.verify(wires);
        List<Optional<SignedRecord>> records = new ArrayList<>();
        for (byte[] w : wires) {
            records.add(readable(w));
        }
        List<Finding> findings = new ArrayList<>();
        if (parsed.hasLog()) {
            findings.add(new Finding(ReasonCode.LOG_UNSUPPORTED, "/log",
                    "this verifier does not check transparency-log proofs, so it cannot vouch for this bundle"));
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
        return new BundleReport(Optional.of(parsed.lot()), Optional.of(parsed.head()), findings, Optional.of(report));
    }

    private static Optional<SignedRecord> readable(byte[] wire) {
        try {
            return Optional.of(RecordCodec.parse(wire));
        } catch (RecordException e) {
            return Optional.empty();
        }
    }
}
