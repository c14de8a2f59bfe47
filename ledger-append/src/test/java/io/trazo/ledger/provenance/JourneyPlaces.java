package io.trazo.ledger.provenance;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.LedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.time.Instant;
import java.util.List;

/**
 * v2 {@code location} records for the two ports the demo journey's events name as read points
 * ({@code urn:epc:id:sgln:7709876.00001.BUN}, {@code urn:epc:id:sgln:0614141.00001.OAK}), appended after
 * the journey by the real append code: each signed by an actor a governance {@code delegation} makes owner
 * of the GLN's company prefix, plus one signed by an actor who owns nothing there (docs/protocol.md §8.7,
 * "A GLN's location"). Built here rather than in the demo because the demo journey is v1.
 */
public final class JourneyPlaces {

    /** Buenaventura's GLN: SGLN 7709876.00001 with its check digit. */
    public static final String BUENAVENTURA = "7709876000017";
    /** Oakland's GLN: SGLN 0614141.00001 with its check digit. */
    public static final String OAKLAND = "0614141000012";

    private static final Instant GRANTED = Instant.parse("2026-01-10T00:00:00.000Z");
    private static final Instant SIGNED = Instant.parse("2026-11-25T12:00:00.000Z");

    private JourneyPlaces() {}

    /** Appends the delegations and locations; fails loudly unless each is accepted. */
    public static <S extends LedgerStore> S add(S store) {
        DemoParties parties = new DemoParties();
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        List<byte[]> records = List.of(
                delegation(parties, "gs1:7709876", DemoParties.EXPORTER),
                delegation(parties, "gs1:0614141", DemoParties.IMPORTER),
                location(parties, DemoParties.EXPORTER, BUENAVENTURA, "Terminal de Contenedores de Buenaventura", "Buenaventura",
                        "Valle del Cauca", "CO", "-77.0697", "3.8801", "port"),
                location(parties, DemoParties.IMPORTER, OAKLAND, "Port of Oakland, Outer Harbor", "Oakland", "CA", "US",
                        "-122.3123", "37.8124", "port"),
                // a registered actor without the prefix signs another place for Buenaventura's GLN: a valid record, never its place
                location(parties, DemoParties.CARRIER, BUENAVENTURA, "Muelle del Pacífico", "Tumaco", null, "CO", "-78.8156", "1.8065",
                        "port"));
        for (byte[] wire : records) {
            AppendOutcome outcome = appender.append(wire);
            if (!(outcome instanceof AppendOutcome.Accepted)) {
                throw new IllegalStateException("place record not accepted: " + outcome);
            }
        }
        return store;
    }

    private static byte[] delegation(DemoParties parties, String namespace, String delegate) {
        return RecordBuilder.governance(RecordType.DELEGATION).version(ProtocolVersion.V2).time(GRANTED)
                .body(obj("namespace", namespace, "delegate", delegate, "validFrom", RecordBuilder.formatTime(GRANTED)))
                .sign(parties.governance());
    }

    private static byte[] location(DemoParties parties, String owner, String gln, String name, String locality, String region,
            String country, String lon, String lat, String function) {
        JsonObject address = obj("locality", locality, "region", region, "country", country);
        return RecordBuilder.of(RecordType.LOCATION, owner).version(ProtocolVersion.V2).time(SIGNED)
                .body(obj("gln", gln, "owner", owner, "name", name, "address", address, "coordinates", arr(lon, lat), "function", function))
                .sign(parties.key(owner));
    }
}
