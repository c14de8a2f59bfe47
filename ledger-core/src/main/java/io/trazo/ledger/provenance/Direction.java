package io.trazo.ledger.provenance;

/** Which way a trace runs from its lot: towards the farms, or towards the cup. */
public enum Direction {
    UPSTREAM,
    DOWNSTREAM
}
