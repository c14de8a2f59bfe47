package io.trazo.ledger.bundle;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapHashing;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.StatusProof;
import io.trazo.ledger.statusmap.StatusProofException;
import io.trazo.ledger.statusmap.SubjectKind;
import io.trazo.ledger.verify.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a format-2 bundle's key-status proofs (docs/protocol.md §20.6) once its records and log evidence
 * verified: the map-root leaf is in the checkpoint and is its last leaf; every proof leads to that root;
 * every signing key and claimed certificate has one; and no value shows a revocation or suspension that
 * the bundle's records hid. The phases run in that order and the first phase with a finding ends the check.
 */
final class BundleStatusCheck {

    /** The findings, and the map-root leaf every proof was checked against when there are none. */
    record Outcome(List<Finding> findings, Optional<MapRootLeaf> provenAt) {}

    /** Where the bundle first needs a subject: the pointer a missing proof is reported at. */
    private final Map<MapKey, String> needed = new LinkedHashMap<>();
    private final Map<MapKey, String> ids = new LinkedHashMap<>();
    private final List<Optional<SignedRecord>> records;

    private BundleStatusCheck(List<Optional<SignedRecord>> records) {
        this.records = records;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isEmpty() || records.get(i).get().type().governance()) {
                continue;
            }
            SignedRecord r = records.get(i).get();
            for (int j = 0; j < r.signatures().size(); j++) {
                need(SubjectKind.KEY, r.signatures().get(j).keyId().value(), "/records/" + i + "/sigs/" + j);
            }
            List<JsonValue> claims = claims(r);
            for (int j = 0; j < claims.size(); j++) {
                String at = "/records/" + i + "/body/claims/" + j;
                certificateOf(claims.get(j)).ifPresent(c -> need(SubjectKind.CERTIFICATE, c, at));
            }
        }
    }

    private void need(SubjectKind kind, String id, String at) {
        MapKey key = MapKey.of(kind, id);
        needed.putIfAbsent(key, at);
        ids.putIfAbsent(key, id);
    }

    static Outcome check(JsonArray member, List<Optional<SignedRecord>> records, Checkpoint checkpoint, LogEvidence log) {
        StatusEvidence evidence;
        try {
            evidence = StatusEvidence.read(member);
        } catch (RecordException e) {
            return failed(List.of(new Finding(e.code(), e.path(), e.detail())));
        }
        BundleStatusCheck check = new BundleStatusCheck(records);
        List<Finding> findings = new ArrayList<>(check.root(evidence.root, checkpoint, log));
        if (!findings.isEmpty()) {
            return failed(findings);
        }
        byte[] root = evidence.root.leaf().root();
        Map<MapKey, StatusEvidence.SubjectProof> proven = new LinkedHashMap<>();
        for (StatusEvidence.SubjectProof s : evidence.subjects) {
            check.proof(s, root).ifPresentOrElse(findings::add, () -> proven.put(s.key(), s));
        }
        if (findings.isEmpty()) {
            check.needed.forEach((key, at) -> {
                if (!proven.containsKey(key)) {
                    findings.add(new Finding(ReasonCode.STATUS_PROOF_MISSING, at, "no status proof for " + check.ids.get(key)));
                }
            });
        }
        if (findings.isEmpty()) {
            findings.addAll(new StatusJudgement(records, proven).findings());
        }
        return findings.isEmpty() ? new Outcome(List.of(), Optional.of(evidence.root.leaf())) : failed(findings);
    }

    private List<Finding> root(StatusEvidence.MapRoot root, Checkpoint checkpoint, LogEvidence log) {
        String at = "/keyStatusProofs/0";
        try {
            ProofVerifier.verifyInclusion(TreeHasher.leafHash(root.leafInput()), root.leafIndex(), checkpoint.size(), root.path(),
                    checkpoint.root());
        } catch (InvalidProofException e) {
            return List.of(new Finding(ReasonCode.STATUS_ROOT_NOT_INCLUDED, at, "the map-root leaf at " + root.leafIndex()
                    + " is not proved in the checkpoint of size " + checkpoint.size() + ": " + e.getMessage()));
        }
        if (root.leafIndex() != checkpoint.size() - 1) {
            return List.of(new Finding(ReasonCode.STATUS_ROOT_STALE, at, "the map-root leaf is leaf " + root.leafIndex()
                    + ", not the checkpoint's last leaf " + (checkpoint.size() - 1) + ": a newer map root exists"));
        }
        long last = root.leaf().lastLeafIndex();
        long latestRecord = log.proofs().stream().mapToLong(LeafProof::leafIndex).max().orElse(-1);
        if (last >= root.leafIndex() || last < latestRecord) {
            return List.of(new Finding(ReasonCode.STATUS_ROOT_STALE, at, "the map covers leaves up to " + last
                    + ", but the bundle's records reach leaf " + latestRecord + " and the map-root leaf is " + root.leafIndex()));
        }
        return List.of();
    }

    private Optional<Finding> proof(StatusEvidence.SubjectProof s, byte[] root) {
        String at = "/keyStatusProofs/" + s.index();
        boolean optionalKind = s.kind() == SubjectKind.ACTOR || s.kind() == SubjectKind.NAMESPACE;
        if (!optionalKind && !needed.containsKey(s.key())) {
            return Optional.of(new Finding(ReasonCode.STATUS_PROOF_WRONG_KEY, at, s.kind().wire() + " " + s.id()
                    + " signs or is claimed by no record in the bundle"));
        }
        try {
            StatusProof proof = StatusProof.decode(s.proof());
            proof.verify(s.key(), s.value().map(MapHashing::valueHash), root);
            return Optional.empty();
        } catch (StatusProofException e) {
            return Optional.of(switch (e.reason()) {
                case MALFORMED -> new Finding(ReasonCode.STATUS_PROOF_MALFORMED, at + "/proof", e.getMessage());
                case WRONG_KEY -> new Finding(ReasonCode.STATUS_PROOF_WRONG_KEY, at, e.getMessage());
                case ROOT_MISMATCH -> new Finding(ReasonCode.STATUS_ROOT_MISMATCH, at, s.kind().wire() + " " + s.id() + ": " + e.getMessage());
            });
        }
    }

    static List<JsonValue> claims(SignedRecord r) {
        return r.type() == RecordType.EVENT && r.body().get("claims").orElse(null) instanceof JsonArray a ? a.elements() : List.of();
    }

    static Optional<String> certificateOf(JsonValue claim) {
        return claim instanceof JsonObject o && o.get("certificate").orElse(null) instanceof JsonString s
                ? Optional.of(s.value()) : Optional.empty();
    }

    private static Outcome failed(List<Finding> findings) {
        return new Outcome(findings, Optional.empty());
    }
}
