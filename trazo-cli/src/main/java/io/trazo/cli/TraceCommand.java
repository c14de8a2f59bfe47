package io.trazo.cli;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a lot's journey from the query API, and optionally saves its provenance bundle for offline checking. */
@Command(name = "trace", description = "Print a lot's journey from farm to cup (query API), optionally saving its provenance bundle.")
final class TraceCommand implements Callable<Integer> {

    @Option(names = "--query-url", defaultValue = "http://127.0.0.1:8082", description = "query-service base URL (default: ${DEFAULT-VALUE}).")
    String queryUrl;

    @Option(names = "--bundle-out", description = "Save the lot's provenance bundle to this file.")
    Path bundleOut;

    @Parameters(index = "0", description = "The lot URI.")
    String lot;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        String base = queryUrl.replaceAll("/+$", "") + "/lots/" + URLEncoder.encode(lot, StandardCharsets.UTF_8);
        HttpResponse<byte[]> trace = get(base + "/trace/upstream?view=journey&limit=500");
        if (trace.statusCode() != 200) {
            System.err.println("trazo trace: " + trace.statusCode() + " " + new String(trace.body(), StandardCharsets.UTF_8));
            return 1;
        }
        JsonObject journey = (JsonObject) new StrictJson(new StrictJson.Limits(32 << 20, 64)).parse(trace.body());
        System.out.println("Journey of " + lot + " (" + text(journey, "totalSteps") + " steps, upstream to the harvests):");
        for (JsonValue s : ((JsonArray) journey.get("steps").orElseThrow()).elements()) {
            JsonObject step = (JsonObject) s;
            String bizStep = text(step, "bizStep");
            System.out.printf("  %s  %-18s %-44s %s%n", text(step, "time"), bizStep.substring(bizStep.lastIndexOf('-') + 1),
                    text(step, "actor").replace("urn:trazo:actor:", "") + (step.get("counterparty").filter(JsonString.class::isInstance).isPresent()
                            ? " ⇄ " + text(step, "counterparty").replace("urn:trazo:actor:", "") : ""),
                    lots(step));
        }
        if (bundleOut != null) {
            HttpResponse<byte[]> bundle = get(base + "/bundle");
            if (bundle.statusCode() != 200) {
                System.err.println("trazo trace: bundle " + bundle.statusCode());
                return 1;
            }
            Files.write(bundleOut, bundle.body());
            System.out.println("provenance bundle saved to " + bundleOut + " (" + bundle.body().length + " bytes)");
        }
        return 0;
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String lots(JsonObject step) {
        List<String> in = strings(step, "inputs");
        List<String> out = strings(step, "outputs");
        String ins = in.stream().map(TraceCommand::shortLot).collect(Collectors.joining(", "));
        return out.isEmpty() ? ins : ins + " → " + out.stream().map(TraceCommand::shortLot).collect(Collectors.joining(", "));
    }

    private static String shortLot(String lot) {
        return lot.substring(lot.lastIndexOf(':') + 1);
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.get(name).filter(JsonArray.class::isInstance).map(a -> ((JsonArray) a).elements().stream()
                .map(v -> ((JsonString) v).value()).toList()).orElse(List.of());
    }

    private static String text(JsonObject o, String name) {
        return o.get(name).map(v -> v instanceof JsonString s ? s.value() : v.toString().replaceAll("\\D", "")).orElse("");
    }
}
