package io.trazo.ingest.web;

import io.trazo.mongo.CaptureLog;
import io.trazo.ingest.IngestProperties;
import io.trazo.ingest.consume.Headers;
import io.trazo.ingest.consume.OutcomeMemo;
import io.trazo.ingest.consume.Receipt;
import io.trazo.append.RecordKeys;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * EPCIS-capture-style entry for producers without a Kafka client (docs/openapi.yaml). The body is one
 * signed record ({@code application/json}) or several, one per line ({@code application/x-ndjson});
 * each record's exact bytes are published, never a re-serialisation. 202 means every record is
 * durably on the records topic, not that it is accepted: GET the capture for the outcomes.
 */
@RestController
class CaptureController {

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final OutcomeMemo memo;
    private final CaptureLog captures;
    private final IngestProperties properties;

    CaptureController(CaptureKafka kafka, OutcomeMemo memo, CaptureLog captures, IngestProperties properties) {
        this.kafka = kafka.template();
        this.memo = memo;
        this.captures = captures;
        this.properties = properties;
    }

    @PostMapping(path = "/capture", consumes = {"application/json", "application/x-ndjson"})
    ResponseEntity<Map<String, Object>> capture(HttpServletRequest request) throws IOException {
        List<byte[]> records = split(readBounded(request), request.getContentType());
        String id = UUID.randomUUID().toString();
        List<String> keys = records.stream().map(CaptureController::receiptKey).toList();
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>();
        for (byte[] r : records) {
            ProducerRecord<byte[], byte[]> message = new ProducerRecord<>(properties.topics().records(),
                    RecordKeys.keyOf(r).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null), r);
            message.headers().add(Headers.CAPTURE, id.getBytes(StandardCharsets.UTF_8));
            sends.add(kafka.send(message));
        }
        List<String> sources = new ArrayList<>();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            for (CompletableFuture<SendResult<byte[], byte[]>> sent : sends) {
                RecordMetadata m = sent.get().getRecordMetadata();
                sources.add(m.topic() + "/" + m.partition() + "/" + m.offset());
            }
        } catch (Exception e) {
            throw CaptureException.unavailable(e.getMessage());
        }
        // remembered once the offsets are known: a receipt names its message by offset, not by key
        captures.remember(id, keys, sources);
        return ResponseEntity.accepted().location(URI.create("/capture/" + id))
                .body(Map.of("capture", id, "records", keys));
    }

    @GetMapping("/capture/{id}")
    Map<String, Object> status(@PathVariable String id) {
        CaptureLog.Capture capture = captures.find(id).orElseThrow(() -> CaptureException.notFound(id));
        return Map.of("capture", id, "records", CaptureView.outcomes(capture, memo.forCapture(id), memo.deferralsForCapture(id),
                properties.retry().attempts()));
    }

    @ExceptionHandler(CaptureException.class)
    ResponseEntity<ProblemDetail> problem(CaptureException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setType(e.type());
        return ResponseEntity.status(e.status()).body(p);
    }

    private byte[] readBounded(HttpServletRequest request) throws IOException {
        int limit = properties.capture().maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            throw CaptureException.tooLarge(request.getContentLengthLong(), limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw CaptureException.tooLarge(body.length, limit);
            }
            return body;
        }
    }

    private List<byte[]> split(byte[] body, String contentType) {
        List<byte[]> records = new ArrayList<>();
        if (contentType != null && contentType.startsWith("application/x-ndjson")) {
            int start = 0;
            for (int i = 0; i <= body.length; i++) {
                if (i == body.length || body[i] == '\n') {
                    int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                    if (end > start) {
                        records.add(java.util.Arrays.copyOfRange(body, start, end));
                    }
                    start = i + 1;
                }
            }
        } else if (body.length > 0) {
            records.add(body);
        }
        if (records.isEmpty()) {
            throw CaptureException.empty();
        }
        if (records.size() > properties.capture().maxRecords()) {
            throw CaptureException.tooMany(records.size(), properties.capture().maxRecords());
        }
        return records;
    }

    /** The key the record's receipt will carry: its hash, or {@code raw:<sha-256>} for unreadable bytes. */
    private static String receiptKey(byte[] wire) {
        try {
            return RecordCodec.parse(wire).hash().hex();
        } catch (RecordException e) {
            return "raw:" + Digest.sha256(wire).hex();
        }
    }
}
