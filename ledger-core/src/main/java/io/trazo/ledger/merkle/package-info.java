/**
 * The transparency log: RFC 9162 Merkle tree hashing, a tiled append-only tree, and its proofs.
 *
 * <h2>Hashing (RFC 9162 §2.1.1, SHA-256)</h2>
 * <ul>
 *   <li>Leaf hash: {@code SHA-256(0x00 ‖ leafInput)}; {@link io.trazo.ledger.merkle.TreeHasher#LEAF_HASH_PREFIX}.
 *   <li>Node hash: {@code SHA-256(0x01 ‖ left ‖ right)}, children 32 bytes each;
 *       {@link io.trazo.ledger.merkle.TreeHasher#NODE_HASH_PREFIX}.
 *   <li>Root of n leaves: {@code MTH(D[0:n])}. {@code MTH({}) = SHA-256("")}
 *       ({@code e3b0c442…b855}); {@code MTH({d}) = leafHash(d)}; otherwise with k the largest power of
 *       two below n, {@code MTH(D[0:n]) = nodeHash(MTH(D[0:k]), MTH(D[k:n]))}.
 *   <li>A node at level h, index i is the root of the perfect subtree over leaves
 *       {@code [i·2^h, (i+1)·2^h)}; level 0 nodes are leaf hashes.
 * </ul>
 * The one-byte prefixes make a leaf hash and a node hash inputs of different first byte, so no
 * 64-byte leaf can be passed off as an interior node.
 *
 * <h2>Proofs</h2>
 * Inclusion proofs are {@code PATH(m, D[0:n])} (RFC 9162 §2.1.3.1), nodes ordered leaf to root;
 * consistency proofs are {@code PROOF(m, D[0:n])} (§2.1.4.1). Verification follows §2.1.3.2 and
 * §2.1.4.2, and additionally requires 32-byte hashes and, for consistency, {@code 0 < m}; for
 * {@code m == n} the proof must be empty and the roots equal.
 *
 * <h2>Tiles (C2SP tlog-tiles)</h2>
 * Hashes are stored in tiles of height 8: the tile at tile level L, index N holds the hashes of tree
 * level 8·L, node indices {@code [256·N, 256·N + w)}, concatenated (32·w bytes), 1 ≤ w ≤ 256. Only
 * hashes of complete subtrees are stored; a tile of width w &lt; 256 ("partial", path suffix
 * {@code .p/w}) is a prefix of the full tile. Paths are {@code tile/L/N[.p/w]} with N written in
 * 3-digit groups, all but the last prefixed with {@code x} ({@code 1234067 → x001/x234/067}). The
 * hash of an incomplete subtree (the right edge of a tree of size n) is never stored; it is recomputed
 * from stored complete subtrees, which is what lets any earlier size be proved.
 *
 * <p>The read port is {@link io.trazo.ledger.merkle.TileReader}; read-side proofs come from
 * {@link io.trazo.ledger.merkle.MerkleProofs}; verification is {@link io.trazo.ledger.merkle.ProofVerifier}.
 * The write port ({@code TileStore}) and the single writer ({@code TreeAppender}) belong to the write
 * side, module ledger-append ({@code io.trazo.append.merkle}).
 */
package io.trazo.ledger.merkle;
