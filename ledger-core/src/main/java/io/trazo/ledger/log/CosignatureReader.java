package io.trazo.ledger.log;

import java.util.List;

/**
 * Read port for the witness cosignatures a log has collected (protocol §19.4). Implementations MUST
 * return only lines that were verified against their witness's configured key before they were stored.
 */
public interface CosignatureReader {

    /**
     * The cosignature lines (each without its final newline) stored for the checkpoint of tree size
     * {@code size}, at most one per witness, in a stable order; empty when none.
     */
    List<String> at(long size);
}
