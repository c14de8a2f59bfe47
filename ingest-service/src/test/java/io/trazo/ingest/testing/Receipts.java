package io.trazo.ingest.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads receipts as the JSON a downstream consumer sees, not through the service's own classes. */
public final class Receipts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Receipts() {}

    public static JsonNode read(ConsumerRecord<byte[], byte[]> r) {
        return JSON.readTree(r.value());
    }

    public static List<JsonNode> all(List<ConsumerRecord<byte[], byte[]>> rs) {
        return rs.stream().map(Receipts::read).toList();
    }

    /** Final receipts (not DEFERRED), by the records-topic message they answer. */
    public static Map<String, List<JsonNode>> finalBySource(List<ConsumerRecord<byte[], byte[]>> rs) {
        return all(rs).stream().filter(n -> !n.get("outcome").asString().equals("DEFERRED"))
                .collect(Collectors.groupingBy(n -> n.get("source").asString()));
    }

    public static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
