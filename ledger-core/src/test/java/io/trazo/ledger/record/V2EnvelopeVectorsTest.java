package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Ed25519Verifier;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The v2 envelope vectors (docs/protocol.md §1, §5) under {@code vectors/v2-envelope}: a fixed v2
 * record with its unsigned JCS bytes, hash, signing message and signature, and the same record
 * relabelled v1. The expected digests are recomputed here from the literal domain strings, not from
 * {@link RecordHashing}, so a wrong domain constant fails. Run with {@code -Dtrazo.regenerateVectors=true}
 * to rewrite the files after a deliberate change.
 */
class V2EnvelopeVectorsTest {

    private static final String DIR = "/vectors/v2-envelope/";
    /** RFC 8032 §7.1 TEST 1 secret key: public, so anyone can reproduce the signature. */
    private static final SigningKey KEY = SigningKey.fromSeed(
            Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

    private static byte[] build() {
        return build(ProtocolVersion.V2);
    }

    private static byte[] build(ProtocolVersion version) {
        JsonObject body = new JsonObject(Map.of(
                "id", new JsonString("urn:trazo:actor:finca-vector"),
                "name", new JsonString("Finca Vector"),
                "roles", new JsonArray(List.<JsonValue>of(new JsonString("farm")))));
        return RecordBuilder.governance(RecordType.ACTOR).version(version)
                .time(Instant.parse("2026-12-01T08:00:00Z")).body(body).sign(KEY);
    }

    @Test
    void theBuilderReproducesTheCommittedV2RecordByteForByte() throws IOException {
        byte[] wire = build();
        SignedRecord record = RecordCodec.parse(wire);
        if (Boolean.getBoolean("trazo.regenerateVectors")) {
            Path dir = Path.of("src/test/resources" + DIR);
            Files.createDirectories(dir);
            Files.write(dir.resolve("record-v2.json"), wire);
            Files.write(dir.resolve("unsigned-v2.jcs"), RecordHashing.unsignedCanonicalBytes(record.json()));
            Files.writeString(dir.resolve("expected.txt"), "public-key " + KEY.publicKey().base64Url()
                    + "\nrecord-hash " + record.hash().hex()
                    + "\nsigning-message " + Hex.encode(record.signingMessage())
                    + "\nsignature " + record.signatures().get(0).signature().base64Url() + "\n");
            Files.write(dir.resolve("relabelled-v1.json"),
                    new String(wire, StandardCharsets.UTF_8).replace("\"v\":2", "\"v\":1").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(wire).isEqualTo(resource("record-v2.json"));
    }

    @Test
    void theV2HashAndSignatureUseTheV2DomainStrings() throws Exception {
        SignedRecord record = RecordCodec.parse(resource("record-v2.json"));
        byte[] unsigned = resource("unsigned-v2.jcs");
        assertThat(record.version()).isEqualTo(ProtocolVersion.V2);
        assertThat(RecordHashing.unsignedCanonicalBytes(record.json())).isEqualTo(unsigned);

        byte[] hash = sha256(concat(ascii("trazo:record:v2\0"), unsigned));
        byte[] message = concat(ascii("trazo:record-signature:v2\0"), hash);
        assertThat(record.hash().toBytes()).isEqualTo(hash);
        assertThat(record.signingMessage()).isEqualTo(message).hasSize(58);
        assertThat(expected("record-hash")).isEqualTo(Hex.encode(hash));
        assertThat(expected("signing-message")).isEqualTo(Hex.encode(message));
        assertThat(expected("signature")).isEqualTo(record.signatures().get(0).signature().base64Url());
        assertThat(Ed25519Verifier.verify(KEY.publicKey(), message, record.signatures().get(0).signature())).isTrue();
    }

    @Test
    void aV2SignatureNeverVerifiesAsV1AndTheReverse() throws Exception {
        SignedRecord v2 = RecordCodec.parse(resource("record-v2.json"));
        SignedRecord v1 = RecordCodec.parse(resource("relabelled-v1.json"));
        assertThat(v1.version()).isEqualTo(ProtocolVersion.V1);
        assertThat(v1.hash()).isNotEqualTo(v2.hash());
        assertThat(v1.hash().toBytes()).isEqualTo(sha256(concat(ascii("trazo:record:v1\0"),
                RecordHashing.unsignedCanonicalBytes(v1.json()))));
        // The relabelled record carries v2's signature: it must not verify under v1's message.
        assertThat(Ed25519Verifier.verify(KEY.publicKey(), v1.signingMessage(), v1.signatures().get(0).signature())).isFalse();

        byte[] resignedV1 = build(ProtocolVersion.V1);
        SignedRecord honestV1 = RecordCodec.parse(resignedV1);
        byte[] relabelledV2 = new String(resignedV1, StandardCharsets.UTF_8).replace("\"v\":1", "\"v\":2")
                .getBytes(StandardCharsets.UTF_8);
        SignedRecord forgedV2 = RecordCodec.parse(relabelledV2);
        assertThat(Ed25519Verifier.verify(KEY.publicKey(), honestV1.signingMessage(), honestV1.signatures().get(0).signature())).isTrue();
        assertThat(Ed25519Verifier.verify(KEY.publicKey(), forgedV2.signingMessage(), forgedV2.signatures().get(0).signature())).isFalse();
    }

    @Test
    void v2TakesDecimalsInTheirCanonicalFormAndV1StillRefusesThem() {
        String wire = new String(resource("record-v2.json"), StandardCharsets.UTF_8);
        String plain = wire.replace("\"name\":\"Finca Vector\"", "\"name\":\"Finca Vector\",\"x\":200.5");
        String padded = wire.replace("\"name\":\"Finca Vector\"", "\"name\":\"Finca Vector\",\"x\":2.0050e2");
        SignedRecord a = RecordCodec.parse(plain.getBytes(StandardCharsets.UTF_8));
        SignedRecord b = RecordCodec.parse(padded.getBytes(StandardCharsets.UTF_8));
        assertThat(b.hash()).isEqualTo(a.hash());
        assertThat(b.canonical()).isFalse();
        assertThatThrownBy(() -> RecordCodec.parse(plain.replace("\"v\":2", "\"v\":1").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RecordException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReasonCode.FLOAT_NOT_ALLOWED);
                    assertThat(e.path()).isEqualTo("/body/x");
                });
    }

    @Test
    void versionsOtherThanOneAndTwoAreUnknown() {
        String wire = new String(resource("record-v2.json"), StandardCharsets.UTF_8);
        for (String v : List.of("3", "0", "2.0", "\"2\"", "-2", "20000000000")) {
            assertThatThrownBy(() -> RecordCodec.parse(wire.replace("\"v\":2", "\"v\":" + v).getBytes(StandardCharsets.UTF_8)))
                    .as(v).isInstanceOfSatisfying(RecordException.class, e -> {
                        assertThat(e.code()).isEqualTo(ReasonCode.UNKNOWN_VERSION);
                        assertThat(e.path()).isEqualTo("/v");
                    });
        }
    }

    private static String expected(String name) {
        return new String(resource("expected.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1)).findFirst().orElseThrow();
    }

    private static byte[] resource(String name) {
        try (InputStream in = V2EnvelopeVectorsTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] sha256(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
