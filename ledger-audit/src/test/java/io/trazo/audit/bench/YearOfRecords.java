package io.trazo.audit.bench;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import com.google.openlocationcode.OpenLocationCode;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.chain.HeadTracker;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A year of one cooperative's certified trade, as signed records in log order, for the mass-balance
 * benchmark (docs/benchmarks.md §Audits): {@code farms} organic farms, each registered with its key, plot
 * and a certificate for the year; {@code deliveries} harvests per farm over the year, each delivered to the
 * cooperative in a co-signed handover; the cooperative wet-mills each day's cherry into one parchment lot,
 * hands it to the dry mill, which mills it to green and hands that to the exporter. About
 * {@code 4 × farms + 2 × farms × deliveries + 4 × working days} records. Deterministic for a seed.
 */
public final class YearOfRecords {

    public static final String COOPERATIVE = "urn:trazo:actor:bench-coop";
    public static final String MILL = "urn:trazo:actor:bench-mill";
    public static final String EXPORTER = "urn:trazo:actor:bench-exporter";
    public static final String CERTIFIER = "urn:trazo:actor:bench-certifier";
    private static final String YEAR_START = "2026-01-01T00:00:00.000Z";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    /** Five days a week from 5 January: 250 working days end on 20 December. */
    private static final int WORKING_DAYS = 250;
    private static final java.time.format.DateTimeFormatter EVENT_TIME = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT);

    private final SigningKey governance = new DemoParties().governance();
    private final HeadTracker heads = new HeadTracker();
    private final List<byte[]> records = new ArrayList<>();
    private final Random random;

    private YearOfRecords(long seed) {
        this.random = new Random(seed);
    }

    /** The year's records, registry first, then the days in order. */
    public static List<byte[]> generate(int farms, int deliveries, long seed) {
        YearOfRecords y = new YearOfRecords(seed);
        y.registry(farms);
        y.year(farms, deliveries);
        return y.records;
    }

    /**
     * {@code count} further deliveries (a harvest and its handover each) after the year, continuing its
     * chains: the incremental measurement folds them one at a time into the year's state.
     */
    public static List<byte[]> later(List<byte[]> year, int farms, int count, long seed) {
        YearOfRecords y = new YearOfRecords(seed);
        List<Digest> certificates = new ArrayList<>();
        for (byte[] w : year) {
            if (RecordCodec.parse(w).type() == RecordType.CERTIFICATE) {
                certificates.add(RecordCodec.parse(w).hash());
            }
        }
        for (int i = 0; i < count; i++) {
            int farm = i % farms;
            y.deliver(farm, certificates.get(farm), LocalDate.of(2026, 12, 28), 100_000 + i);
        }
        return y.records;
    }

    private void registry(int farms) {
        actor(COOPERATIVE, "Cooperativa de banco de pruebas", "cooperative", "mill");
        actor(MILL, "Trilladora de banco de pruebas", "mill");
        actor(EXPORTER, "Exportadora de banco de pruebas", "exporter");
        actor(CERTIFIER, "Certificadora de banco de pruebas", "certifier");
        for (int f = 0; f < farms; f++) {
            actor(farm(f), "Finca " + f, "farm");
        }
        for (int f = 0; f < farms; f++) {
            double lat = 4.5 + (f % 100) * 0.01 + random.nextDouble() * 0.005;
            double lon = -75.9 + (f / 100) * 0.01 + random.nextDouble() * 0.005;
            String latText = String.format(Locale.ROOT, "%.6f", lat);
            String lonText = String.format(Locale.ROOT, "%.6f", lon);
            signed(RecordType.PLOT, farm(f), YEAR_START, obj("plotId", plot(f), "owner", farm(f), "name", "Lote " + f, "country", "CO",
                    "areaHa", "2.5", "plusCode", new OpenLocationCode(Double.parseDouble(latText), Double.parseDouble(lonText)).getCode(),
                    "geometry", obj("type", "Point", "coordinates", arr(lonText, latText))));
            signed(RecordType.CERTIFICATE, CERTIFIER, YEAR_START, obj("certificateId", "BENCH-ORG-2026-" + f, "claim", "organic",
                    "standard", "EU 2018/848", "subject", obj("actor", farm(f), "plots", arr(plot(f))), "scope", "Coffee cherry",
                    "validFrom", YEAR_START, "validUntil", "2027-01-01T00:00:00.000Z",
                    "evidence", obj("sha256", Digest.sha256(("bench " + f).getBytes(StandardCharsets.UTF_8)).hex(), "mediaType",
                            "application/pdf")));
        }
    }

    private void actor(String id, String name, String... roles) {
        append(RecordBuilder.governance(RecordType.ACTOR).time(Instant.parse(YEAR_START))
                .body(obj("id", id, "name", name, "roles", arr((Object[]) roles))).sign(governance));
        SigningKey key = DemoParties.seeded(id);
        append(RecordBuilder.governance(RecordType.KEY).time(Instant.parse(YEAR_START)).body(obj("keyId", key.keyId().value(),
                "actor", id, "publicKey", key.publicKey().base64Url(), "validFrom", YEAR_START)).sign(governance));
    }

    private void year(int farms, int deliveries) {
        List<Digest> certificates = new ArrayList<>();
        for (byte[] w : records) {
            if (RecordCodec.parse(w).type() == RecordType.CERTIFICATE) {
                certificates.add(RecordCodec.parse(w).hash());
            }
        }
        // each farm delivers on `deliveries` days spread over the year: the days are shuffled, not clustered
        List<List<Integer>> byDay = new ArrayList<>();
        for (int d = 0; d < WORKING_DAYS; d++) {
            byDay.add(new ArrayList<>());
        }
        for (int f = 0; f < farms; f++) {
            for (int k = 0; k < deliveries; k++) {
                byDay.get(random.nextInt(WORKING_DAYS)).add(f);
            }
        }
        int serial = 0;
        for (int d = 0; d < WORKING_DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d + d / 5 * 2);
            List<JsonValue> cherry = new ArrayList<>();
            long kg = 0;
            for (int f : byDay.get(d)) {
                long harvested = deliver(f, certificates.get(f), day, serial++);
                cherry.add(quantity(cherryLot(f, serial - 1), harvested));
                kg += harvested;
            }
            if (!cherry.isEmpty()) {
                mill(day, d, cherry, kg);
            }
        }
    }

    /** A harvest with its claim, then the co-signed handover to the cooperative. @return the kilograms */
    private long deliver(int farm, Digest certificate, LocalDate day, int serial) {
        long kg = 50 + random.nextInt(350);
        String lot = cherryLot(farm, serial);
        event(farm(farm), null, time(day, 7), obj("type", "ObjectEvent", "eventTime", time(day, 7), "eventTimeZoneOffset", "-05:00",
                "action", "ADD", "bizStep", Vocabulary.trazoStep("harvesting"), "bizLocation", obj("id", plot(farm)),
                "quantityList", arr(quantity(lot, kg)), "ilmd", obj("trazo:productForm", "cherry")),
                List.of(obj("certificate", certificate.hex())));
        event(COOPERATIVE, farm(farm), time(day, 15), obj("type", "ObjectEvent", "eventTime", time(day, 15),
                "eventTimeZoneOffset", "-05:00", "action", "OBSERVE", "bizStep", "receiving", "quantityList", arr(quantity(lot, kg))), List.of());
        return kg;
    }

    /** The day's cherry, wet-milled at 0.2 into one parchment lot, dry-milled at 0.8, handed on at each step. */
    private void mill(LocalDate day, int d, List<JsonValue> cherry, long kg) {
        String parchment = "urn:trazo:lot:bench-coop:parchment-" + d;
        String green = "urn:trazo:lot:bench-mill:green-" + d;
        long parchmentKg = kg / 5;
        long greenKg = parchmentKg * 4 / 5;
        transform(COOPERATIVE, time(day, 18), "wet_milling", cherry, quantity(parchment, parchmentKg), "parchment");
        event(MILL, COOPERATIVE, time(day, 20), obj("type", "ObjectEvent", "eventTime", time(day, 20), "eventTimeZoneOffset", "-05:00",
                "action", "OBSERVE", "bizStep", "receiving", "quantityList", arr(quantity(parchment, parchmentKg))), List.of());
        transform(MILL, time(day, 21), "dry_milling", List.of(quantity(parchment, parchmentKg)), quantity(green, greenKg), "green");
        event(EXPORTER, MILL, time(day, 22), obj("type", "ObjectEvent", "eventTime", time(day, 22), "eventTimeZoneOffset", "-05:00",
                "action", "OBSERVE", "bizStep", "receiving", "quantityList", arr(quantity(green, greenKg))), List.of());
    }

    private void transform(String actor, String time, String step, List<JsonValue> in, JsonObject out, String form) {
        event(actor, null, time, obj("type", "TransformationEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00",
                "bizStep", Vocabulary.trazoStep(step), "inputQuantityList", arr(in.toArray()), "outputQuantityList", arr(out),
                "ilmd", obj("trazo:productForm", form)), List.of());
    }

    private void event(String actor, String counterparty, String time, JsonObject epcis, List<JsonValue> claims) {
        Set<String> lots = EpcisEvents.read(epcis, "/body/event").lots();
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, actor).time(java.time.OffsetDateTime.parse(time).toInstant())
                .links(heads.linksFor(lots)).body(EventBodies.body(epcis, claims, List.of()));
        if (counterparty != null) {
            b.counterparty(counterparty);
        }
        byte[] wire = counterparty == null ? b.sign(DemoParties.seeded(actor))
                : b.sign(DemoParties.seeded(actor), DemoParties.seeded(counterparty));
        heads.advance(lots, append(wire));
    }

    private void signed(RecordType type, String actor, String time, JsonObject body) {
        append(RecordBuilder.of(type, actor).time(Instant.parse(time)).body(body).sign(DemoParties.seeded(actor)));
    }

    private Digest append(byte[] wire) {
        records.add(wire);
        return RecordCodec.parse(wire).hash();
    }

    private static String time(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(-5)).format(EVENT_TIME);
    }

    static String farm(int f) {
        return "urn:trazo:actor:bench-farm-" + f;
    }

    private static String plot(int f) {
        return "urn:trazo:plot:bench-farm-" + f + ":lote-1";
    }

    private static String cherryLot(int f, int serial) {
        return "urn:trazo:lot:bench-farm-" + f + ":cherry-" + serial;
    }

    private static JsonObject quantity(String lot, long kg) {
        return obj("epcClass", lot, "quantity", kg, "uom", "KGM");
    }
}
