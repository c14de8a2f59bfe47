package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import java.time.Instant;

/**
 * A key revoked from {@code revokedAt} on. Signatures made at or after that instant are invalid;
 * earlier ones stand. A compromise is revoked from the earliest instant it may have happened,
 * which is why {@code revokedAt} may lie before the revocation record itself.
 */
public record RevocationEntry(KeyId keyId, Instant revokedAt, String reason, Digest recordHash) {}
