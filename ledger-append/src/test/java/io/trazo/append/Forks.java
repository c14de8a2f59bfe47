package io.trazo.append;

import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.util.ArrayList;
import java.util.List;

/** Two cooperatives' worth of conflicting drying events on the same parchment head, for fork tests (public: adapters' and services' tests reuse it). */
public final class Forks {

    private final List<byte[]> journey = CoffeeJourney.records();
    private final int wetMill = indexOf("wet_milling");
    private final Digest wetMillHash = RecordCodec.parse(journey.get(wetMill)).hash();
    private final DemoParties parties = new DemoParties();

    /** Everything up to and including the wet-mill merge. */
    public List<byte[]> prefix() {
        return journey.subList(0, wetMill + 1);
    }

    public byte[] left() {
        return drying("2026-10-20T17:00:00.000-05:00", 446, wetMillHash);
    }

    public byte[] right() {
        return drying("2026-10-21T09:30:00.000-05:00", 440, wetMillHash);
    }

    /** A drying event linking to a record nobody has. */
    public byte[] orphan() {
        return drying("2026-10-22T09:30:00.000-05:00", 430, Digest.sha256(new byte[] {42}));
    }

    /**
     * A hulling that takes the wet mill's parchment (forking it, like {@link #left()}) into a new lot,
     * {@link #HULLED}, which sorts after the parchment: a merge across lots that can lose its first lot
     * after winning the second.
     */
    public byte[] hulling() {
        String time = "2026-10-21T11:00:00.000-05:00";
        var event = Json.obj("type", "TransformationEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00",
                "bizStep", Vocabulary.trazoStep("dry_milling"),
                "inputQuantityList", Json.arr(Json.obj("epcClass", CoffeeJourney.PARCHMENT, "quantity", 446, "uom", "KGM")),
                "outputQuantityList", Json.arr(Json.obj("epcClass", HULLED, "quantity", 360, "uom", "KGM")),
                "ilmd", Json.obj("trazo:conversionRatio", "0.8"));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.COOPERATIVE).time(java.time.OffsetDateTime.parse(time).toInstant())
                .link(CoffeeJourney.PARCHMENT, wetMillHash).body(EventBodies.body(event, List.of(), List.of()))
                .sign(parties.key(DemoParties.COOPERATIVE));
    }

    /** The lot {@link #hulling()} creates. */
    public static final String HULLED = "urn:trazo:lot:coop-cafeteros-caldas:zz-hulled-2026-113";

    public List<byte[]> all() {
        List<byte[]> all = new ArrayList<>(prefix());
        all.add(left());
        all.add(right());
        all.add(orphan());
        return all;
    }

    private byte[] drying(String time, int kg, Digest prev) {
        var event = Json.obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE",
                "bizStep", Vocabulary.trazoStep("drying"),
                "quantityList", Json.arr(Json.obj("epcClass", CoffeeJourney.PARCHMENT, "quantity", kg, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.COOPERATIVE).time(java.time.OffsetDateTime.parse(time).toInstant())
                .link(CoffeeJourney.PARCHMENT, prev).body(EventBodies.body(event, List.of(), List.of()))
                .sign(parties.key(DemoParties.COOPERATIVE));
    }

    private int indexOf(String text) {
        for (int i = 0; i < journey.size(); i++) {
            if (new String(journey.get(i), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                return i;
            }
        }
        throw new IllegalStateException(text);
    }

}
