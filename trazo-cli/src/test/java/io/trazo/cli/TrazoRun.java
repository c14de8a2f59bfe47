package io.trazo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command-line tool through its real entry point, with what it printed to each stream. */
record TrazoRun(int code, String out, String err) {

    static TrazoRun trazo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrazoCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new TrazoRun(code, out.toString(), err.toString());
    }
}
