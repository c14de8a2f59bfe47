package io.trazo.query.epcis;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.conformance.ConformanceCorpus;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger of events signed with their own JSON-LD contexts (docs/protocol.md §9.2), appended by the
 * real append code: events of public EPCIS 2.0 documents of the conformance corpus (ledger-core's
 * test resources, with their licences there) that declare extension prefixes — {@code example} bound to
 * three different IRIs across them, and event-level contexts — and hand-made ones: one namespace under
 * two prefixes, one prefix under two namespaces, a v2 event that uses {@code trazo:} without declaring
 * it, and a v1 event, whose context is Trazo's fixed one.
 */
final class ContextEvents {

    static final List<String> CORPUS = List.of(
            "epcis-event-hash-generator/epcisDocWithCustomSchemaInContext.jsonld",
            "epcis-event-hash-generator/ralfsChaosExample.jsonld",
            "openepcis-test-resources/Capture/Documents/ObjectEvent_with_userExtensions.json",
            "openepcis-test-resources/Capture/Documents/AggregationEvent_with_userExtensions.json",
            "openepcis-test-resources/Capture/Documents/Namespaces_at_different_level.json");
    static final String EXAMPLE = "https://ns.example.com/epcis/";
    private static final String LOTS = "urn:trazo:lot:exporter:ctx-";
    private static final StrictJson DOCUMENTS = new StrictJson(new StrictJson.Limits(1 << 20, 64));

    private ContextEvents() {}

    static TrustRoot trustRoot() {
        return TrustRoot.of(ConformanceCorpus.governanceKey());
    }

    /** Appends the exporter's registration and every event; @return the event records, as appended. */
    static List<byte[]> append(LedgerStore store) {
        ConformanceCorpus corpus = new ConformanceCorpus();
        Appender appender = new Appender(store, trustRoot(), RolePolicy.standard());
        corpus.registry().forEach(r -> accept(appender, r));
        List<byte[]> events = new ArrayList<>();
        for (String file : CORPUS) {
            JsonObject document = (JsonObject) DOCUMENTS.parse(resource("/conformance/" + file));
            for (var raw : ConformanceCorpus.events(document)) {
                events.add(accept(appender, record(store, ConformanceCorpus.withDocumentContext(document, (JsonObject) raw),
                        ProtocolVersion.V2)));
            }
        }
        events.add(accept(appender, record(store, handMade("a", "{\"ex\":\"" + EXAMPLE + "\"}", "\"ex:temperature\":21"),
                ProtocolVersion.V2)));
        events.add(accept(appender, record(store, handMade("b", "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"other\":\"" + EXAMPLE + "\"}]", "\"other:temperature\":25"), ProtocolVersion.V2)));
        events.add(accept(appender, record(store, handMade("c", "{\"ex\":\"https://ns.elsewhere.org/\"}", "\"ex:temperature\":30"),
                ProtocolVersion.V2)));
        events.add(accept(appender, record(store, handMade("d", null, "\"trazo:grade\":\"specialty\""), ProtocolVersion.V2)));
        events.add(accept(appender, record(store, handMade("v", null, "\"trazo:grade\":\"specialty\""), ProtocolVersion.V1)));
        return events;
    }

    /** An observation of the exporter's lot {@code ctx-<lot>}, with {@code @context} (if any) and one extension member. */
    private static JsonObject handMade(String lot, String context, String extension) {
        String json = "{" + (context == null ? "" : "\"@context\":" + context + ",") + "\"type\":\"ObjectEvent\","
                + "\"eventTime\":\"2026-12-02T10:00:00.000Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\","
                + "\"bizStep\":\"inspecting\",\"quantityList\":[{\"epcClass\":\"" + LOTS + lot + "\",\"quantity\":10,\"uom\":\"KGM\"}],"
                + extension + "}";
        return (JsonObject) DOCUMENTS.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The exporter's record of {@code event}, linked to the store's head of every lot it touches. */
    private static byte[] record(LedgerStore store, JsonObject event, ProtocolVersion version) {
        List<Link> links = new ArrayList<>();
        for (String lot : EpcisEvents.read(event, "/body/event", version).lots()) {
            store.head(lot).ifPresent(h -> links.add(new Link(lot, h.record())));
        }
        return ConformanceCorpus.record(event, EpcisEvents.eventHashId(event, "/body/event", version), version, links);
    }

    private static byte[] accept(Appender appender, byte[] record) {
        AppendOutcome outcome = appender.append(record);
        if (!(outcome instanceof AppendOutcome.Accepted)) {
            throw new IllegalStateException("not accepted: " + outcome);
        }
        return record;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContextEvents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name + " (ledger-core's test-jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
