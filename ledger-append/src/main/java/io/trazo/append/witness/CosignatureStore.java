package io.trazo.append.witness;

import io.trazo.ledger.log.CosignatureReader;

/**
 * Write port for collected cosignatures (protocol §19.4): one entry per (tree size, witness).
 *
 * <p>Contract, for every adapter ({@code CosignatureStoreContractTest}):
 * <ul>
 *   <li>{@link #record} MUST be a single insert: the first line stored for a (size, witness) stays; a
 *       second one is not stored and the call returns {@code false}, whether or not it is the same line.
 *   <li>{@link #latestSize} MUST be the largest size recorded for the witness, 0 if none.
 * </ul>
 */
public interface CosignatureStore extends CosignatureReader {

    /** Stores a verified line of {@code witness} (its verifier key) for {@code size}; false if one was there. */
    boolean record(long size, String witness, String line);

    /** The largest tree size {@code witness} has a stored cosignature for; 0 if none. */
    long latestSize(String witness);
}
