package io.trazo.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the command-line tool in this JVM, with what it printed to each stream. */
record TrazoRun(int code, String out, String err) {

    static TrazoRun trazo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrazoCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new TrazoRun(code, out.toString(), err.toString());
    }

    /**
     * A run through {@link TrazoCli#run(String...)}, the entry point {@code main} uses, which prints to
     * {@code System.out}; swapped for the run, so such runs must not overlap. Standard error is not captured.
     */
    static TrazoRun throughMain(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new TrazoRun(TrazoCli.run(args), buffer.toString(StandardCharsets.UTF_8), "");
        } finally {
            System.setOut(original);
        }
    }
}
