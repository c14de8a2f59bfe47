/**
 * The Merkle log's writer: {@link io.trazo.append.merkle.TreeAppender} extends the tree a batch of leaf
 * hashes at a time over a {@link io.trazo.append.merkle.TileStore} (C2SP tlog-tiles layout), the write
 * half of the core's {@link io.trazo.ledger.merkle.TileReader}. Proofs and their verification are the
 * core's ({@code io.trazo.ledger.merkle}).
 */
package io.trazo.append.merkle;
