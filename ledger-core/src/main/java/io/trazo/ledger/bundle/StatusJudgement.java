package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.KeyEntry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.StatusValueException;
import io.trazo.ledger.statusmap.StatusValues;
import io.trazo.ledger.statusmap.SubjectKind;
import io.trazo.ledger.verify.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last step of §20.6: what the proven map values say about the bundle's records. A value must agree
 * with the records the bundle carries (the same key record, the same certificate), and then must not show
 * a revocation or suspension in force at the time of a record that relies on it, nor name a status record
 * the bundle left out.
 */
final class StatusJudgement {

    private final List<Optional<SignedRecord>> records;
    private final Map<MapKey, StatusEvidence.SubjectProof> proven;
    private final Map<MapKey, StatusValues.KeyStatus> keys = new HashMap<>();
    private final Map<MapKey, StatusValues.CertificateState> certificates = new HashMap<>();

    StatusJudgement(List<Optional<SignedRecord>> records, Map<MapKey, StatusEvidence.SubjectProof> proven) {
        this.records = records;
        this.proven = proven;
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        Map<MapKey, KeyEntry> registered = new HashMap<>();
        for (Optional<SignedRecord> r : records) {
            if (r.isPresent() && r.get().type() == RecordType.KEY) {
                try {
                    KeyEntry k = RegistryRecords.key(r.get());
                    registered.put(MapKey.of(SubjectKind.KEY, k.keyId().value()), k);
                } catch (RecordException e) {
                    // the record verifier already reported this record; it registers nothing to compare
                }
            }
        }
        for (StatusEvidence.SubjectProof s : proven.values()) {
            try {
                agree(s, registered).ifPresent(findings::add);
            } catch (StatusValueException e) {
                findings.add(new Finding(ReasonCode.STATUS_PROOF_MALFORMED, "/keyStatusProofs/" + s.index() + "/value", e.getMessage()));
            }
        }
        if (findings.isEmpty()) {
            judge(findings);
        }
        if (findings.isEmpty()) {
            omitted(findings);
        }
        return findings;
    }

    /**
     * §20.6: a bundle carries every status record of every certificate it carries, up to its checkpoint. The
     * map's history names them all, so one the bundle lacks was left out, even when it changes no verdict of
     * the bundle: the offline audit would then show a certificate in force that the ledger suspended.
     */
    private void omitted(List<Finding> findings) {
        Set<Digest> carried = new HashSet<>();
        records.forEach(r -> r.ifPresent(x -> carried.add(x.hash())));
        for (StatusEvidence.SubjectProof s : proven.values()) {
            StatusValues.CertificateState state = certificates.get(s.key());
            if (state == null) {
                continue;
            }
            for (StatusValues.StatusChange c : state.history()) {
                if (!carried.contains(c.record())) {
                    findings.add(new Finding(ReasonCode.CERTIFICATE_STATUS_OMITTED, "/keyStatusProofs/" + s.index(), "the map shows"
                            + " certificate " + s.id() + " " + c.status() + " from " + c.effectiveFrom() + " by record " + c.record().hex()
                            + ", which the bundle left out"));
                }
            }
        }
    }

    private Optional<Finding> agree(StatusEvidence.SubjectProof s, Map<MapKey, KeyEntry> registered) throws StatusValueException {
        String at = "/keyStatusProofs/" + s.index();
        if (s.kind() == SubjectKind.KEY) {
            KeyEntry k = registered.get(s.key());
            if (s.value().isEmpty()) {
                return Optional.of(new Finding(ReasonCode.STATUS_VALUE_MISMATCH, at, "the map holds no entry for key " + s.id()
                        + ", which the bundle's key record registers"));
            }
            StatusValues.KeyStatus status = StatusValues.key(s.value().get());
            if (k != null && (!status.keyRecord().equals(k.recordHash()) || !status.actor().equals(k.actor()))) {
                return Optional.of(new Finding(ReasonCode.STATUS_VALUE_MISMATCH, at, "the map binds key " + s.id() + " to record "
                        + status.keyRecord().hex() + " of " + status.actor() + ", the bundle to " + k.recordHash().hex() + " of " + k.actor()));
            }
            keys.put(s.key(), status);
        } else if (s.kind() == SubjectKind.CERTIFICATE) {
            if (s.value().isEmpty()) {
                return Optional.of(new Finding(ReasonCode.STATUS_VALUE_MISMATCH, at, "the map holds no entry for certificate " + s.id()));
            }
            StatusValues.CertificateState state = StatusValues.certificate(s.value().get());
            if (!state.certificate().hex().equals(s.id())) {
                return Optional.of(new Finding(ReasonCode.STATUS_VALUE_MISMATCH, at, "the entry is for certificate " + state.certificate().hex()));
            }
            certificates.put(s.key(), state);
        }
        return Optional.empty();
    }

    private void judge(List<Finding> findings) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isEmpty() || records.get(i).get().type().governance()) {
                continue;
            }
            SignedRecord r = records.get(i).get();
            for (int j = 0; j < r.signatures().size(); j++) {
                String keyId = r.signatures().get(j).keyId().value();
                StatusValues.KeyStatus status = keys.get(MapKey.of(SubjectKind.KEY, keyId));
                if (status != null && status.revokedAt(r.time())) {
                    findings.add(new Finding(ReasonCode.KEY_REVOKED_IN_MAP, "/records/" + i + "/sigs/" + j, "the map shows key " + keyId
                            + " revoked from " + status.revokedAt().orElseThrow() + " by record " + status.revocationRecord().orElseThrow().hex()
                            + ", and this record is dated " + r.time() + "; the bundle left the revocation out"));
                }
            }
            var claims = BundleStatusCheck.claims(r);
            for (int j = 0; j < claims.size(); j++) {
                Optional<String> certificate = BundleStatusCheck.certificateOf(claims.get(j));
                StatusValues.CertificateState state = certificate.map(c -> certificates.get(MapKey.of(SubjectKind.CERTIFICATE, c))).orElse(null);
                String inForce = state == null ? "active" : state.statusAt(r.time());
                if (inForce.equals("suspended") || inForce.equals("withdrawn")) {
                    findings.add(new Finding(ReasonCode.CERTIFICATE_SUSPENDED_IN_MAP, "/records/" + i + "/body/claims/" + j, "the map shows"
                            + " certificate " + certificate.orElseThrow() + " " + inForce + " at " + r.time()));
                }
            }
        }
    }
}
