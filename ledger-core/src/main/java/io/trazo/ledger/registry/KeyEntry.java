package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.PublicKey;
import java.time.Instant;
import java.util.Optional;

/** A key bound to an actor for {@code [validFrom, validUntil)}. An open end means no planned expiry. */
public record KeyEntry(KeyId keyId, PublicKey publicKey, String actor, Instant validFrom, Optional<Instant> validUntil,
        Digest recordHash) {}
