package io.trazo.ledger.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may open a lot in v2 (docs/protocol.md §11, lot owners), against a registry built in memory. */
class LotOwnershipTest {

    private static final Instant T = Instant.parse("2026-10-01T00:00:00Z");
    private static final String FARM = "urn:trazo:actor:finca-el-mirador";
    private static final String ROASTER = "urn:trazo:actor:rose-city-roasters";
    private final Registry registry = new Registry();

    LotOwnershipTest() {
        registry.add(actor(FARM, Map.of()));
        registry.add(actor(ROASTER, Map.of(LotOwnership.PREFIXES_ATTRIBUTE, "0614141 9521141")));
    }

    @Test
    void anActorOpensLotsInItsOwnNamespaceButNotInAnothers() {
        assertThat(LotOwnership.refusal("urn:trazo:lot:finca-el-mirador:cherry-1", FARM, T, registry)).isEmpty();
        assertThat(LotOwnership.refusal("urn:trazo:lot:finca-el-mirador:cherry-1", ROASTER, T, registry))
                .hasValueSatisfying(m -> assertThat(m).contains("urn:trazo:lot:finca-el-mirador"));
    }

    @Test
    void aGs1LotBelongsToTheActorWhoseRecordListsItsCompanyPrefix() {
        assertThat(LotOwnership.refusal("urn:epc:class:lgtin:0614141.077777.RC1187", ROASTER, T, registry)).isEmpty();
        assertThat(LotOwnership.refusal("https://id.example/414/9521141123453", ROASTER, T, registry)).isEmpty();
        assertThat(LotOwnership.refusal("urn:epc:class:lgtin:0614141.077777.RC1187", FARM, T, registry)).isPresent();
        assertThat(LotOwnership.refusal("urn:epc:class:lgtin:0614142.077777.RC1187", ROASTER, T, registry)).isPresent();
    }

    @Test
    void aDelegationGrantsANamespaceOnlyWithinItsValidity() {
        registry.add(new DelegationEntry("urn:trazo:lot:finca-el-mirador", ROASTER, T, Optional.of(T.plusSeconds(3600)),
                Digest.sha256("delegation".getBytes(StandardCharsets.UTF_8))));

        assertThat(LotOwnership.refusal("urn:trazo:lot:finca-el-mirador:x", ROASTER, T, registry)).isEmpty();
        assertThat(LotOwnership.refusal("urn:trazo:lot:finca-el-mirador:x", ROASTER, T.minusMillis(1), registry)).isPresent();
        assertThat(LotOwnership.refusal("urn:trazo:lot:finca-el-mirador:x", ROASTER, T.plusSeconds(3600), registry)).isPresent();
    }

    @Test
    void aLotInNoNamespaceCannotBeOpened() {
        assertThat(LotOwnership.refusal("https://example.com/coffee/lot-7", ROASTER, T, registry))
                .hasValueSatisfying(m -> assertThat(m).contains("no namespace"));
    }

    @Test
    void onlyAV2ActorRecordsPrefixesOwnLotsForAV1OnesAttributeIsFreeText() {
        String exporter = "urn:trazo:actor:cafe-export";
        for (ProtocolVersion version : ProtocolVersion.values()) {
            byte[] wire = RecordBuilder.governance(RecordType.ACTOR).version(version).time(T).body(new JsonObject(Map.of(
                    "id", new JsonString(exporter), "name", new JsonString("Cafe Export"),
                    "roles", new JsonArray(List.of(new JsonString("exporter"))),
                    "attributes", new JsonObject(Map.of(LotOwnership.PREFIXES_ATTRIBUTE, new JsonString("7701234 7701234"))))))
                    .sign(SigningKey.fromSeed(new byte[32]));
            Registry byVersion = new Registry();
            byVersion.add(RegistryRecords.actor(RecordCodec.parse(wire)));

            Optional<String> refusal = LotOwnership.refusal("urn:epc:class:lgtin:7701234.012345.L1", exporter, T, byVersion);
            assertThat(refusal.isEmpty()).as(version.name()).isEqualTo(version != ProtocolVersion.V1);
        }
    }

    private static ActorEntry actor(String id, Map<String, String> attributes) {
        Set<String> prefixes = attributes.containsKey(LotOwnership.PREFIXES_ATTRIBUTE)
                ? Set.of(attributes.get(LotOwnership.PREFIXES_ATTRIBUTE).split(" ")) : Set.of();
        return new ActorEntry(id, id, Set.of(Role.ROASTER), attributes, T, Digest.sha256(id.getBytes(StandardCharsets.UTF_8)), prefixes);
    }
}
