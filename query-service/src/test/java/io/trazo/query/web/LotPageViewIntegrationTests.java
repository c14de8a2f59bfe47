package io.trazo.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.mongo.LedgerCollections;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.MongoTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The lot's page view ({@code /lots/{lot}/page}) says what the separate endpoints say, part for part, over the v1 and
 * v2 demo journeys (the v2 one carries extension fields, a price with consent and located places), and costs the
 * store fewer round trips than the calls it replaces.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LotPageViewIntegrationTests {

    private static final MongoTarget MONGO = MongoTarget.shared();
    private static final com.mongodb.client.MongoDatabase DATABASE = MONGO.freshDatabase("trazo-pageview-");
    private static final AtomicInteger COMMANDS = new AtomicInteger();
    private static final AtomicInteger HEAD_READS = new AtomicInteger();
    /** The record hashes each {@code records} read by {@code _id} asked for, in order; null while not recording. */
    private static volatile List<String> recordReads;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        MongoLedgerStore store = JourneyLedger.fill(new MongoLedgerStore(DATABASE).ensureIndexes());
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        for (byte[] wire : CoffeeJourneyV2.records()) {
            AppendOutcome outcome = appender.append(wire);
            assertThat(outcome).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class);
        }
    }

    @TestConfiguration
    static class CountedStore {
        @Bean
        MongoClientSettingsBuilderCustomizer countCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    COMMANDS.incrementAndGet();
                    if (event.getCommandName().equals("find")
                            && event.getCommand().getString("find").getValue().equals(LedgerCollections.LOT_HEADS)) {
                        HEAD_READS.incrementAndGet();
                    }
                    List<String> reads = recordReads;
                    if (reads != null && event.getCommandName().equals("find")
                            && event.getCommand().getString("find").getValue().equals(LedgerCollections.RECORDS)) {
                        idsOf(event.getCommand().getDocument("filter")).forEach(reads::add);
                    }
                }
            });
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("trazo.query.database", DATABASE::getName);
    }

    @Value("${local.server.port}")
    int port;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String lotPath(String lot) {
        return "/lots/" + UriUtils.encodePathSegment(lot, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {CoffeeJourney.RETAIL, CoffeeJourneyV2.RETAIL, CoffeeJourney.CHERRY_ORGANIC})
    void eachPartIsWhatItsOwnEndpointSays(String lot) throws Exception {
        JsonNode page = get(lotPath(lot) + "/page");
        assertThat(page.path("version")).as("the view's version, which a front end caches the page under").isEqualTo(get(lotPath(lot) + "/head"));
        assertThat(page.path("summary")).isEqualTo(get(lotPath(lot)));
        assertProjection("verification", page.path("verification"), get(lotPath(lot) + "/verification"));
        assertThat(page.path("verification").path("ok").asBoolean()).isTrue();
        assertProjection("journey", page.path("journey"), get(lotPath(lot) + "/trace/upstream?view=journey"));
        for (JsonNode claim : page.path("summary").path("claims")) {
            JsonNode body = get("/records/" + claim.path("certificate").asString()).path("body");
            JsonNode validity = page.path("certificates").path(claim.path("certificate").asString());
            assertThat(validity.path("validFrom").asString()).isEqualTo(body.path("validFrom").asString());
            assertThat(validity.path("validUntil").isNull() ? null : validity.path("validUntil").asString())
                    .isEqualTo(body.path("validUntil").isMissingNode() ? null : body.path("validUntil").asString());
        }
        assertThat(page.path("actors").size()).isPositive();
        for (Map.Entry<String, JsonNode> a : page.path("actors").properties()) {
            assertThat(a.getValue().asString()).as(a.getKey()).isEqualTo(get("/actors/" + a.getKey()).path("name").asString());
        }
        for (Map.Entry<String, JsonNode> e : page.path("extensions").properties()) {
            JsonNode event = get("/records/" + e.getKey()).path("body").path("event");
            e.getValue().path("event").properties().forEach(m -> assertThat(m.getValue()).isEqualTo(event.path(m.getKey())));
            e.getValue().path("ilmd").properties().forEach(m -> assertThat(m.getValue()).isEqualTo(event.path("ilmd").path(m.getKey())));
        }
        if (lot.equals(CoffeeJourneyV2.RETAIL)) {
            List<String> members = new ArrayList<>();
            page.path("extensions").forEach(e -> { members.addAll(e.path("event").propertyNames()); members.addAll(e.path("ilmd").propertyNames()); });
            assertThat(members).contains("trazo:pricePaid", "trazo:roastDate", "trazo:variety");
        }
    }

    /**
     * The page view's verification and journey are what their endpoints say, cut to what the page shows: every member
     * kept has its endpoint's value, nothing is added, and the members the page never shows are gone (issue 18: they
     * made the page view ~100 KB for a lot with an 87-record evidence set).
     */
    private static void assertProjection(String where, JsonNode part, JsonNode full) {
        if (part.isObject()) {
            assertThat(full.isObject()).as(where).isTrue();
            part.properties().forEach(m -> {
                assertThat(full.has(m.getKey())).as(where + "." + m.getKey() + " is a member of the endpoint's answer").isTrue();
                assertProjection(where + "." + m.getKey(), m.getValue(), full.path(m.getKey()));
            });
        } else if (part.isArray()) {
            assertThat(part.size()).as(where + " length").isEqualTo(full.size());
            for (int i = 0; i < part.size(); i++) {
                assertProjection(where + "[" + i + "]", part.get(i), full.get(i));
            }
        } else {
            assertThat(part).as(where).isEqualTo(full);
        }
    }

    @Test
    void thePageViewLeavesOutWhatThePageNeverShows() throws Exception {
        JsonNode page = get(lotPath(CoffeeJourney.RETAIL) + "/page");
        JsonNode report = page.path("verification").path("reports").path(0);
        assertThat(report.has("hash") && report.has("signatures") && report.has("findings")).isTrue();
        assertThat(report.has("links") || report.has("position") || report.has("index") || report.has("canonical")).isFalse();
        JsonNode step = page.path("journey").path("steps").path(0);
        assertThat(step.has("record") && step.has("bizStep") && step.has("quantities")).isTrue();
        assertThat(step.has("inputs") || step.has("outputs") || step.has("eventType") || step.has("bizLocation")).isFalse();
        assertThat(step.path("quantities").path(0).has("lot")).isFalse();
    }

    /** The walk's memo holds the record, so only the evidence re-check sees the change: as on /verification, no 500. */
    @Test
    void evidenceChangedInTheStoreFailsThePagesVerificationAndTheOtherPartsStillAnswer() throws Exception {
        String lot = lotPath(CoffeeJourney.RETAIL);
        get(lot + "/page");  // twice, as /verification's own tests warm it: then the walk takes every record from its memo
        JsonNode warm = get(lot + "/page");
        assertThat(warm.path("verification").path("ok").asBoolean()).isTrue();
        String hash = null;
        for (JsonNode step : warm.path("journey").path("steps")) {
            if (step.path("bizStep").asString().endsWith("shipping")) {
                hash = step.path("record").asString();
            }
        }
        MongoCollection<Document> records = DATABASE.getCollection(LedgerCollections.RECORDS);
        byte[] wire = records.find(Filters.eq("_id", hash)).first().get("wire", Binary.class).getData();
        String altered = new String(wire, StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2027-");
        records.updateOne(Filters.eq("_id", hash), Updates.set("wire", new Binary(altered.getBytes(StandardCharsets.UTF_8))));
        try {
            JsonNode page = get(lot + "/page");
            assertThat(page.path("verification").path("ok").asBoolean()).isFalse();
            assertThat(page.path("verification").path("store").path("check").asString()).isEqualTo("record-hash");
            assertThat(page.path("verification").path("store").path("record").asString()).isEqualTo(hash);
            assertThat(page.path("summary")).isEqualTo(warm.path("summary"));
            assertThat(page.path("journey")).isEqualTo(warm.path("journey"));
            assertThat(page.path("certificates")).isEqualTo(warm.path("certificates"));
        } finally {
            records.updateOne(Filters.eq("_id", hash), Updates.set("wire", new Binary(wire)));
        }
        assertThat(get(lot + "/page").path("verification").path("ok").asBoolean()).isTrue();
    }

    private static List<String> idsOf(BsonDocument filter) {
        if (!filter.containsKey("_id")) {
            return List.of();
        }
        BsonValue id = filter.get("_id");
        if (id.isString()) {
            return List.of(id.asString().getValue());
        }
        return id.asDocument().getArray("$in").stream().map(v -> v.asString().getValue()).toList();
    }

    /**
     * The walk reads from the store the records its memo does not hold; the evidence re-check (docs/operations.md, "The
     * buyer's page cache") reads again only what came from that memo, not what this very request has just read. So no
     * record is asked twice by one page view, while the memo's records still are asked once (as the tampering test
     * above needs).
     */
    @ParameterizedTest
    @ValueSource(strings = {CoffeeJourney.ROASTED, CoffeeJourneyV2.RETAIL})
    void aPageViewAsksTheStoreForEachEvidenceRecordOnce(String lot) throws Exception {
        get(lotPath(lot) + "/page");  // the actor names and places a page remembers, and the walk's memo, settle first
        get(lotPath(lot) + "/page");
        List<String> reads = java.util.Collections.synchronizedList(new ArrayList<>());
        recordReads = reads;
        JsonNode page;
        try {
            page = get(lotPath(lot) + "/page");
        } finally {
            recordReads = null;
        }
        assertThat(page.path("verification").path("ok").asBoolean()).isTrue();
        List<String> evidence = new ArrayList<>();
        page.path("verification").path("reports").forEach(r -> evidence.add(r.path("hash").asString()));
        assertThat(evidence).hasSize(page.path("verification").path("records").asInt()).isNotEmpty();
        assertThat(evidence).allSatisfy(h -> assertThat(java.util.Collections.frequency(reads, h)).as("reads of " + h).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {CoffeeJourney.RETAIL, CoffeeJourneyV2.RETAIL})
    void thePageViewCostsTheStoreFewerRoundTripsThanTheCallsItReplaces(String lot) throws Exception {
        get(lotPath(lot) + "/page");  // both ways warm alike: parsed records and checked signatures are memoised by hash
        int before = COMMANDS.get();
        JsonNode page = get(lotPath(lot) + "/page");
        int pageView = COMMANDS.get() - before;
        before = COMMANDS.get();
        get(lotPath(lot));
        get(lotPath(lot) + "/verification");
        get(lotPath(lot) + "/trace/upstream?view=journey");
        for (JsonNode step : page.path("journey").path("steps")) {
            get("/records/" + step.path("record").asString());
        }
        for (JsonNode claim : page.path("summary").path("claims")) {
            get("/records/" + claim.path("certificate").asString());
        }
        int separate = COMMANDS.get() - before;
        System.out.printf("store round trips for %s: page view %d, separate calls %d%n", lot, pageView, separate);
        assertThat(pageView).isLessThan(separate);
    }

    /** The head read for the view's version is the walk's start: the walk does not read it a second time. */
    @ParameterizedTest
    @ValueSource(strings = {CoffeeJourney.RETAIL, CoffeeJourneyV2.RETAIL})
    void aPageViewReadsItsLotsHeadOnce(String lot) throws Exception {
        int before = HEAD_READS.get();
        JsonNode page = get(lotPath(lot) + "/page");
        assertThat(HEAD_READS.get() - before).isEqualTo(1);
        assertThat(page.path("verification").path("ok").asBoolean()).isTrue();
        assertThat(page.path("version").path("head").asString()).isEqualTo(page.path("summary").path("head").asString());
    }
}
