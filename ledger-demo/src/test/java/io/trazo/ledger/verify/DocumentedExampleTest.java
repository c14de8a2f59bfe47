package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.Ed25519Verifier;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.Signature;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventHashId;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordHashing;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recomputes, from first principles, every value quoted in docs/protocol.md §16. */
class DocumentedExampleTest {

    private static final List<String> JOURNEY = ProtocolVectorsTest.lines(ProtocolVectorsTest.resource("journey.jsonl"));

    @Test
    void theGovernanceKeyAndItsIdAreAsDocumented() {
        var key = DemoParties.seeded("governance");
        assertThat(Hex.encode(key.exportSeed())).isEqualTo("2c653cae4996e8f4534f02e68cc255b52d7f42e008f97dd8ffbadd40d52bd691");
        assertThat(Hex.encode(key.publicKey().toBytes())).isEqualTo("23945645892796b493953f918dfb638732156cc58dd65440d6881a561a306ade");
        assertThat(key.publicKey().base64Url()).isEqualTo("I5RWRYknlrSTlT-RjftjhzIVbMWN1lRA1ogaVhowat4");
        byte[] idInput = Hex.decode("7472617a6f3a6b65792d69643a763100" + "23945645892796b493953f918dfb638732156cc58dd65440d6881a561a306ade");
        assertThat("ed25519:" + Digest.sha256(idInput).hex().substring(0, 32)).isEqualTo("ed25519:9143a065a4aa21be4f65b8711c436a10")
                .isEqualTo(key.keyId().value());
    }

    @Test
    void theActorRecordHashesAndVerifiesFromTheDocumentedBytes() {
        byte[] wire = JOURNEY.get(0).getBytes(StandardCharsets.UTF_8);
        assertThat(wire).hasSize(420);
        String unsigned = "{\"actor\":\"urn:trazo:governance\",\"body\":{\"attributes\":{\"country\":\"CO\",\"womenLed\":\"true\"},"
                + "\"id\":\"urn:trazo:actor:asomucafe-villamaria\",\"name\":\"Asociación de Mujeres Caficultoras de Villamaría\","
                + "\"roles\":[\"farm\"]},\"time\":\"2026-01-05T12:00:00.000Z\",\"type\":\"actor\",\"v\":1}";
        byte[] unsignedBytes = unsigned.getBytes(StandardCharsets.UTF_8);
        assertThat(unsignedBytes).hasSize(265);
        SignedRecord record = RecordCodec.parse(wire);
        assertThat(RecordHashing.unsignedCanonicalBytes(record.json())).isEqualTo(unsignedBytes);
        Digest hash = Digest.sha256(Hex.decode("7472617a6f3a7265636f72643a763100"), unsignedBytes);
        assertThat(hash.hex()).isEqualTo("ddcb9894181aa9fbc075ad7f7b1c644650700c0a4b5f9429458e4bdd98679460").isEqualTo(record.hash().hex());
        byte[] message = Hex.decode("7472617a6f3a7265636f72642d7369676e61747572653a763100" + hash.hex());
        assertThat(record.signingMessage()).isEqualTo(message);
        Signature sig = Signature.of(Hex.decode("475ab7b2dfe1d36ee31d9de89dbf2268bc7b1f8798759abfd7b4affe2160ae63"
                + "5bd56b0fd5903c0455f29c06b2a4126c0fde360b75fa1f91a2d772d7fd6b4103"));
        assertThat(record.signatures().get(0).signature()).isEqualTo(sig);
        assertThat(Ed25519Verifier.verify(PublicKey.fromBase64Url("I5RWRYknlrSTlT-RjftjhzIVbMWN1lRA1ogaVhowat4"), message, sig)).isTrue();
    }

    @Test
    void theHarvestEventIdComesFromTheDocumentedPreHash() {
        SignedRecord harvest = RecordCodec.parse(JOURNEY.get(23).getBytes(StandardCharsets.UTF_8));
        assertThat(harvest.hash().hex()).isEqualTo("51fcca58fa9ea3a74aa00e196b19de021c13107ca7457d2cc23ded89dc658850");
        JsonObject event = (JsonObject) harvest.body().get("event").orElseThrow();
        String preHash = "eventType=ObjectEventeventTime=2026-10-06T12:30:00.000ZeventTimeZoneOffset=-05:00quantityList"
                + "quantityElementepcClass=urn:trazo:lot:asomucafe-villamaria:cherry-2026-041quantity=1250uom=KGMaction=ADD"
                + "bizStep=https://ns.trazo.dev/voc/BizStep-harvestingbizLocationid=urn:trazo:plot:asomucafe-villamaria:la-cumbre";
        assertThat(EventHashId.preHash(event, EpcisEvents.CONTEXT)).isEqualTo(preHash);
        String id = "ni:///sha-256;" + Digest.sha256(preHash.getBytes(StandardCharsets.UTF_8)).hex() + "?ver=CBV2.0";
        assertThat(id).isEqualTo("ni:///sha-256;f20da0d739db6eea6208f1e544b9b2080a1bb79d8bf08204582a09bfbb8007cc?ver=CBV2.0")
                .isEqualTo(EpcisEvents.eventHashId(event, ""));
    }
}
