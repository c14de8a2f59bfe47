package io.trazo.cli;

import io.trazo.ledger.chain.HeadTracker;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisDocuments;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.EventHashException;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Turns an EPCIS 2.0 JSON-LD document from an exporter's own system into signed protocol v2 event
 * records, one per event, in document order (docs/protocol.md §9.2). Each event keeps its document's
 * context, so its {@code eventId} is the hash the exporter's GS1 tools computed. Links name each
 * lot's head: from the records of this document first, then {@code --ledger} (offline) or the query
 * API's {@code GET /lots/{lot}} ({@code --query-url}); a lot neither knows starts a chain. The records
 * are printed (and appended to {@code --out}) as JSON lines for {@code trazo publish}.
 */
@Command(name = "sign-epcis", description = "Sign every event of an EPCIS 2.0 JSON-LD document as a v2 record, linked to the ledger's lot heads.")
final class SignEpcisCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--document", required = true, description = "EPCIS 2.0 JSON-LD document (EPCISDocument or EPCISQueryDocument).")
    Path document;

    /** The actor that performed the events, with its own key. */
    @Mixin
    SignerOptions signer = new SignerOptions();

    @Option(names = "--ledger", description = "Records so far (.jsonl), for lot heads offline.")
    Path ledger;

    @Option(names = "--query-url", description = "query-service base URL, for lot heads from the ledger.")
    String queryUrl;

    @Option(names = "--out", description = "Append the signed records to this .jsonl file.")
    Path out;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        JsonObject doc = (JsonObject) new StrictJson(new StrictJson.Limits(32 << 20, 64)).parse(Files.readAllBytes(document));
        SigningKey key = signer.signingKey();
        HeadTracker local = offlineHeads();
        List<byte[]> records = new ArrayList<>();
        List<JsonObject> events;
        try {
            events = EpcisDocuments.eventsWithContext(doc);
        } catch (EventHashException e) {
            spec.commandLine().getErr().println("trazo sign-epcis: " + e.getMessage());
            return 1;
        }
        for (int i = 0; i < events.size(); i++) {
            JsonObject event = events.get(i);
            try {
                EpcisEvent read = EpcisEvents.read(event, "/event", ProtocolVersion.V2);
                List<Link> links = new ArrayList<>();
                for (String lot : read.lots()) {
                    head(local, lot).ifPresent(h -> links.add(new Link(lot, h)));
                }
                byte[] wire = RecordBuilder.of(RecordType.EVENT, signer.actor).version(ProtocolVersion.V2).time(read.eventTime())
                        .links(links).body(EventBodies.body(event, List.of(), List.of(), ProtocolVersion.V2)).sign(key);
                SignedRecord record = RecordCodec.parse(wire);
                EventRecords.read(record);
                local.advance(read.lots(), record.hash());
                records.add(wire);
            } catch (RecordException e) {
                spec.commandLine().getErr().println("trazo sign-epcis: event " + i + ": " + e.code() + " " + e.path() + " " + e.detail());
                return 1;
            }
        }
        for (byte[] wire : records) {
            if (out != null) {
                RecordFiles.append(out, wire);
            }
            spec.commandLine().getOut().println(new String(wire, StandardCharsets.UTF_8));
        }
        return 0;
    }

    private HeadTracker offlineHeads() throws Exception {
        HeadTracker heads = new HeadTracker();
        if (ledger != null && Files.exists(ledger)) {
            for (byte[] wire : RecordFiles.read(List.of(ledger))) {
                SignedRecord r = RecordCodec.parse(wire);
                if (r.type() == RecordType.EVENT) {
                    heads.advance(EventRecords.read(r).event().lots(), r.hash());
                }
            }
        }
        return heads;
    }

    /** The lot's head: this document's and --ledger's first, then the query API's; empty for a new lot. */
    private Optional<Digest> head(HeadTracker local, String lot) throws Exception {
        Optional<Digest> known = local.head(lot);
        if (known.isPresent() || queryUrl == null) {
            return known;
        }
        URI uri = URI.create(queryUrl.replaceAll("/+$", "") + "/lots/" + URLEncoder.encode(lot, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        JsonObject summary = (JsonObject) new StrictJson(new StrictJson.Limits(32 << 20, 64)).parse(response.body());
        return summary.get("head").filter(JsonString.class::isInstance).map(h -> Digest.fromHex(((JsonString) h).value()));
    }
}
