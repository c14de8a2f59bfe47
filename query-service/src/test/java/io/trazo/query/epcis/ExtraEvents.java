package io.trazo.query.epcis;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.LedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;

/**
 * Two events after the journey that carry what its events do not: source and destination lists, a
 * persistent disposition, an event-level extension field, and a sensor report. Signed by the journey's
 * parties and appended by the real append code, after the journey's own records.
 */
final class ExtraEvents {

    static final String PALLET = "urn:epc:id:sscc:7709876.0000009999";

    private ExtraEvents() {}

    static void append(LedgerStore store) {
        JourneyBuilder j = new JourneyBuilder(new DemoParties());
        j.event(DemoParties.EXPORTER, DemoParties.CARRIER, obj("type", "ObjectEvent", "eventTime", "2026-12-01T10:00:00.000-05:00",
                "eventTimeZoneOffset", "-05:00", "action", "OBSERVE", "bizStep", "shipping", "epcList", arr(PALLET),
                "sourceList", arr(obj("type", "owning_party", "source", "urn:epc:id:pgln:7709876.00001")),
                "destinationList", arr(obj("type", "location", "destination", "urn:epc:id:sgln:0614141.00001.OAK")),
                "persistentDisposition", obj("set", arr("completeness_verified")),
                "trazo:lab", obj("trazo:grade", "specialty")), List.of(), List.of());
        j.event(DemoParties.EXPORTER, obj("type", "ObjectEvent", "eventTime", "2026-12-01T11:00:00.000-05:00",
                "eventTimeZoneOffset", "-05:00", "action", "OBSERVE", "bizStep", "inspecting", "epcList", arr(PALLET),
                "sensorElementList", arr(obj("sensorMetadata", obj("time", "2026-12-01T09:00:00.000-05:00",
                        "deviceID", "urn:epc:id:giai:7709876.1"),
                        "sensorReport", arr(obj("type", "gs1:Temperature", "value", 26, "uom", "CEL"))))));
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        for (byte[] wire : j.records()) {
            AppendOutcome outcome = appender.append(wire);
            if (!(outcome instanceof AppendOutcome.Accepted)) {
                throw new IllegalStateException("extra event not accepted: " + outcome);
            }
        }
    }
}
