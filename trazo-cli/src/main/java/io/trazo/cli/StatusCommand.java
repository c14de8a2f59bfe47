package io.trazo.cli;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints what became of a capture's records or of one record, one line each:
 * {@code OUTCOME hash @position}, {@code REJECTED hash REASON path: message}, or, while a record waits
 * for data, {@code DEFERRED hash waiting: REASON — message (retry round n of m, …)}. The exit code
 * sums it up; each code means one thing, so a script can act on it.
 */
@Command(name = "status", description = "Print the outcome of a capture's records or of one record.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record is in the ledger (ACCEPTED or DUPLICATE)",
            "1:some record was REJECTED (its reason is printed)",
            "2:usage error: a bad option or a malformed record hash",
            "3:some record has no final outcome yet: DEFERRED (waiting for a key, an actor or a predecessor; "
                    + "the reason is printed) or PENDING (not processed yet); ask again later",
            "4:the ingest service failed or could not be reached",
            "5:ingest does not know this record or capture: never received, or still on its way through Kafka"})
final class StatusCommand implements Callable<Integer> {

    static final int IN_LEDGER = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int WAITING = 3;
    static final int SERVICE = 4;
    static final int UNKNOWN = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--capture-url", required = true, description = "Base URL of the ingest service, e.g. http://127.0.0.1:8081.")
    String url;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--capture", description = "A capture id printed by publish.")
        String capture;

        @Option(names = "--record", description = "A record hash (64 hex digits).")
        String record;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestClient ingest = new IngestClient(url);
        List<JsonObject> outcomes;
        try {
            outcomes = target.capture != null
                    ? ((JsonArray) ingest.capture(target.capture).get("records").orElseThrow()).elements().stream()
                            .map(JsonObject.class::cast).toList()
                    : List.of(ingest.recordOutcome(target.record));
        } catch (IngestClient.IngestCallException e) {
            err.println("trazo status: " + e.getMessage());
            return switch (e.status()) {
                case 404 -> UNKNOWN;
                case 400 -> USAGE;
                default -> SERVICE;
            };
        } catch (java.io.IOException e) {
            err.println("trazo status: ingest at " + url + " could not be reached: " + e);
            return SERVICE;
        }
        int code = IN_LEDGER;
        for (JsonObject o : outcomes) {
            String outcome = IngestClient.text(o, "outcome");
            out.println(line(o, outcome));
            switch (outcome) {
                case "ACCEPTED", "DUPLICATE" -> { }
                case "REJECTED" -> code = REJECTED;
                default -> code = code == REJECTED ? REJECTED : WAITING;
            }
        }
        return code;
    }

    private static String line(JsonObject o, String outcome) {
        String record = IngestClient.text(o, "record");
        String head = String.format("%-9s %s", outcome, record.isEmpty() ? IngestClient.text(o, "key") : record);
        return switch (outcome) {
            case "ACCEPTED", "DUPLICATE" -> head + " @" + IngestClient.number(o, "position");
            case "REJECTED" -> head + " " + IngestClient.text(o, "reason") + " " + IngestClient.text(o, "path") + ": "
                    + IngestClient.text(o, "message");
            case "DEFERRED" -> head + " waiting: " + IngestClient.text(o, "reason") + " — " + IngestClient.text(o, "message")
                    + " (retry round " + IngestClient.number(o, "attempt") + " of " + IngestClient.number(o, "retries")
                    + "; still waiting after the last one, it ends REJECTED MISSING_DEPENDENCY)";
            default -> head;
        };
    }
}
