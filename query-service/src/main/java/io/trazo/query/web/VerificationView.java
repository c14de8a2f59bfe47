package io.trazo.query.web;

import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import io.trazo.ledger.verify.SignatureReport;
import io.trazo.query.provenance.Provenance.Verification;
import io.trazo.query.store.LogLeafCheck;
import io.trazo.ledger.provenance.ProvenanceException;
import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.store.IntegrityAlarm;
import java.util.List;
import java.util.function.Supplier;

/**
 * ledger-core's {@link io.trazo.ledger.verify.VerificationReport}, field for field, over the lot's evidence set,
 * and {@code store}: whether the stored evidence still is what the ledger committed to (docs/operations.md
 * §Store integrity). When it is not, nothing was verified: {@code ok} is false, there are no reports, and
 * {@code store} names the record and the check it failed.
 */
record VerificationView(String lot, String head, boolean ok, int records, int failed, List<Report> reports, Store store) {

    /**
     * @param check null when every record passed; else record-hash, log-leaf, missing or changed
     * @param loggedRecords records also checked against their log leaf at {@code logTreeSize}
     * @param notYetLogged records newer than the latest checkpoint: checked against their record hash only
     */
    record Store(boolean ok, String check, String record, String detail, long logTreeSize, int loggedRecords, int notYetLogged) {}

    record Report(int index, String hash, String type, Long position, boolean ok, boolean canonical, List<Signature> signatures,
            List<Link> links, List<Problem> findings) {}

    record Signature(String keyId, String signer, boolean keyKnown, boolean validAtTime, boolean notRevoked, boolean roleAllowed,
            boolean signatureValid) {}

    record Link(String lot, String prev, String expected, boolean ok) {}

    record Problem(String code, String path, String message) {
        static Problem of(Finding f) {
            return new Problem(f.code().name(), f.path(), f.message());
        }
    }

    static VerificationView of(String lot, Verification v) {
        List<Report> reports = v.report().records().stream().map(r -> report(r, v.evidence().get(r.index()))).toList();
        LogLeafCheck.Coverage log = v.log();
        return new VerificationView(lot, v.trace().head().hex(), v.report().ok(), reports.size(), v.report().failures().size(), reports,
                new Store(true, null, null, null, log.treeSize(), log.logged(), log.notYetLogged()));
    }

    /**
     * The verification {@code run} makes, or, when the store fails its integrity checks, the failed view that says which
     * record and check: that is the answer, not a server error (and it raises the operator's alarm).
     */
    static VerificationView checked(String lot, Supplier<Verification> run, IntegrityAlarm alarm) {
        try {
            return of(lot, run.get());
        } catch (StoreIntegrityException e) {
            alarm.raise(e);
            return failed(lot, IntegrityProblems.check(e), e.record().hex(), e.getMessage());
        } catch (ProvenanceException e) {
            if (e.kind() != ProvenanceException.Kind.INCONSISTENT_STORE) {
                throw e;
            }
            alarm.raise(StoreIntegrityException.Check.MISSING, e.getMessage());
            return failed(lot, "missing", null, e.getMessage());
        }
    }

    static VerificationView failed(String lot, String check, String record, String detail) {
        return new VerificationView(lot, null, false, 0, 0, List.of(), new Store(false, check, record, detail, 0, 0, 0));
    }

    private static Report report(RecordReport r, StoredRecord stored) {
        return new Report(r.index(), r.hash().map(h -> h.hex()).orElse(null), r.type().map(t -> t.wire()).orElse(null),
                stored.position().orElse(-1), r.ok(), r.canonical(), r.signatures().stream().map(VerificationView::signature).toList(),
                r.links().stream().map(l -> new Link(l.lot(), l.prev().map(h -> h.hex()).orElse(null),
                        l.expected().map(h -> h.hex()).orElse(null), l.ok())).toList(),
                r.findings().stream().map(Problem::of).toList());
    }

    private static Signature signature(SignatureReport s) {
        return new Signature(s.keyId().value(), s.signer().orElse(null), s.keyKnown(), s.validAtTime(), s.notRevoked(), s.roleAllowed(),
                s.signatureValid());
    }
}
