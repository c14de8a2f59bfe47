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
 * {@code OUTCOME hash @position} or {@code OUTCOME hash REASON path: message}. The exit code sums it
 * up: 0 all in the ledger (ACCEPTED or DUPLICATE), 1 some REJECTED, 3 some still PENDING or DEFERRED,
 * 4 the service answered with a problem or could not be reached.
 */
@Command(name = "status", description = "Print the outcome of a capture's records or of one record. "
        + "Exit 0 all in the ledger, 1 any rejected, 3 any pending, 4 service error.")
final class StatusCommand implements Callable<Integer> {

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
        IngestClient ingest = new IngestClient(url);
        List<JsonObject> outcomes;
        try {
            outcomes = target.capture != null
                    ? ((JsonArray) ingest.capture(target.capture).get("records").orElseThrow()).elements().stream()
                            .map(JsonObject.class::cast).toList()
                    : List.of(ingest.recordOutcome(target.record));
        } catch (IngestClient.IngestCallException e) {
            spec.commandLine().getErr().println("trazo status: " + e.getMessage());
            return 4;
        }
        int code = 0;
        for (JsonObject o : outcomes) {
            String outcome = IngestClient.text(o, "outcome");
            out.println(line(o, outcome));
            switch (outcome) {
                case "ACCEPTED", "DUPLICATE" -> { }
                case "REJECTED" -> code = 1;
                default -> code = code == 1 ? 1 : 3;
            }
        }
        return code;
    }

    private static String line(JsonObject o, String outcome) {
        String record = IngestClient.text(o, "record");
        String head = String.format("%-9s %s", outcome, record);
        return switch (outcome) {
            case "ACCEPTED", "DUPLICATE" -> head + " @" + IngestClient.number(o, "position");
            case "REJECTED", "DEFERRED" -> head + " " + IngestClient.text(o, "reason") + " " + IngestClient.text(o, "path") + ": "
                    + IngestClient.text(o, "message");
            default -> head;
        };
    }
}
