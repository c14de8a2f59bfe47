package io.trazo.mongo;

/**
 * Every collection of Trazo's MongoDB schema, named once (docs/operations.md §MongoDB collections and
 * indexes). Nothing outside this module names a collection; the build checks that. The write side
 * (ingest) creates them and their unique indexes ({@link MongoLedgerStore#ensureIndexes()} and the log
 * stores' constructors, all in this module); the query side only reads.
 */
public final class LedgerCollections {

    /** Every record offered to the ledger, keyed by record hash, with its state and ledger position. */
    public static final String RECORDS = "records";
    /** Lot-chain positions, keyed {@code {lot, p}}: the append protocol's claims. */
    public static final String LOT_CLAIMS = "lot_claims";
    /** Each lot's head (highest accepted position and its record), keyed by lot URI. */
    public static final String LOT_HEADS = "lot_heads";
    /**
     * GS1 lot keys ({@code 01/<GTIN-14>/10/<lot>}, docs/protocol.md §7.1) to the lot URI first written
     * under them, keyed by the key: a label's GTIN and lot find the lot by {@code _id}.
     */
    public static final String LOT_KEYS = "lot_keys";
    /** The {@link #COUNTERS} document that marks the {@link #LOT_KEYS} backfill of older lots as done. */
    public static final String LOT_KEYS_BACKFILLED = "lot-keys-backfilled";
    /**
     * v2 {@code location} records by the GLN they describe, keyed by the GLN: {@code records} lists every
     * one offered (written before the record, any state), so a reader finds a GLN's candidates by {@code _id}
     * and takes the accepted ones (docs/protocol.md §8.7, "A GLN's location").
     */
    public static final String LOCATIONS = "locations";
    /** The {@link #COUNTERS} document that marks the {@link #LOCATIONS} backfill of older location records as done. */
    public static final String LOCATIONS_BACKFILLED = "locations-backfilled";
    /** Registry bindings, keyed {@code KIND:name}: actor ids, key ids and revoked key ids. */
    public static final String REGISTRY = "registry";
    /** Counters, keyed by name; {@link #LEDGER_POSITION} draws ledger positions. */
    public static final String COUNTERS = "counters";
    /** The counter document that ledger positions are drawn from. */
    public static final String LEDGER_POSITION = "ledger-position";

    /** The transparency log's hash tiles, keyed {@code "L/N/W"}. */
    public static final String LOG_TILES = "log_tiles";
    /** What each log leaf is (a record hash, or a map-root leaf and its bytes), keyed by leaf index, unique by record. */
    public static final String LOG_LEAVES = "log_leaves";
    /** Every published checkpoint, keyed by tree size. */
    public static final String LOG_CHECKPOINTS = "log_checkpoints";
    /** The sequencer's single committed state document. */
    public static final String LOG_STATE = "log_state";
    /** The sequencer's leader lease. */
    public static final String LOG_LEASE = "log_lease";
    /** Where the continuous store audit's pass stands (one document), so a restart resumes it. */
    public static final String LOG_AUDIT = "log_audit";
    /** Witness cosignatures of checkpoints, one per (tree size, witness), keyed {@code "size/witness vkey"}. */
    public static final String LOG_COSIGNATURES = "log_cosignatures";

    /** Ingest's final outcome per consumed message, keyed by topic/partition/offset (receipts replayed after a crash). */
    public static final String INGEST_OUTCOMES = "ingest_outcomes";
    /**
     * Which message was told ACCEPTED for each record, keyed by record hash: insert-only, first writer
     * wins, so a record redelivered after a crash between its store write and its receipt still gets
     * exactly one ACCEPTED receipt.
     */
    public static final String INGEST_ACCEPTANCES = "ingest_acceptances";
    /** Ingest's notes of deferred messages (why a record waits), dropped after a week by a TTL index. */
    public static final String INGEST_DEFERRALS = "ingest_deferrals";
    /** Ingest's capture endpoint: which records each capture carried. */
    public static final String CAPTURES = "captures";

    private LedgerCollections() {}
}
