/**
 * Provenance bundles: one self-contained, offline-verifiable JSON document holding a lot's upstream
 * history and everything needed to check it against trust-root keys alone.
 *
 * <h2>Format, version 1</h2>
 * A bundle is the RFC 8785 (JCS) canonical UTF-8 serialisation of one JSON object; a verifier MUST
 * reject any other byte string that parses to the same object ({@code NON_CANONICAL}), so no byte is
 * without meaning. No trailing newline. At most {@value io.trazo.ledger.bundle.BundleFormat#MAX_BYTES}
 * bytes and {@value io.trazo.ledger.bundle.BundleFormat#MAX_RECORDS} records. Members:
 * <ul>
 *   <li>{@code trazoBundle}: the integer {@code 1}.
 *   <li>{@code lot}: the lot URI the bundle is about.
 *   <li>{@code head}: lower-case hex SHA-256 record hash of the lot's head when the bundle was made;
 *       it MUST be an event record in {@code records} that touches {@code lot}.
 *   <li>{@code records}: array of strings, each the unpadded, canonical base64url (RFC 4648 §5) of one
 *       record's exact wire bytes, in ledger order (ascending ledger position). The set is exactly:
 *       the head and every record reachable from it by links; every certificate an event's claims
 *       name; for every event whose {@code bizLocation} is a plot URI, that plot's record; for every
 *       signature on those records, the key record of its key id, that key's actor record, and the
 *       key's revocation record if one exists. Nothing else ({@code BUNDLE_EXTRA_RECORD}), nothing less
 *       ({@code BUNDLE_INCOMPLETE}); every record after the records it depends on ({@code BUNDLE_ORDER}).
 *   <li>{@code log} (optional): exactly a {@link io.trazo.ledger.log.LogEvidence} object (version 1,
 *       members closed and all required; docs/protocol.md §Transparency log):
 *       {@code {"checkpoint": <the C2SP signed note, exact text>, "proofs": [{"leafIndex": <integer>,
 *       "path": [<64 lower-case hex of each RFC 9162 §2.1.3.1 inclusion-path node, leaf to root>],
 *       "record": <64 lower-case hex record hash>}], "v": 1}}. One checkpoint for the whole bundle;
 *       {@code proofs[i]} proves {@code records[i]}: same count, same order ({@code LOG_PROOF_ORDER}),
 *       its leaf the RFC 9162 §2.1.1 leaf hash of the record's {@code LogLeaf} input, its path leading to
 *       the checkpoint's root. Leaf indices strictly increase along {@code records}, so the log vouches
 *       for the ledger order ({@code BUNDLE_ORDER}). Each failure has its own code: {@code
 *       LOG_EVIDENCE_MALFORMED}, {@code LOG_CHECKPOINT_NOT_SIGNED_BY_LOG}, {@code LOG_CHECKPOINT_INVALID},
 *       {@code LOG_MISSING_PROOF}, {@code LOG_UNEXPECTED_PROOF}, {@code LOG_LEAF_INDEX_OUT_OF_RANGE},
 *       {@code LOG_PROOF_WRONG_LENGTH}, {@code LOG_ROOT_MISMATCH}. A verifier given no log key MUST fail
 *       a bundle that has this member with {@code LOG_UNSUPPORTED} rather than ignore it; a verifier given
 *       a log key MUST fail a bundle without it with {@code LOG_EVIDENCE_MISSING}.
 * </ul>
 * <h2>Format 2: key-status proofs</h2>
 * {@code keyStatusProofs} (docs/protocol.md §20.6): element 0 proves a map-root log leaf
 * ({@link io.trazo.ledger.statusmap.MapRootLeaf}) to be the last leaf of {@code log.checkpoint}; every other
 * element proves one key's or certificate's entry in that map, or its absence
 * ({@link io.trazo.ledger.statusmap.StatusProof}). {@code BundleStatusCheck} requires one for every key that
 * signs a non-registry record and every claimed certificate, and fails a revocation or suspension the
 * records hid ({@code KEY_REVOKED_IN_MAP}, {@code CERTIFICATE_SUSPENDED_IN_MAP}), or a status record of a
 * certificate the bundle carries but left out ({@code CERTIFICATE_STATUS_OMITTED}). Without the member the
 * report says key status was not proven, which fails only a verifier that requires it.
 *
 * <h2>Operator-period bundles</h2>
 * A format-2 bundle may have {@code operator}, {@code from} and {@code to} ({@link io.trazo.ledger.bundle.OperatorPeriod},
 * whole UTC quarters, at most four) in place of {@code lot} and {@code head} (docs/protocol.md §18.1). Its records are
 * the operator's actor record, the operator's events of the period (as actor or counterparty) and, for each, exactly
 * what a lot's head needs. It cannot show that the operator has no other event in the period that nothing in it
 * links to.
 *
 * What offline verification cannot establish: that {@code head} is still the lot's head, that a
 * revocation issued later was not left out, and the ledger order of records that do not depend on each
 * other. The {@code log} member closes the last gap, and shows that the operator committed to these
 * records in one append-only history; the first two need an online look-up.
 */
package io.trazo.ledger.bundle;
