/**
 * The ledger's write side: the append protocol ({@link io.trazo.append.Appender}, docs/protocol.md
 * §Append protocol) and its batch path, over the store's write port {@link io.trazo.append.LedgerStore},
 * which extends the core's read-only {@link io.trazo.ledger.store.LedgerReader}. Only ingest-service
 * (and the in-memory adapters of tests) hold a {@code LedgerStore}; query-service cannot see this module.
 *
 * <p>Every port method is one atomic write of one item, so no adapter needs a multi-document
 * transaction: a crash between any two calls leaves a state from which replaying the same records
 * converges. {@link io.trazo.append.RecordKeys} says which records share a Kafka partition.
 */
package io.trazo.append;
