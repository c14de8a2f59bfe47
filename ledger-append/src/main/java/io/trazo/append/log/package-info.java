/**
 * The transparency log's writer (docs/protocol.md §Transparency log). {@link io.trazo.append.log.Sequencer}
 * integrates accepted records in ledger-position order, sealing a position that stayed unaccepted past a
 * grace period, so the leaves are a pure function of the ledger. It writes the leaf index and tiles
 * (idempotent), checks that the tiles reproduce the new root and that the new tree extends the committed
 * one (RFC 9162 §2.1.4), signs, and commits {@link io.trazo.append.log.LogState} by a fenced
 * compare-and-set, its only commit point; then it publishes the checkpoint. Leadership is a
 * {@link io.trazo.append.log.LeaderLease} with {@link io.trazo.append.log.FencingToken}s. Any disagreement
 * between the stores raises {@link io.trazo.append.log.LogIntegrityException} and stops the sequencer: it
 * never signs around a break.
 *
 * <p>The log's signing key lives here and in ingest only ({@link io.trazo.append.log.LogSigner}); there is
 * no trust boundary between the signer and the database, which is why readers verify checkpoints and
 * proofs themselves with the core.
 *
 * <h2>Ports</h2>
 * {@link io.trazo.append.merkle.TileStore}, {@link io.trazo.append.log.LogStateStore},
 * {@link io.trazo.append.log.CheckpointHistory}, {@link io.trazo.append.log.LeafIndex} and
 * {@link io.trazo.append.log.LeaderLease}: the write halves (the read halves are the core's), each with
 * its MUST contract, an in-memory adapter and an abstract contract test in this module's test-jar. Every
 * write is one atomic single-document operation; no multi-document transactions.
 */
package io.trazo.append.log;
