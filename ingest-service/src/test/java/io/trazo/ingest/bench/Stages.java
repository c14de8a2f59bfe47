package io.trazo.ingest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ingest service's stage and store timers, read from its actuator: {name: [count, total seconds]}. */
final class Stages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Stages() {}

    static Map<String, double[]> read(String ingestUrl) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (ingestUrl == null) {
            return out;
        }
        for (String stage : new String[] {"batch", "memo", "append", "publish"}) {
            out.put(stage, timer(ingestUrl, "trazo.ingest.stage", "stage:" + stage));
        }
        out.put("store (within append)", timer(ingestUrl, "trazo.ingest.store", null));
        JsonNode tags = get(ingestUrl + "/actuator/metrics/trazo.ingest.store");
        if (tags != null) {
            for (JsonNode t : tags.get("availableTags")) {
                if (t.get("tag").asString().equals("op")) {
                    for (JsonNode op : t.get("values")) {
                        out.put("  store." + op.asString(), timer(ingestUrl, "trazo.ingest.store", "op:" + op.asString()));
                    }
                }
            }
        }
        return out;
    }

    static void report(Map<String, double[]> before, Map<String, double[]> after, int records) {
        if (after.isEmpty()) {
            return;
        }
        System.out.println("ingest stage timers (wall time on listener threads, per record; count per record):");
        after.forEach((k, v) -> {
            double[] b = before.getOrDefault(k, new double[2]);
            System.out.printf("  %-28s %8.0f µs/record  %6.2f calls/record%n", k, 1e6 * (v[1] - b[1]) / records, (v[0] - b[0]) / records);
        });
    }

    private static double[] timer(String base, String name, String tag) throws Exception {
        JsonNode n = get(base + "/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag));
        double[] out = new double[2];
        if (n == null) {
            return out;
        }
        for (JsonNode m : n.get("measurements")) {
            switch (m.get("statistic").asString()) {
                case "COUNT" -> out[0] = m.get("value").asDouble();
                case "TOTAL_TIME" -> out[1] = m.get("value").asDouble();
                default -> { }
            }
        }
        return out;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
    }
}
