package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import java.time.Instant;
import java.util.Optional;

/**
 * A key record as the status map reads it (docs/protocol.md §20.2): which key id it binds to which actor,
 * with the public key's encoding checked and its point not. A verifier reads {@link KeyEntry} instead,
 * which holds a fully validated key.
 */
public record KeyBinding(KeyId keyId, String actor, Instant validFrom, Optional<Instant> validUntil, Digest recordHash) {}
