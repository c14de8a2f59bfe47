package io.trazo.ingest.web;

import io.trazo.ingest.IngestProperties;
import io.trazo.ingest.consume.OutcomeMemo;
import io.trazo.ingest.consume.Receipt;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One record's outcome, for {@code trazo status --record} (docs/openapi.yaml). The store decides for
 * a record it holds (ACCEPTED with its position, REJECTED, or PENDING while an append is under way);
 * a record refused before it was stored (a bad signature, say) is answered from its last final
 * receipt. {@code receipts} lists every final receipt: one per time the record was published.
 * A record not in the ledger whose latest publication waits for data (a key, an actor, a predecessor)
 * is DEFERRED, with what it waits for, its retry round and {@code retries}, the rounds it gets before
 * it is given up as MISSING_DEPENDENCY.
 */
@RestController
class RecordOutcomeController {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final MongoLedgerStore store;
    private final OutcomeMemo memo;
    private final int retries;

    RecordOutcomeController(MongoLedgerStore store, OutcomeMemo memo, IngestProperties properties) {
        this.store = store;
        this.memo = memo;
        this.retries = properties.retry().attempts();
    }

    @GetMapping("/records/{hash}/outcome")
    Map<String, Object> outcome(@PathVariable String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw OutcomeException.invalidHash(hash);
        }
        Optional<StoredRecord> stored = store.record(Digest.fromHex(hash));
        List<Receipt> receipts = memo.forRecord(hash);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("record", hash);
        // waiting: its latest deferral answers a message that has no final receipt yet (an earlier publish may have one)
        Optional<Receipt> waiting = stored.map(s -> s.state() == RecordState.ACCEPTED).orElse(false) ? Optional.empty()
                : memo.lastDeferral(hash).filter(d -> receipts.stream().noneMatch(r -> d.source().equals(r.source())));
        if (waiting.isPresent()) {
            body.put("outcome", Receipt.Outcome.DEFERRED.name());
            body.put("reason", waiting.get().reason());
            body.put("message", waiting.get().message());
            body.put("attempt", waiting.get().attempt());
            body.put("retries", retries);
        } else if (stored.isPresent() && stored.get().state() != RecordState.REJECTED) {
            body.put("outcome", stored.get().state().name());
            stored.get().position().ifPresent(p -> body.put("position", p));
        } else if (stored.isPresent()) {
            String rejection = stored.get().rejection().orElse("");
            int colon = rejection.indexOf(": ");
            body.put("outcome", "REJECTED");
            body.put("reason", colon < 0 ? rejection : rejection.substring(0, colon));
            body.put("message", colon < 0 ? "" : rejection.substring(colon + 2));
        } else if (!receipts.isEmpty()) {
            Receipt last = receipts.get(receipts.size() - 1);
            body.put("outcome", last.outcome().name());
            body.put("reason", last.reason());
            body.put("path", last.path());
            body.put("message", last.message());
        } else {
            throw OutcomeException.notFound(hash);
        }
        body.values().removeIf(java.util.Objects::isNull);
        body.put("receipts", receipts);
        return body;
    }

    @ExceptionHandler(OutcomeException.class)
    ResponseEntity<ProblemDetail> problem(OutcomeException e) {
        return ResponseEntity.status(e.status()).body(e.problem());
    }
}
