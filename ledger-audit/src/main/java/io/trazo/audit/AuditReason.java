package io.trazo.audit;

/**
 * Why a claim is invalid, downgraded or tainted, or why a balance or yield is wrong. The wire names are
 * stable: they are what the API and the CLI print (docs/audit.md).
 */
public enum AuditReason {
    CERTIFICATE_UNKNOWN,
    CERTIFICATE_NOT_IN_FORCE,
    CERTIFICATE_SUSPENDED,
    CERTIFICATE_WITHDRAWN,
    ISSUER_NOT_CERTIFIER,
    NOT_CERTIFICATE_HOLDER,
    SUBJECT_NOT_COVERED,
    NO_CERTIFIED_SOURCE,
    MIXED_WITH_NON_QUALIFYING,
    LEVEL_NOT_ALLOWED,
    CLAIM_DOWNGRADED,
    YIELD_OUT_OF_BAND,
    RATIO_MISMATCH,
    NEGATIVE_BALANCE,
    VOLUME_CAP_EXCEEDED,
    QUANTITY_NOT_STATED,
    TAINTED_BY_SUSPENSION,
    TAINTED_BY_WITHDRAWAL,
    STATUS_NOT_BY_ISSUER;

    public String wire() {
        return name();
    }
}
