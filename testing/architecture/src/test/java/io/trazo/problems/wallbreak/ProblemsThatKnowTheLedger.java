package io.trazo.problems.wallbreak;

import io.trazo.ledger.crypto.Digest;

/** Breaks a wall on purpose (BrokenWallsTest): an http-problems class that knows a ledger type. */
public final class ProblemsThatKnowTheLedger {

    public static String describe(Digest record) {
        return record.hex();
    }

    private ProblemsThatKnowTheLedger() {}
}
