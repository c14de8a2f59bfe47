package io.trazo.append;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.Verifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lots have owners in v2 (docs/protocol.md §11): opening a lot in another actor's namespace is
 * LOT_NOT_OWNED on the append path and offline alike, unless a delegation grants it; v1 is unchanged.
 */
class LotOwnersTest {

    private static final DemoParties PARTIES = new DemoParties();
    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot TRUST_ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final String FARMS_LOT = "urn:trazo:lot:finca-el-mirador:squatted-2026-001";

    @Test
    void aV2RecordOpeningALotInAnotherActorsNamespaceIsNotOwnedOnBothPaths() {
        byte[] squat = commissioning(ProtocolVersion.V2, DemoParties.ROASTER, FARMS_LOT);

        assertThat(offline(List.of(), squat)).hasValue(ReasonCode.LOT_NOT_OWNED);
        AppendOutcome ingest = append(List.of(), squat);
        assertThat(ingest).isInstanceOfSatisfying(AppendOutcome.Deferred.class, d -> assertThat(d.code()).isEqualTo(ReasonCode.LOT_NOT_OWNED));
    }

    @Test
    void theOwnerOpensItsOwnLotAndAV1RecordKeepsItsOldVerdict() {
        byte[] own = commissioning(ProtocolVersion.V2, DemoParties.FARM_ORGANIC, FARMS_LOT);
        byte[] v1Squat = commissioning(ProtocolVersion.V1, DemoParties.ROASTER, FARMS_LOT);

        assertThat(offline(List.of(), own)).isEmpty();
        assertThat(append(List.of(), own)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(offline(List.of(), v1Squat)).isEmpty();
        assertThat(append(List.of(), v1Squat)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void aDelegationLetsTheDelegateOpenLotsInTheGrantedNamespace() {
        byte[] grant = RecordBuilder.governance(RecordType.DELEGATION).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-01T00:00:00.000Z"))
                .body(obj("namespace", "urn:trazo:lot:finca-el-mirador", "delegate", DemoParties.ROASTER,
                        "validFrom", "2026-11-01T00:00:00.000Z"))
                .sign(PARTIES.governance());
        byte[] delegated = commissioning(ProtocolVersion.V2, DemoParties.ROASTER, FARMS_LOT);

        assertThat(offline(List.of(grant), delegated)).isEmpty();
        assertThat(append(List.of(grant), delegated)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void aGs1LotBelongsToNobodyWhoseActorRecordDoesNotListItsPrefix() {
        byte[] gs1 = commissioning(ProtocolVersion.V2, DemoParties.ROASTER, "urn:epc:class:lgtin:0614141.077777.NEW-1");

        assertThat(offline(List.of(), gs1)).hasValue(ReasonCode.LOT_NOT_OWNED);
    }

    @Test
    void aGs1PrefixListedInTheActorsV2RecordMakesItsLotsTheActors() {
        byte[] roaster = RecordBuilder.governance(RecordType.ACTOR).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-01T00:00:00.000Z"))
                .body(obj("id", "urn:trazo:actor:third-wave-roasters", "name", "Third Wave Roasters", "roles", arr("roaster"),
                        "attributes", obj("gs1CompanyPrefixes", "0614141 9521141")))
                .sign(PARTIES.governance());
        byte[] malformed = RecordBuilder.governance(RecordType.ACTOR).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-01T00:00:00.000Z"))
                .body(obj("id", "urn:trazo:actor:fourth-wave", "name", "Fourth Wave", "roles", arr("roaster"),
                        "attributes", obj("gs1CompanyPrefixes", "0614141,9521141")))
                .sign(PARTIES.governance());

        List<byte[]> set = new ArrayList<>(JOURNEY);
        set.add(roaster);
        set.add(malformed);
        var reports = new Verifier(TRUST_ROOT, RolePolicy.standard()).verify(set).records();

        assertThat(reports.get(set.size() - 2).findings()).isEmpty();
        assertThat(reports.get(set.size() - 1).reason()).hasValueSatisfying(f -> assertThat(f.path())
                .isEqualTo("/body/attributes/gs1CompanyPrefixes"));
        assertThat(io.trazo.ledger.registry.LotOwnership.refusal("urn:epc:class:lgtin:0614141.077777.NEW-1",
                "urn:trazo:actor:third-wave-roasters", Instant.parse("2026-11-25T12:00:00.000Z"), registryOf(set))).isEmpty();
    }

    private static io.trazo.ledger.registry.Registry registryOf(List<byte[]> set) {
        io.trazo.ledger.registry.Registry registry = new io.trazo.ledger.registry.Registry();
        for (byte[] w : set) {
            var r = io.trazo.ledger.record.RecordCodec.parse(w);
            if (r.type() == RecordType.ACTOR) {
                try {
                    registry.add(io.trazo.ledger.registry.RegistryRecords.actor(r));
                } catch (io.trazo.ledger.record.RecordException e) {
                    // the malformed one: refused, as the verifier said
                }
            }
        }
        return registry;
    }

    private static byte[] commissioning(ProtocolVersion version, String actor, String lot) {
        JsonObject event = obj("type", "ObjectEvent", "eventTime", "2026-11-25T12:00:00.000Z", "eventTimeZoneOffset", "+00:00",
                "action", "ADD", "bizStep", "commissioning", "quantityList", arr(obj("epcClass", lot, "quantity", 60, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, actor).version(version).time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(EventBodies.body(event, List.of(), List.of())).sign(PARTIES.key(actor));
    }

    private static Optional<ReasonCode> offline(List<byte[]> extra, byte[] wire) {
        List<byte[]> set = new ArrayList<>(JOURNEY);
        set.addAll(extra);
        set.add(wire);
        var reports = new Verifier(TRUST_ROOT, RolePolicy.standard()).verify(set).records();
        reports.subList(0, set.size() - 1).forEach(r -> assertThat(r.findings()).as("setup").isEmpty());
        return reports.get(set.size() - 1).reason().map(Finding::code);
    }

    private static AppendOutcome append(List<byte[]> extra, byte[] wire) {
        Appender appender = new Appender(new InMemoryLedgerStore(), TRUST_ROOT, RolePolicy.standard());
        JOURNEY.forEach(appender::append);
        extra.forEach(r -> assertThat(appender.append(r)).as("setup").isInstanceOf(AppendOutcome.Accepted.class));
        return appender.append(wire);
    }
}
