package io.trazo.query.store;

/**
 * Collection and field names of the store schema that ingest writes (docs/operations.md §MongoDB
 * collections and indexes). The query side only reads them.
 */
final class Schema {

    static final String RECORDS = "records";
    static final String LOT_CLAIMS = "lot_claims";
    static final String LOT_HEADS = "lot_heads";
    static final String REGISTRY = "registry";
    static final String COUNTERS = "counters";
    static final String LEDGER_POSITION = "ledger-position";

    private Schema() {}
}
