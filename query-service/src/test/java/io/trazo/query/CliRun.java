package io.trazo.query;

import io.trazo.cli.TrazoCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the real command-line tool in this JVM, as a buyer or certifier would run it offline: its
 * exit code and what it printed. Standard output is swapped for the run, so runs must not overlap.
 */
public record CliRun(int exit, String out) {

    public static CliRun of(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new CliRun(TrazoCli.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
