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
 *   <li>{@code log} (optional, reserved for the transparency log, docs/protocol.md §Transparency log):
 *       {@code {"checkpoint": <the C2SP signed note, exact text>, "proofs": [{"index": <leaf index>,
 *       "hashes": [<base64 (RFC 4648 §4) of each 32-byte RFC 9162 §2.1.3 inclusion-path node>]}]}},
 *       with {@code proofs[i]} proving {@code records[i]}'s leaf (RFC 9162 §2.1.1 leaf hash of the
 *       record's canonical bytes) and indices strictly increasing. A verifier that does not check log
 *       proofs MUST fail such a bundle with {@code LOG_UNSUPPORTED} rather than ignore it.
 * </ul>
 * What offline verification cannot establish: that {@code head} is still the lot's head, that a
 * revocation issued later was not left out, and the ledger order of records that do not depend on each
 * other. The {@code log} member closes the last gap; the first two need an online look-up.
 */
package io.trazo.ledger.bundle;
