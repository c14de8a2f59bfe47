package io.trazo.append.log;

/** The expected outcomes of an idempotent log write; a conflicting write is an exception instead. */
public enum LogWrite {
    /** Nothing was there; now it is durably stored. */
    STORED,
    /** An identical entry was already stored; nothing changed (idempotent replay). */
    ALREADY_STORED
}
