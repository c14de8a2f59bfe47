package io.trazo.ingest.consume;

import io.trazo.mongo.IngestOutcomes;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final outcome of each message on the records topic, keyed by its {@link Source} (stored by
 * ledger-mongo's {@link IngestOutcomes}). Written insert-only before the Kafka transaction that
 * publishes the receipt commits; a message redelivered after an aborted transaction finds its outcome
 * here and gets the identical receipt, even when replaying the append would now say DUPLICATE or lose
 * the finding's JSON pointer. The first writer wins a race (two instances during a rebalance).
 *
 * <p>Each deferral is noted too (one note per message and retry round), so that a record that waits can
 * say what it waits for before its final receipt exists.
 */
public final class OutcomeMemo {

    private final IngestOutcomes store;
    private final JsonMapper json;

    public OutcomeMemo(IngestOutcomes store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The stored outcomes of many messages in one query (a listener batch). */
    Map<Source, Receipt> findAll(Collection<Source> sources) {
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.toString(), s));
        Map<Source, Receipt> out = new HashMap<>();
        store.finals(byId.keySet()).forEach((id, receipt) -> out.put(byId.get(id), read(receipt)));
        return out;
    }

    /**
     * Stores each outcome unless one is stored already; the outcomes another instance stored first are
     * read back and returned instead. Returns the outcomes stored afterwards.
     */
    Map<Source, Receipt> rememberAll(Map<Source, Receipt> receipts) {
        List<IngestOutcomes.Entry> entries = receipts.entrySet().stream().map(e -> entry(e.getKey().toString(), e.getValue())).toList();
        Set<String> taken = store.rememberFinals(entries);
        Map<Source, Receipt> out = new LinkedHashMap<>(receipts);
        if (!taken.isEmpty()) {
            List<Source> lost = receipts.keySet().stream().filter(s -> taken.contains(s.toString())).toList();
            Map<Source, Receipt> first = findAll(lost);
            lost.forEach(s -> out.put(s, Objects.requireNonNull(first.get(s), "an outcome vanished from the store")));
        }
        return out;
    }

    /** The message holding the acceptance of each record (hash hex to {@link Source} text), where one does. */
    Map<String, String> acceptances(Collection<String> records) {
        return store.acceptances(records);
    }

    /** Claims each record's acceptance for its message unless another holds it; returns every record's holder. */
    Map<String, String> claimAcceptances(Map<String, String> claims) {
        return store.claimAcceptances(claims);
    }

    /** Notes DEFERRED receipts, one per message and retry round. Informational: status reads it, no decision does. */
    void noteDeferrals(List<Receipt> deferred) {
        store.noteDeferrals(deferred.stream().map(r -> entry(r.source() + "#" + r.attempt(), r)).toList());
    }

    /** The latest deferral of a record, if it was ever deferred. */
    public Optional<Receipt> lastDeferral(String hash) {
        return store.lastDeferral(hash).map(this::read);
    }

    /** The deferrals of the records that came in with one capture, oldest first. */
    public List<Receipt> deferralsForCapture(String capture) {
        return store.deferralsForCapture(capture).stream().map(this::read).toList();
    }

    /** Final outcomes of every message that carried this record, oldest first. */
    public List<Receipt> forRecord(String hash) {
        return store.finalsForRecord(hash).stream().map(this::read).toList();
    }

    /** Outcomes of the records that came in with one capture. */
    public List<Receipt> forCapture(String capture) {
        return store.finalsForCapture(capture).stream().map(this::read).toList();
    }

    private IngestOutcomes.Entry entry(String id, Receipt receipt) {
        return new IngestOutcomes.Entry(id, json.writeValueAsString(receipt), receipt.record(), receipt.capture());
    }

    private Receipt read(String receipt) {
        return json.readValue(receipt, Receipt.class);
    }
}
