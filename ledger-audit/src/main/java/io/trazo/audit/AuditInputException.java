package io.trazo.audit;

/** A record handed to the audit that it cannot read: the input was not what the audit was promised. */
public class AuditInputException extends RuntimeException {

    public AuditInputException(String message) {
        super(message);
    }
}
