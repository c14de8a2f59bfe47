package io.trazo.ingest.web;

import io.trazo.mongo.CaptureLog;
import io.trazo.ingest.consume.Receipt;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of each record of a capture, in the order they were posted. A receipt is matched to its
 * record by the records-topic message it answers ({@code source}), which every receipt carries, even
 * that of bytes that were not a readable record and so have no record hash.
 */
final class CaptureView {

    private CaptureView() {}

    /**
     * @param finals the capture's final receipts
     * @param deferrals the capture's DEFERRED receipts, oldest first
     * @param retries the retry rounds a deferred record gets before it is given up as MISSING_DEPENDENCY
     */
    static List<Map<String, Object>> outcomes(CaptureLog.Capture capture, List<Receipt> finals, List<Receipt> deferrals, int retries) {
        boolean bySource = capture.sources().size() == capture.keys().size();
        Map<String, Receipt> done = index(finals, bySource);
        Map<String, Receipt> waiting = index(deferrals, bySource);
        return java.util.stream.IntStream.range(0, capture.keys().size()).mapToObj(i -> {
            String key = capture.keys().get(i);
            String match = bySource ? capture.sources().get(i) : key;
            if (done.containsKey(match)) {
                return entry(key, done.get(match));
            }
            if (waiting.containsKey(match)) {
                Map<String, Object> e = entry(key, waiting.get(match));
                e.put("retries", retries);
                return e;
            }
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("key", key);
            if (!key.startsWith("raw:")) {
                pending.put("record", key);
            }
            pending.put("outcome", "PENDING");
            return pending;
        }).toList();
    }

    /** By source, or by record hash for captures remembered without sources; a later receipt replaces an earlier one. */
    private static Map<String, Receipt> index(List<Receipt> receipts, boolean bySource) {
        Map<String, Receipt> out = new HashMap<>();
        for (Receipt r : receipts) {
            String k = bySource ? r.source() : r.record();
            if (k != null) {
                out.put(k, r);
            }
        }
        return out;
    }

    private static Map<String, Object> entry(String key, Receipt r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", key);
        e.put("record", r.record());
        e.put("outcome", r.outcome().name());
        e.put("position", r.position());
        e.put("reason", r.reason());
        e.put("path", r.path());
        e.put("message", r.message());
        e.put("source", r.source());
        e.put("attempt", r.attempt());
        e.values().removeIf(java.util.Objects::isNull);
        return e;
    }
}
