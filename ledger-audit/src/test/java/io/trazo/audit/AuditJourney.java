package io.trazo.audit;

import static io.trazo.demo.DemoParties.*;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds audit test journeys from real signed records (the demo's public keys): a registry, three plots
 * with EUDR-grade geometry (6 decimals), and the certifier's organic, EUDR and women-produced
 * certificates; then whatever events a test needs. Certificate status records are v2 records, whose
 * envelope the core does not sign yet: they are built unsigned, hashed under the v2 domain string,
 * and handed to the audit as the protocol names their members.
 */
final class AuditJourney {

    static final String PLOT_WOMEN = "urn:trazo:plot:asomucafe-villamaria:la-cumbre";
    static final String PLOT_WOMEN_SECOND = "urn:trazo:plot:asomucafe-villamaria:la-hondonada";
    static final String PLOT_ORGANIC = "urn:trazo:plot:finca-el-mirador:el-mirador-alto";

    private final JourneyBuilder j = new JourneyBuilder(new DemoParties());
    private final List<AuditRecord> records = new ArrayList<>();
    private int signedSeen;
    final Digest organic;
    final Digest eudr;
    final Digest women;

    AuditJourney() {
        for (String[] a : new String[][] {{FARM_WOMEN, "Asociación de Mujeres Caficultoras de Villamaría", "farm"},
                {FARM_ORGANIC, "Finca El Mirador", "farm"}, {COOPERATIVE, "Cooperativa de Caficultores de Caldas", "cooperative,mill"},
                {EXPORTER, "Exportadora Andina S.A.S.", "mill,exporter"}, {CARRIER, "Naviera del Pacífico", "carrier,forwarder"},
                {IMPORTER, "Pacific Green Imports LLC", "importer"}, {ROASTER, "Rose City Roasters", "roaster,retailer"},
                {CERTIFIER, "BioCert Andes", "certifier"}}) {
            j.governance(RecordType.ACTOR, "2026-01-05T12:00:00.000Z", obj("id", a[0], "name", a[1],
                    "roles", arr((Object[]) a[2].split(",")), "attributes", obj("country", a[0].equals(IMPORTER) || a[0].equals(ROASTER) ? "US" : "CO")));
            var key = new DemoParties().key(a[0]).publicKey();
            j.governance(RecordType.KEY, "2026-01-05T12:00:00.000Z", obj("keyId", key.keyId().value(), "actor", a[0],
                    "publicKey", key.base64Url(), "validFrom", "2026-01-05T12:00:00.000Z"));
        }
        j.signed(RecordType.PLOT, FARM_WOMEN, "2026-02-01T15:00:00.000Z", obj("plotId", PLOT_WOMEN, "owner", FARM_WOMEN,
                "name", "La Cumbre", "country", "CO", "areaHa", "2.8", "plusCode", "67Q62GQ9+3F",
                "geometry", obj("type", "Point", "coordinates", arr("-75.481296", "5.037714"))));
        j.signed(RecordType.PLOT, FARM_WOMEN, "2026-02-01T15:30:00.000Z", obj("plotId", PLOT_WOMEN_SECOND, "owner", FARM_WOMEN,
                "name", "La Hondonada", "country", "CO", "areaHa", "1.9", "plusCode", "67Q62GR5+C4",
                "geometry", obj("type", "Point", "coordinates", arr("-75.492210", "5.041105"))));
        j.signed(RecordType.PLOT, FARM_ORGANIC, "2026-02-01T16:00:00.000Z", obj("plotId", PLOT_ORGANIC, "owner", FARM_ORGANIC,
                "name", "El Mirador Alto", "country", "CO", "areaHa", "5.6", "plusCode", "67Q62FWX+RH",
                "geometry", obj("type", "Polygon", "coordinates", arr(arr(arr("-75.502013", "5.046012"), arr("-75.499987", "5.046018"),
                        arr("-75.500004", "5.048231"), arr("-75.502031", "5.048207"), arr("-75.502013", "5.046012"))))));
        organic = certificate("BCA-ORG-2026-0413", "organic", "EU 2018/848 and USDA NOP", FARM_ORGANIC, PLOT_ORGANIC, "12000");
        eudr = certificate("BCA-EUDR-2026-0192", "eudr_deforestation_free", "Regulation (EU) 2023/1115", FARM_ORGANIC, PLOT_ORGANIC, null);
        women = certificate("BCA-WP-2026-0087", "women_produced", "IWCA women-produced coffee", FARM_WOMEN, PLOT_WOMEN, null);
    }

    private Digest certificate(String number, String claim, String standard, String actor, String plot, String cap) {
        return j.signed(RecordType.CERTIFICATE, CERTIFIER, "2026-03-10T14:00:00.000Z", obj("certificateId", number, "claim", claim,
                "standard", standard, "subject", obj("actor", actor, "plots", arr(plot)), "scope", "Coffee from the named plots",
                "validFrom", "2026-03-01T00:00:00.000Z", "validUntil", "2027-03-01T00:00:00.000Z",
                "evidence", obj("sha256", Digest.sha256(number.getBytes(StandardCharsets.UTF_8)).hex(), "mediaType", "application/pdf"),
                "volumeLimit", cap == null ? null : obj("amount", cap, "uom", "KGM")));
    }

    Digest harvest(String actor, String time, String plot, String lot, long kg, Digest... claims) {
        List<JsonValue> refs = new ArrayList<>();
        for (Digest c : claims) {
            refs.add(obj("certificate", c.hex()));
        }
        return j.event(actor, null, obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "ADD",
                "bizStep", Vocabulary.trazoStep("harvesting"), "bizLocation", obj("id", plot),
                "quantityList", arr(q(lot, kg)), "ilmd", obj("trazo:productForm", "cherry")), refs, List.of());
    }

    /** A handover of {@code kg} of {@code lot}: the receiver signs a receiving step, the giver co-signs. */
    Digest receive(String receiver, String giver, String time, String lot, long kg, Digest... claims) {
        return j.event(receiver, giver, obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE",
                "bizStep", "receiving", "quantityList", arr(q(lot, kg))), refs(claims), List.of());
    }

    /** A handover the giver signs as shipping; the receiver co-signs. */
    Digest ship(String giver, String receiver, String time, String lot, long kg, Digest... claims) {
        return j.event(giver, receiver, obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE",
                "bizStep", "shipping", "quantityList", arr(q(lot, kg))), refs(claims), List.of());
    }

    private static List<JsonValue> refs(Digest... claims) {
        List<JsonValue> refs = new ArrayList<>();
        for (Digest c : claims) {
            refs.add(obj("certificate", c.hex()));
        }
        return refs;
    }

    Digest transform(String actor, String time, String step, String form, List<JsonObject> in, List<JsonObject> out, String ratio,
            Digest... claims) {
        List<JsonValue> refs = new ArrayList<>();
        for (Digest c : claims) {
            refs.add(obj("certificate", c.hex()));
        }
        return j.event(actor, null, obj("type", "TransformationEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00",
                "bizStep", Vocabulary.trazoStep(step), "inputQuantityList", arr(in.toArray()), "outputQuantityList", arr(out.toArray()),
                "ilmd", obj("trazo:productForm", form, "trazo:conversionRatio", ratio)), refs, List.of());
    }

    /** A v2 certificate_status record by the certifier (unsigned here: see the class comment). */
    Digest status(String signer, String time, Digest certificate, String status, String effectiveFrom, String reason) {
        sync();
        JsonObject record = obj("v", 2, "type", "certificate_status", "actor", signer, "time", time,
                "body", obj("certificate", certificate.hex(), "status", status, "effectiveFrom", effectiveFrom, "reason", reason));
        Digest hash = Digest.sha256("trazo:record:v2\0".getBytes(StandardCharsets.US_ASCII), Jcs.canonicalize(record));
        records.add(AuditRecord.unparsed(hash, "certificate_status", signer, Instant.parse(time), (JsonObject) record.get("body").orElseThrow()));
        return hash;
    }

    /**
     * A v2 event, signed like any other (both parties for a handover): v2 is what allows a decimal
     * quantity such as 200.5 KGM, or none at all. It links to the lots' heads as the journey keeps them.
     */
    Digest v2Event(String actor, String counterparty, JsonObject epcis, Digest... claims) {
        sync();
        Set<String> lots = EpcisEvents.read(epcis, "/body/event", ProtocolVersion.V2).lots();
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, actor).version(ProtocolVersion.V2)
                .time(OffsetDateTime.parse(((JsonString) epcis.get("eventTime").orElseThrow()).value()).toInstant())
                .links(j.heads().linksFor(lots)).body(EventBodies.body(epcis, refs(claims), List.of(), ProtocolVersion.V2));
        DemoParties parties = new DemoParties();
        if (counterparty != null) {
            b.counterparty(counterparty);
        }
        byte[] wire = counterparty == null ? b.sign(parties.key(actor)) : b.sign(parties.key(actor), parties.key(counterparty));
        SignedRecord record = RecordCodec.parse(wire);
        records.add(AuditRecord.of(record));
        j.heads().advance(lots, record.hash());
        return record.hash();
    }

    /** A quantity element with an exact decimal amount, which only v2 accepts. */
    static JsonObject q(String lot, String kg) {
        return obj("epcClass", lot, "quantity", new JsonNumber(new BigDecimal(kg), false), "uom", "KGM");
    }

    /** A quantity element that names the lot and states no amount (EPCIS 2.0 §7.3.3.3; v2 only). */
    static JsonObject unquantified(String lot) {
        return obj("epcClass", lot);
    }

    static JsonObject q(String lot, long kg) {
        return obj("epcClass", lot, "quantity", kg, "uom", "KGM");
    }

    List<byte[]> signed() {
        return j.records();
    }

    /** Every record so far, in the order built. */
    List<AuditRecord> records() {
        sync();
        return List.copyOf(records);
    }

    AuditFold fold() {
        AuditFold fold = AuditFold.withDefaults();
        records().forEach(fold::accept);
        return fold;
    }

    private void sync() {
        List<byte[]> all = j.records();
        for (; signedSeen < all.size(); signedSeen++) {
            records.add(AuditRecord.of(RecordCodec.parse(all.get(signedSeen))));
        }
    }
}
