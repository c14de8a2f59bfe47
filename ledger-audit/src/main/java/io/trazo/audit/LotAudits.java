package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.crypto.Digest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Assembles a {@link LotAudit} from the fold's state, walking the lot's upstream once. */
final class LotAudits {

    private LotAudits() {}

    static LotAudit of(LotState lot, AuditFold fold) {
        List<LotState> upstream = upstream(lot, fold);
        List<ClaimVerdict> claims = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (LotState s : upstream) {
            claims.addAll(s.verdicts);
            findings.addAll(s.findings);
        }
        List<Finding> taints = new ArrayList<>();
        for (Holding h : lot.holdings.values()) {
            for (Digest certificate : h.certificates()) {
                fold.certificates().standingNow(certificate).ifPresent(status -> taints.add(taint(lot, h, certificate, status, fold)));
            }
        }
        return new LotAudit(lot.lot, lot.form, lot.custodian, List.copyOf(lot.holdings.values()), claims,
                List.copyOf(new LinkedHashSet<>(findings)), taints, List.copyOf(lot.plots));
    }

    /** The lot and every lot it was made from, nearest first. */
    static List<LotState> upstream(LotState lot, AuditFold fold) {
        List<LotState> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<LotState> queue = new ArrayDeque<>(List.of(lot));
        seen.add(lot.lot);
        while (!queue.isEmpty()) {
            LotState s = queue.removeFirst();
            out.add(s);
            for (LotState.Parent p : s.parents) {
                for (String in : p.inputs()) {
                    if (seen.add(in)) {
                        queue.addLast(fold.state(in));
                    }
                }
            }
        }
        return out;
    }

    private static Finding taint(LotState lot, Holding h, Digest certificate, CertificateStatus status, AuditFold fold) {
        String id = fold.certificate(certificate).map(Certificate::certificateId).orElse(certificate.hex());
        List<Digest> records = new ArrayList<>();
        records.add(status.recordHash());
        List<String> path = pathTo(lot, certificate, fold, records);
        AuditReason reason = status.status() == CertificateStatus.Status.WITHDRAWN
                ? AuditReason.TAINTED_BY_WITHDRAWAL : AuditReason.TAINTED_BY_SUSPENSION;
        return new Finding(reason, h.scheme().wire() + " on " + lot.lot + " rests on certificate " + id + ", " + status.status().wire()
                + " from " + status.effectiveFrom() + " (" + status.reason() + "); path " + String.join(" ← ", path), records);
    }

    /** The lots from {@code lot} back to where {@code certificate} was claimed, adding the records that link them. */
    private static List<String> pathTo(LotState lot, Digest certificate, AuditFold fold, List<Digest> records) {
        Map<String, String> child = new HashMap<>();
        Map<String, Digest> via = new HashMap<>();
        Deque<LotState> queue = new ArrayDeque<>(List.of(lot));
        child.put(lot.lot, null);
        while (!queue.isEmpty()) {
            LotState s = queue.removeFirst();
            Optional<Digest> claimed = Optional.ofNullable(s.directClaims.get(certificate));
            if (claimed.isPresent()) {
                List<String> path = new ArrayList<>();
                for (String at = s.lot; at != null; at = child.get(at)) {
                    path.add(0, at);
                    Optional.ofNullable(via.get(at)).ifPresent(records::add);
                }
                records.add(claimed.get());
                return path;
            }
            for (LotState.Parent p : s.parents) {
                for (String in : p.inputs()) {
                    if (!child.containsKey(in)) {
                        child.put(in, s.lot);
                        via.put(s.lot, p.record());
                        queue.addLast(fold.state(in));
                    }
                }
            }
        }
        return List.of(lot.lot);
    }
}
