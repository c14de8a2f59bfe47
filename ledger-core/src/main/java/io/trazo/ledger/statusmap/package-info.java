/**
 * The status map (docs/protocol.md §20): a compact sparse Merkle tree over 256-bit map keys that holds
 * the current status of every registered key, actor, certificate and lot namespace, committed by every
 * log checkpoint as its last leaf ({@link io.trazo.ledger.statusmap.MapRootLeaf}), so that a bundle can
 * prove a key's revocation <em>or its absence</em> offline.
 *
 * <ul>
 *   <li>{@link io.trazo.ledger.statusmap.StatusMap}: an immutable, persistent map (path copying: a new
 *       version shares every untouched subtree with the old one, so keeping a snapshot per checkpoint
 *       costs a path, not a copy), folded from records in log order by {@code apply}.
 *   <li>{@link io.trazo.ledger.statusmap.MapKey}: the §20.1 key of a subject.
 *   <li>{@link io.trazo.ledger.statusmap.StatusProof}: the §20.4 proof bytes, presence and absence, and
 *       their verification against a root.
 *   <li>{@link io.trazo.ledger.statusmap.StatusValues}: readers of the §20.2 values a verifier judges.
 * </ul>
 *
 * <p>Hand-written: no maintained Java library implements a sparse Merkle tree with this hashing (RFC 9162
 * style one-byte domain prefixes, the compact single-leaf rule, the bitmap proof encoding). The Go and
 * Rust libraries that do similar things (Trillian's map, which Trillian retired, jellyfish-merkle,
 * celestia's smt) each fix different leaf, node and proof bytes, and none is a Java artefact. The code
 * is small and cross-checked against vectors produced by an independent Python script
 * ({@code src/test/resources/vectors/statusmap/}) and against a naive reference tree in the tests.
 */
package io.trazo.ledger.statusmap;
