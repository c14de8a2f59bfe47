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
    INVALID_EPCIS,
    EVENT_HASH_MISMATCH,
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
    // chain links
    LINK_MISSING,
    LINK_TARGET_MISSING,
    LINK_UNTOUCHED_LOT,
    FORK,
    DUPLICATE_RECORD,
    // ingest
    LOT_CONTENDED,
    MISSING_DEPENDENCY;

    /** Whether the record can never become valid by waiting for other records to arrive. */
    public boolean permanent() {
        return this != LINK_TARGET_MISSING && this != UNKNOWN_KEY && this != UNKNOWN_ACTOR && this != LOT_CONTENDED;
    }
}
