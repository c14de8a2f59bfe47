package io.trazo.ledger.record;

/**
 * Every way a record can fail, across parsing, signatures, the registry, policy and chain links.
 * The names are part of the protocol: receipts, reports and other-language verifiers use them verbatim
 * (docs/protocol.md §Reason codes). {@link #permanent} tells a consumer whether retrying can help.
 */
public enum ReasonCode {
    // encoding
    TOO_LARGE,
    INVALID_UTF8,
    MALFORMED_JSON,
    TRAILING_DATA,
    TOO_DEEP,
    DUPLICATE_KEY,
    LONE_SURROGATE,
    UNSAFE_INTEGER,
    NUMBER_OUT_OF_RANGE,
    FLOAT_NOT_ALLOWED,
    // record structure
    UNKNOWN_VERSION,
    UNKNOWN_TYPE,
    MISSING_FIELD,
    UNKNOWN_FIELD,
    INVALID_FIELD,
    BAD_SIGNATURE_LENGTH,
    /** The record is JSON but not a JSON object (more specific than the {@code MALFORMED_JSON} v1 gave it). */
    NOT_AN_OBJECT,
    /** A {@code sigs[].key} that is not {@code ed25519:} and 32 lower-case hex digits. */
    MALFORMED_KEY_ID,
    /** More than {@code MAX_SIGNATURES} (8) entries in {@code sigs}. */
    TOO_MANY_SIGNATURES,
    /** A {@code sig} that is not canonical unpadded base64url: padding, other alphabets, non-zero trailing bits. */
    NON_CANONICAL_SIGNATURE_ENCODING,
    /** The same lot appears in two {@code links} entries. */
    DUPLICATE_LINK,
    /** A claim's {@code lots} names a lot the event does not touch. */
    CLAIM_UNTOUCHED_LOT,
    /** An event record's {@code time} is not the event's {@code eventTime} as an instant. */
    TIME_MISMATCH,
    INVALID_EPCIS,
    EVENT_HASH_MISMATCH,
    // protocol v2 event rules (docs/protocol.md §9.2); each names a refusal of a well-formed EPCIS 2.0 event
    /** The event's own {@code eventID} is a CBV 2.0 event hash ID, but not the hash of this event. */
    EVENT_ID_MISMATCH,
    /** A bizStep, disposition or source/destination type claims the CBV namespace but is not a CBV 2.0 value, or is no URI at all. */
    UNKNOWN_CBV_VALUE,
    /** The event's {@code @context} is not a URL, an object or an array of them, or redefines the {@code trazo} prefix. */
    INVALID_EVENT_CONTEXT,
    /** An ILMD or event extension member is not a namespaced (prefixed or URI) name. */
    UNNAMESPACED_EXTENSION,
    /** The event names no lot (a sensor-only or location-only observation): a record must extend at least one lot chain. */
    EVENT_WITHOUT_LOT,
    /** An object identifier carries a query string or fragment: it does not name one lot. */
    IDENTIFIER_WITH_QUERY,
    // signatures and registry
    NO_SIGNATURE,
    DUPLICATE_SIGNATURE,
    BAD_SIGNATURE,
    UNKNOWN_KEY,
    KEY_NOT_YET_VALID,
    KEY_EXPIRED,
    KEY_REVOKED,
    UNKNOWN_ACTOR,
    UNEXPECTED_SIGNER,
    MISSING_SIGNATURE,
    ROLE_NOT_PERMITTED,
    REGISTRY_CONFLICT,
    /** A registry record signed by a key outside the trust root: configuration, so no record can cure it. */
    NOT_TRUST_ROOT_KEY,
    // v2 certificate_status (docs/protocol.md §8.7)
    /** A {@code certificate_status} names no accepted record; waits at ingest, as the certificate may still arrive. */
    UNKNOWN_CERTIFICATE,
    /** A {@code certificate_status} signed by a certifier other than the one that signed the certificate. */
    CERTIFICATE_STATUS_WRONG_CERTIFIER,
    // chain links
    LINK_MISSING,
    LINK_TARGET_MISSING,
    LINK_UNTOUCHED_LOT,
    /** A v2 record opens a lot in a namespace its actor neither owns nor holds by delegation; waits, as a delegation may arrive. */
    LOT_NOT_OWNED,
    FORK,
    DUPLICATE_RECORD,
    /** A v2 event's claim names a certificate that is not an accepted certificate record (§8.1); waits, as the certificate may arrive. */
    EVIDENCE_MISSING,
    // ingest
    LOT_CONTENDED,
    MISSING_DEPENDENCY,
    /** Ingest gave up on a message whose processing kept failing (docs/protocol.md §15); says nothing of the record's validity. */
    UNPROCESSABLE,
    // provenance bundles (io.trazo.ledger.bundle)
    /** The bundle bytes are not the RFC 8785 canonical form of the JSON they hold. */
    NON_CANONICAL,
    /** A bundle's {@code trazoBundle} is not a format this verifier reads. */
    UNKNOWN_BUNDLE_VERSION,
    /** The bundle's {@code head} is not among its records, or is not a record that touches its {@code lot}. */
    BUNDLE_HEAD_MISMATCH,
    /** A record, plot record or certificate that the head's history needs is not in the bundle. */
    BUNDLE_INCOMPLETE,
    /** A record in the bundle that the head's history does not need. */
    BUNDLE_EXTRA_RECORD,
    /** A record comes before a record it depends on (a link, its signer's key, a key's actor). */
    BUNDLE_ORDER,
    /** The bundle carries a {@code log} member but no log key was given, so it refuses rather than ignore bytes. */
    LOG_UNSUPPORTED,
    // transparency-log evidence in bundles (io.trazo.ledger.bundle, io.trazo.ledger.log.LogEvidenceVerifier)
    /** A log key was given, so proofs are expected, but the bundle has no {@code log} member. */
    LOG_EVIDENCE_MISSING,
    /** The {@code log} member is not strictly a log evidence object (docs/protocol.md §Bundles). */
    LOG_EVIDENCE_MALFORMED,
    /** The checkpoint note is malformed or carries no valid signature by the given log key. */
    LOG_CHECKPOINT_NOT_SIGNED_BY_LOG,
    /** The signed checkpoint body is not a strict tlog-checkpoint, or names another origin. */
    LOG_CHECKPOINT_INVALID,
    /** The checkpoint is signed by the log key but names another log (its origin line is not the expected origin). */
    LOG_WRONG_ORIGIN,
    /** A record in the bundle has no inclusion proof. */
    LOG_MISSING_PROOF,
    /** A proof names a record that is not in the bundle, or a record a second time. */
    LOG_UNEXPECTED_PROOF,
    /** The proofs are not in the order of the records they prove. */
    LOG_PROOF_ORDER,
    /** A proof's leaf index is not below the checkpoint's tree size. */
    LOG_LEAF_INDEX_OUT_OF_RANGE,
    /** A proof's path is not the length its leaf index and the tree size call for (RFC 9162 §2.1.3.2). */
    LOG_PROOF_WRONG_LENGTH,
    /** A record's leaf hash and its path do not lead to the signed root: the record, the index or the path was changed. */
    LOG_ROOT_MISMATCH,
    // key-status proofs in format-2 bundles (docs/protocol.md §20.6, io.trazo.ledger.bundle.BundleStatusCheck)
    /** A key or certificate the bundle needs has no status proof, or status is required and the bundle has none. */
    STATUS_PROOF_MISSING,
    /** {@code keyStatusProofs} or one of its elements is not as §20.6 says, or a proof's bytes break §20.4. */
    STATUS_PROOF_MALFORMED,
    /** A status proof names a subject the bundle does not need, or ends in a leaf off its subject's path. */
    STATUS_PROOF_WRONG_KEY,
    /** Element 0 of {@code keyStatusProofs} is not map-root evidence, or its leaf is not a map-root leaf. */
    STATUS_ROOT_MALFORMED,
    /** The map-root leaf is not proved in the bundle's checkpoint (or the bundle has no log evidence). */
    STATUS_ROOT_NOT_INCLUDED,
    /** The map-root leaf is not the checkpoint's last leaf, or its map stops before a bundle record. */
    STATUS_ROOT_STALE,
    /** A status proof, with its value, does not lead to the committed map root. */
    STATUS_ROOT_MISMATCH,
    /** The map's entry for a key or certificate disagrees with the bundle's records, or the map has none. */
    STATUS_VALUE_MISMATCH,
    /** The map shows the key revoked at or before the time of a bundle record it signs: a revocation was left out. */
    KEY_REVOKED_IN_MAP,
    /** The map shows a claimed certificate suspended or withdrawn at the claiming event's time. */
    CERTIFICATE_SUSPENDED_IN_MAP,
    /**
     * The map's entry for a certificate the bundle carries names a {@code certificate_status} record the bundle
     * lacks: a suspension, reinstatement or withdrawal was left out, so an offline audit would differ.
     */
    CERTIFICATE_STATUS_OMITTED;

    /** Whether the record can never become valid by waiting for other records to arrive. */
    public boolean permanent() {
        return this != LINK_TARGET_MISSING && this != UNKNOWN_KEY && this != UNKNOWN_ACTOR && this != LOT_CONTENDED
                && this != LOT_NOT_OWNED && this != EVIDENCE_MISSING && this != UNKNOWN_CERTIFICATE;
    }
}
