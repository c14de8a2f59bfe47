/**
 * The transparency log over the ledger: every accepted record becomes a leaf of one RFC 9162 Merkle
 * tree, in ledger-position order, and every integration ends in a signed C2SP checkpoint.
 *
 * <h2>Leaf (v1)</h2>
 * <pre>
 * leafInput = "trazo:log-leaf:v1" ‖ 0x00 ‖ JCS(record)
 * leafHash  = SHA-256(0x00 ‖ leafInput)                                          RFC 9162 §2.1.1
 * </pre>
 * {@code "trazo:log-leaf:v1"} is the 17 ASCII bytes {@code 74 72 61 7a 6f 3a 6c 6f 67 2d 6c 65 61 66 3a 76 31},
 * followed by one NUL byte ({@link io.trazo.ledger.log.LogLeaf#DOMAIN}). {@code JCS(record)} is the RFC 8785
 * canonical form of the whole record object as parsed from its wire bytes, {@code "sigs"} included, so
 * the leaf commits to the signatures as accepted, not only to the record hash (which excludes them).
 * The record hash ({@code "trazo:record:v1" ‖ 0x00 ‖ …}), the signing message
 * ({@code "trazo:record-signature:v1" ‖ 0x00 ‖ …}) and the leaf input have distinct prefixes, and the
 * RFC 9162 prefix bytes 0x00 / 0x01 keep leaf and node hashes apart. A new leaf format gets a new
 * context string.
 *
 * <h2>Map-root leaves and entries</h2>
 * A log may also hold map-root leaves ({@code "trazo:map-root:v1" ‖ 0x00 ‖ …}, docs/protocol.md §20.7), one after
 * each batch of records, so a record's leaf index comes only from {@link io.trazo.ledger.log.LeafIndexReader}
 * ({@link io.trazo.ledger.log.LeafEntry} says what each leaf is). {@link io.trazo.ledger.log.LogEntries}
 * serves and parses the leaves' exact inputs (§17, "Entries").
 *
 * <h2>Checkpoint</h2>
 * C2SP tlog-checkpoint in a C2SP signed-note with one Ed25519 signature by the log key:
 * <pre>
 * &lt;origin&gt; LF &lt;tree size, decimal&gt; LF &lt;base64 root&gt; LF        no extension lines
 * LF
 * — &lt;key name&gt; &lt;base64(keyID[4] ‖ Ed25519 signature[64])&gt; LF
 * </pre>
 * The origin is configured per deployment (e.g. {@code trazo.example/log}); by convention the key name
 * equals the origin. With no extension lines and deterministic Ed25519, a note is a pure function of
 * (origin, size, root, key), which makes re-signing after a crash idempotent. Witness cosignatures
 * (C2SP tlog-cosignature) would be further signature lines; verifiers ignore lines from unknown keys.
 *
 * <h2>Sequencing and writing</h2>
 * The sequencer, its leader lease and the write ports live in the write side, module ledger-append
 * ({@code io.trazo.append.log}); nothing in this package writes. Integration is specified in
 * docs/protocol.md.
 *
 * <h2>Readers</h2>
 * The read ports are {@link io.trazo.ledger.log.CheckpointReader},
 * {@link io.trazo.ledger.log.LeafIndexReader} and {@link io.trazo.ledger.merkle.TileReader}.
 * {@link io.trazo.ledger.log.LogProofs} serves checkpoints and proofs up to the latest published
 * checkpoint; {@link io.trazo.ledger.log.LogEvidence} carries a checkpoint and inclusion paths in
 * provenance bundles, and {@link io.trazo.ledger.log.LogEvidenceVerifier} checks it offline with only the
 * log's verifier key.
 */
package io.trazo.ledger.log;
