package io.trazo.query.util;

/** Breaks a wall on purpose (BrokenWallsTest): a dumping-ground package. */
public final class Strings {

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Strings() {}
}
