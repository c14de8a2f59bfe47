package io.trazo.ledger.wallbreak;

import io.trazo.append.Appender;
import picocli.CommandLine;

/** Breaks a wall on purpose (BrokenWallsTest): a core class that knows the write side and the CLI framework. */
public final class CoreThatAppends {

    public static String describe(Appender appender) {
        return appender + " " + CommandLine.class.getName();
    }

    private CoreThatAppends() {}
}
