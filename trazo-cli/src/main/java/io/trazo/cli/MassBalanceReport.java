package io.trazo.cli;

import io.trazo.audit.MassBalanceView;
import java.io.PrintStream;

/** {@code trazo audit}'s mass balance for people: the same balance as {@code --json}, one line per period and error. */
final class MassBalanceReport {

    private MassBalanceReport() {}

    static void print(MassBalanceView b, int records, boolean logged, PrintStream out) {
        out.println("operator   " + b.operator() + ", " + b.scheme() + ", " + b.from() + " to " + b.to());
        out.println("verified   " + records + " records against the trust root" + (logged ? " and the transparency log" : ""));
        if (b.periods().isEmpty()) {
            out.println("  (no certified stock in these quarters)");
        }
        for (MassBalanceView.Period p : b.periods()) {
            out.println("  " + p.period() + " " + p.form() + ": opening " + p.openingKg() + " kg + inputs " + p.inputsKg()
                    + " + converted in " + p.conversionInKg() + " (expected " + p.expectedConversionInKg() + ") - converted out "
                    + p.conversionOutKg() + " - outputs " + p.outputsKg() + " - downgrades " + p.downgradesKg() + " = closing "
                    + p.closingKg() + " kg");
            p.errors().forEach(e -> out.println("    " + e.reason() + ": " + e.detail()));
        }
        b.capErrors().forEach(e -> out.println("  " + e.reason() + ": " + e.detail()));
        out.println(b.ok() ? "BALANCE OK: no negative balance, no cap exceeded" : "BALANCE ERRORS: see above");
        out.println("not proven offline: that the bundle holds every record of the operator's quarters (protocol §18.1)");
    }
}
