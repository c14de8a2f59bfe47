package io.trazo.ledger.conformance;

import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisDocuments;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.LotNamespaces;
import io.trazo.ledger.registry.LotOwnership;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.RecordReport;
import io.trazo.ledger.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every event of the public EPCIS 2.0 example documents under {@code conformance/}, wraps each
 * in a v2 record signed by an exporter that holds every custodial role, and verifies it with the
 * real {@link Verifier}. The exporter is registered as a real one would be for v2's lot owners
 * (docs/protocol.md §11): its v2 actor record lists, in {@code gs1CompanyPrefixes}, the GS1 company
 * prefixes of the lots that the example events open. The event carries its document's
 * {@code @context} (then its own), which is how an exporter's events look once taken out of their document.
 * Public for other modules' tests that put corpus events in a ledger (query-service's EPCIS tests).
 */
public final class ConformanceCorpus {

    static final String ROOT = "/conformance";
    private static final SigningKey GOVERNANCE = SigningKey.fromSeed(Hex.decode("01".repeat(32)));
    private static final SigningKey EXPORTER = SigningKey.fromSeed(Hex.decode("02".repeat(32)));
    private static final String ACTOR = "urn:trazo:actor:exporter";
    /**
     * The GS1 company prefixes of the lots the corpus's events open. An EPC URI states its prefix; for
     * a Digital Link or an AI 8003 GRAI the prefix is the one GS1's layout puts first in the key
     * (after the indicator or filler digit), at the length the same company's EPC URIs use where the
     * corpus has one (4012345, 0614141), else at GS1's most common length, seven digits. An actor
     * record lists at most 16 (§8.7), so the rest come as {@link #DELEGATED_PREFIXES}.
     */
    static final List<String> GS1_COMPANY_PREFIXES = List.of("4012345", "0614141", "4023333", "952001", "4012344",
            "952005385", "95252084", "5200001", "4054739", "4047023", "4000001", "9520001",
            "9521141", "3001345", "5201220", "0401234");
    /**
     * GS1's own example prefix, and those of epclist_normalisation's one-of-each-scheme list (978: a
     * book GTIN, seven digits as above), granted to the exporter by governance {@code delegation} records (§8.7).
     */
    static final List<String> DELEGATED_PREFIXES = List.of("9506000", "415056789012", "987659999999", "1234567",
            "999999999999", "9780345");
    private static final StrictJson DOCUMENTS = new StrictJson(new StrictJson.Limits(1 << 20, 64));

    /** One event of one document: its place, whether the corpus calls it valid, and the outcome. */
    record Outcome(String file, int index, boolean valid, String outcome, Optional<String> eventId, String key, String detail,
            Optional<String> withoutEventId) {
        String id() {
            return file + "#" + index;
        }

        boolean accepted() {
            return outcome.equals("ACCEPTED");
        }
    }

    private final List<byte[]> registry;
    private final Verifier verifier = new Verifier(TrustRoot.of(GOVERNANCE.publicKey()), RolePolicy.standard());

    public ConformanceCorpus() {
        Instant from = Instant.parse("1970-01-01T00:00:00Z");
        List<JsonValue> roles = Stream.of("farm", "cooperative", "mill", "exporter", "forwarder", "carrier", "importer",
                "customs_broker", "roaster", "retailer").<JsonValue>map(JsonString::new).toList();
        // v2, because only a v2 actor record's gs1CompanyPrefixes is held to its form and means ownership
        byte[] actor = RecordBuilder.governance(RecordType.ACTOR).version(ProtocolVersion.V2).time(from).body(object(Map.of(
                "id", new JsonString(ACTOR), "name", new JsonString("Exporter"), "roles", new JsonArray(roles),
                "attributes", object(Map.of(LotOwnership.PREFIXES_ATTRIBUTE, new JsonString(String.join(" ", GS1_COMPANY_PREFIXES)))))))
                .sign(GOVERNANCE);
        byte[] key = RecordBuilder.governance(RecordType.KEY).time(from).body(object(Map.of(
                "keyId", new JsonString(EXPORTER.keyId().value()), "actor", new JsonString(ACTOR),
                "publicKey", new JsonString(EXPORTER.publicKey().base64Url()),
                "validFrom", new JsonString(RecordBuilder.formatTime(from))))).sign(GOVERNANCE);
        List<byte[]> entries = new ArrayList<>(List.of(actor, key));
        for (String prefix : DELEGATED_PREFIXES) {
            entries.add(RecordBuilder.governance(RecordType.DELEGATION).version(ProtocolVersion.V2).time(from).body(object(Map.of(
                    "namespace", new JsonString(LotNamespaces.GS1 + prefix), "delegate", new JsonString(ACTOR),
                    "validFrom", new JsonString(RecordBuilder.formatTime(from))))).sign(GOVERNANCE));
        }
        registry = List.copyOf(entries);
    }

    List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>();
        for (Path file : files()) {
            String name = root().relativize(file).toString().replace('\\', '/');
            boolean invalidFile = name.contains("/Invalid/");
            JsonObject document;
            try {
                document = (JsonObject) DOCUMENTS.parse(Files.readAllBytes(file));
            } catch (JsonFormatException e) {
                // Not I-JSON (RFC 7493): no record can carry these bytes, so each event is refused as the parser says.
                out.add(new Outcome(name, -1, !invalidFile, "DOCUMENT_" + e.reason().name(), Optional.empty(),
                        bodyText(file), e.getMessage(), Optional.empty()));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<JsonValue> events = events(document);
            for (int i = 0; i < events.size(); i++) {
                out.add(judge(name, i, !invalidFile, document, events.get(i)));
            }
        }
        return out;
    }

    private Outcome judge(String file, int index, boolean valid, JsonObject document, JsonValue raw) {
        Outcome outcome = judgeOnce(file, index, valid, document, raw);
        if (!outcome.outcome().equals("EVENT_ID_MISMATCH")) {
            return outcome;
        }
        // Many example events carry an illustrative ni: eventID; say what the event gets without it.
        JsonObject original = (JsonObject) raw;
        Map<String, JsonValue> members = new LinkedHashMap<>(original.members());
        members.remove("eventID");
        Outcome bare = judgeOnce(file, index, valid, document, new JsonObject(members));
        return new Outcome(file, index, valid, outcome.outcome(), outcome.eventId(), outcome.key(), outcome.detail(),
                Optional.of(bare.outcome()));
    }

    private Outcome judgeOnce(String file, int index, boolean valid, JsonObject document, JsonValue raw) {
        if (!(raw instanceof JsonObject original)) {
            return new Outcome(file, index, valid, "NOT_AN_OBJECT", Optional.empty(), file + "#" + index, "", Optional.empty());
        }
        JsonObject event = withDocumentContext(document, original);
        // Distinct events are distinct as written: the same event in two documents with different contexts is one.
        String key = new String(Jcs.canonicalize(original), StandardCharsets.UTF_8);
        String eventId;
        try {
            eventId = EpcisEvents.eventHashId(event, "/body/event", ProtocolVersion.V2);
        } catch (RecordException e) {
            eventId = "ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0";
        }
        byte[] record;
        try {
            record = record(event, eventId, ProtocolVersion.V2);
        } catch (RuntimeException e) {
            return new Outcome(file, index, valid, "UNBUILDABLE", Optional.empty(), key, String.valueOf(e), Optional.empty());
        }
        RecordReport report = verify(record);
        String outcome = report.reason().map(f -> f.code().name()).orElse("ACCEPTED");
        String detail = report.reason().map(f -> f.path() + " " + f.message()).orElse("");
        return new Outcome(file, index, valid, outcome, Optional.of(eventId), key, detail, Optional.empty());
    }

    /** Two copies of a document that is not I-JSON are one distinct case when their bodies match, spacing aside. */
    private static String bodyText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int body = text.indexOf("\"epcisBody\"");
            return (body < 0 ? text : text.substring(body)).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event record of {@code version} by the exporter, at the event's own time. */
    static byte[] record(JsonObject event, String eventId, ProtocolVersion version) {
        return record(event, eventId, version, List.of());
    }

    /** As {@link #record(JsonObject, String, ProtocolVersion)}, continuing lot chains with {@code links}. */
    public static byte[] record(JsonObject event, String eventId, ProtocolVersion version, List<Link> links) {
        return RecordBuilder.of(RecordType.EVENT, ACTOR).version(version).time(eventTime(event)).links(links)
                .body(object(Map.of("event", event, "eventId", new JsonString(eventId)))).sign(EXPORTER);
    }

    /** An event record of {@code version} by the exporter, at the event's own time, with its hash ID and {@code links}. */
    static byte[] record(JsonObject event, ProtocolVersion version, List<Link> links) {
        return RecordBuilder.of(RecordType.EVENT, ACTOR).version(version).time(eventTime(event)).links(links)
                .body(object(Map.of("event", event, "eventId", new JsonString(EpcisEvents.eventHashId(event, "/body/event", version)))))
                .sign(EXPORTER);
    }

    /** Verifies records together, after the exporter's registration; their reports, in order. */
    List<RecordReport> verifyAll(List<byte[]> records) {
        List<byte[]> set = new ArrayList<>(registry);
        set.addAll(records);
        return verifier.verify(set).records().subList(registry.size(), set.size());
    }

    /** The exporter's registration (v2 actor record with its GS1 company prefixes, key, delegations), in append order. */
    public List<byte[]> registry() {
        return registry;
    }

    /** The trust-root key that signed {@link #registry()}. */
    public static PublicKey governanceKey() {
        return GOVERNANCE.publicKey();
    }

    /** Verifies one record after the exporter's registration; the report of that record. */
    RecordReport verify(byte[] record) {
        List<byte[]> set = new ArrayList<>(registry);
        set.add(record);
        return verifier.verify(set).records().get(registry.size());
    }

    public static JsonObject withDocumentContext(JsonObject document, JsonObject event) {
        return EpcisDocuments.withDocumentContext(document, event);
    }

    /** The record time is the event's own time; an unreadable one gets a fixed time, and the verifier says why. */
    private static Instant eventTime(JsonObject event) {
        try {
            return OffsetDateTime.parse(((JsonString) event.get("eventTime").orElseThrow()).value()).toInstant();
        } catch (RuntimeException e) {
            return Instant.parse("2020-01-01T00:00:00Z");
        }
    }

    public static List<JsonValue> events(JsonObject document) {
        Optional<JsonObject> body = document.get("epcisBody").filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
        Optional<JsonValue> list = body.flatMap(b -> b.get("eventList"));
        if (list.isEmpty()) {
            list = body.flatMap(b -> b.get("queryResults")).filter(JsonObject.class::isInstance)
                    .flatMap(q -> ((JsonObject) q).get("resultsBody")).filter(JsonObject.class::isInstance)
                    .flatMap(r -> ((JsonObject) r).get("eventList"));
        }
        if (list.isEmpty() && body.flatMap(b -> b.get("event")).isPresent()) {
            return List.of(body.get().get("event").get());
        }
        if (list.isEmpty() && document.get("type").filter(t -> t instanceof JsonString s && s.value().endsWith("Event")).isPresent()) {
            return List.of(document);
        }
        return list.map(l -> l instanceof JsonArray a ? a.elements() : List.<JsonValue>of()).orElse(List.of());
    }

    /** Published event hash IDs, line by line, for documents that have a {@code .hashes} file. */
    static Optional<List<String>> publishedHashes(String file) {
        Path hashes = root().resolve(file.replaceAll("\\.jsonld$", ".hashes"));
        if (!file.endsWith(".jsonld") || !Files.exists(hashes)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(hashes).stream().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonld")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        try {
            return Path.of(ConformanceCorpus.class.getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(Map<String, JsonValue> members) {
        return new JsonObject(new LinkedHashMap<>(members));
    }
}
