package io.trazo.ledger.store;

import io.trazo.ledger.crypto.Digest;

/** The last accepted record of a lot's chain and its position in that chain. */
public record LotHead(String lot, long lotPosition, Digest record) {}
