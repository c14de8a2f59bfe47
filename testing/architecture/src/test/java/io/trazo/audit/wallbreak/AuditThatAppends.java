package io.trazo.audit.wallbreak;

import io.trazo.append.Appender;
import io.trazo.demo.DemoParties;

/** Breaks a wall on purpose (BrokenWallsTest): an audit class that knows the write side and the demo's keys. */
public final class AuditThatAppends {

    public static String describe(Appender appender) {
        return appender + " " + DemoParties.class.getName();
    }

    private AuditThatAppends() {}
}
