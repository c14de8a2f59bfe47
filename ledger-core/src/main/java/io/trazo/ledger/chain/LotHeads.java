package io.trazo.ledger.chain;

import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/**
 * The current head of each lot's hash chain: the hash of the last accepted record that touched it.
 * Implementations MUST answer from committed state only: a head is visible once the record it names
 * is durably in the ledger, never before.
 */
@FunctionalInterface
public interface LotHeads {

    Optional<Digest> head(String lot);
}
