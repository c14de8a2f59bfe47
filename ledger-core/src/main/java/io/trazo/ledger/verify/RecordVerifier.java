package io.trazo.ledger.verify;

import io.trazo.ledger.claim.AuditReports;
import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.location.Locations;
import io.trazo.ledger.crypto.Ed25519Verifier;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignatureEntry;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.KeyEntry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.registry.Role;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one record against the registry: envelope, body, every signature (key known, valid at the
 * record's time, not revoked, role allowed, Ed25519 valid) and that each required party signed.
 * Stateless and thread-safe; the same instance serves ingest and offline verification.
 */
public final class RecordVerifier {

    private final TrustRoot trustRoot;
    private final RolePolicy policy;
    private final Optional<VerifiedSignatures> memo;

    public RecordVerifier(TrustRoot trustRoot, RolePolicy policy) {
        this(trustRoot, policy, Optional.empty());
    }

    /**
     * A verifier that remembers Ed25519 successes across calls; see {@link VerifiedSignatures} for why
     * that cannot change any outcome. Every registry, time, revocation and role check still runs.
     */
    public RecordVerifier(TrustRoot trustRoot, RolePolicy policy, Optional<VerifiedSignatures> memo) {
        this.trustRoot = trustRoot;
        this.policy = policy;
        this.memo = memo;
    }

    public CheckedRecord check(int index, byte[] wire, RegistryView registry) {
        SignedRecord record;
        try {
            record = RecordCodec.parse(wire);
        } catch (RecordException e) {
            return new CheckedRecord(Optional.empty(), Optional.empty(), RecordReport.unreadable(index, Finding.of(e)));
        }
        return check(index, record, registry);
    }

    public CheckedRecord check(int index, SignedRecord record, RegistryView registry) {
        return check(index, record, Optional.empty(), registry);
    }

    /**
     * As {@link #check(int, SignedRecord, RegistryView)}, reusing an event body the caller already read
     * from this very record with {@link EventRecords#read} (a pure function of it), instead of reading
     * and re-hashing it again. An empty {@code read} means: read it here.
     */
    public CheckedRecord check(int index, SignedRecord record, Optional<EventRecord> read, RegistryView registry) {
        List<Finding> findings = new ArrayList<>();
        Optional<EventRecord> event = Optional.empty();
        Set<Role> acting = Set.of();
        try {
            switch (record.type()) {
                case EVENT -> {
                    event = Optional.of(read.isPresent() ? read.get() : EventRecords.read(record));
                    acting = policy.actingRoles(event.get().event().bizStep(), record.version());
                }
                case ACTOR -> RegistryRecords.actor(record);
                case KEY -> RegistryRecords.key(record);
                case REVOCATION -> RegistryRecords.revocation(record);
                case DELEGATION -> RegistryRecords.delegation(record);
                case CERTIFICATE -> {
                    Certificates.read(record);
                    acting = policy.signingRoles(record.type());
                }
                case PLOT -> {
                    Plots.read(record);
                    acting = policy.signingRoles(record.type());
                }
                case CERTIFICATE_STATUS -> {
                    CertificateStatuses.read(record);
                    acting = policy.signingRoles(record.type());
                }
                case AUDIT_REPORT -> {
                    AuditReports.read(record);
                    acting = policy.signingRoles(record.type());
                }
                case LOCATION -> {
                    Locations.read(record);
                    acting = policy.signingRoles(record.type());
                }
            }
        } catch (RecordException e) {
            findings.add(Finding.of(e));
        }
        List<SignatureReport> signatures = new ArrayList<>();
        for (int i = 0; i < record.signatures().size(); i++) {
            SignatureEntry sig = record.signatures().get(i);
            signatures.add(record.type().governance()
                    ? governanceSignature(record, sig, i)
                    : actorSignature(record, sig, i, registry, acting));
        }
        signatures.forEach(s -> s.failure().ifPresent(findings::add));
        if (findings.isEmpty()) {
            requireSigner(record, record.actor(), signatures, findings);
            record.counterparty().ifPresent(c -> requireSigner(record, c, signatures, findings));
        }
        return new CheckedRecord(Optional.of(record), findings.isEmpty() ? event : Optional.empty(), new RecordReport(index,
                Optional.of(record.hash()), Optional.of(record.type()), record.canonical(), signatures, List.of(), findings));
    }

    private SignatureReport governanceSignature(SignedRecord record, SignatureEntry sig, int i) {
        Optional<PublicKey> key = trustRoot.key(sig.keyId());
        if (key.isEmpty()) {
            return fail(sig, Optional.empty(), ReasonCode.NOT_TRUST_ROOT_KEY, i, false, false, false, false,
                    "key " + sig.keyId() + " is not a trust-root key; registry records are signed by governance");
        }
        boolean valid = signatureValid(key.get(), record, sig);
        if (!valid) {
            return fail(sig, Optional.of(record.actor()), ReasonCode.BAD_SIGNATURE, i, true, true, true, true,
                    "signature by " + sig.keyId() + " does not verify over record " + record.hash());
        }
        return new SignatureReport(sig.keyId(), Optional.of(record.actor()), true, true, true, true, true, Optional.empty());
    }

    private SignatureReport actorSignature(SignedRecord record, SignatureEntry sig, int i, RegistryView registry,
            Set<Role> acting) {
        Optional<KeyEntry> found = registry.key(sig.keyId());
        if (found.isEmpty()) {
            return fail(sig, Optional.empty(), ReasonCode.UNKNOWN_KEY, i, false, false, false, false,
                    "key " + sig.keyId() + " is not registered");
        }
        KeyEntry key = found.get();
        Optional<String> signer = Optional.of(key.actor());
        boolean isActor = key.actor().equals(record.actor());
        if (!isActor && !record.counterparty().map(key.actor()::equals).orElse(false)) {
            return fail(sig, signer, ReasonCode.UNEXPECTED_SIGNER, i, true, false, false, false,
                    "key " + sig.keyId() + " belongs to " + key.actor() + ", who is neither the actor nor the counterparty");
        }
        if (record.time().isBefore(key.validFrom())) {
            return fail(sig, signer, ReasonCode.KEY_NOT_YET_VALID, i, true, false, false, false,
                    "key " + sig.keyId() + " is valid from " + key.validFrom() + ", record time is " + record.time());
        }
        if (key.validUntil().isPresent() && !record.time().isBefore(key.validUntil().get())) {
            return fail(sig, signer, ReasonCode.KEY_EXPIRED, i, true, false, false, false,
                    "key " + sig.keyId() + " expired at " + key.validUntil().get() + ", record time is " + record.time());
        }
        var revoked = registry.revocation(sig.keyId()).filter(r -> !record.time().isBefore(r.revokedAt()));
        if (revoked.isPresent()) {
            return fail(sig, signer, ReasonCode.KEY_REVOKED, i, true, true, false, false,
                    "key " + sig.keyId() + " was revoked (" + revoked.get().reason() + ") from " + revoked.get().revokedAt()
                            + ", record time is " + record.time());
        }
        Optional<ActorEntry> actor = registry.actor(key.actor());
        Set<Role> allowed = isActor ? acting : policy.counterpartyRoles();
        if (actor.isEmpty()) {
            return fail(sig, signer, ReasonCode.UNKNOWN_ACTOR, i, true, true, true, false,
                    "actor " + key.actor() + " is not registered");
        }
        if (!actor.get().hasAnyRole(allowed)) {
            return fail(sig, signer, ReasonCode.ROLE_NOT_PERMITTED, i, true, true, true, false,
                    key.actor() + " has roles " + actor.get().roles() + "; this record needs one of " + allowed);
        }
        if (!signatureValid(key.publicKey(), record, sig)) {
            return fail(sig, signer, ReasonCode.BAD_SIGNATURE, i, true, true, true, true,
                    "signature by " + sig.keyId() + " does not verify over record " + record.hash());
        }
        return new SignatureReport(sig.keyId(), signer, true, true, true, true, true, Optional.empty());
    }

    private boolean signatureValid(PublicKey key, SignedRecord record, SignatureEntry sig) {
        return memo.isPresent() ? memo.get().verify(key, record.signingMessage(), sig.signature())
                : Ed25519Verifier.verify(key, record.signingMessage(), sig.signature());
    }

    private static void requireSigner(SignedRecord record, String party, List<SignatureReport> signatures, List<Finding> findings) {
        boolean signed = signatures.stream().anyMatch(s -> s.ok() && s.signer().map(party::equals).orElse(false));
        if (!signed) {
            findings.add(new Finding(ReasonCode.MISSING_SIGNATURE, "/sigs",
                    party + " takes part in record " + record.hash() + " but did not sign it"));
        }
    }

    private static SignatureReport fail(SignatureEntry sig, Optional<String> signer, ReasonCode code, int i, boolean known,
            boolean validAtTime, boolean notRevoked, boolean roleAllowed, String message) {
        return new SignatureReport(sig.keyId(), signer, known, validAtTime, notRevoked, roleAllowed, false,
                Optional.of(new Finding(code, "/sigs/" + i, message)));
    }
}
