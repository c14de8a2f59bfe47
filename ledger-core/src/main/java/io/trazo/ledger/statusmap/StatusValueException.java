package io.trazo.ledger.statusmap;

/** A map value that is not the §20.2 shape its kind calls for. */
public final class StatusValueException extends Exception {

    StatusValueException(String message) {
        super(message);
    }
}
