package io.trazo.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ed25519 against RFC 8032 §7.1, all 151 Wycheproof cases, and the C2SP CCTV edge cases (policy pin). */
class Ed25519VectorsTest {

    private static final String DIR = "/vectors-public/ed25519/";

    static Stream<Arguments> rfc8032() {
        return elements(load("rfc8032_7_1.json").get("vectors").orElseThrow()).stream()
                .map(v -> Arguments.of(str(v, "name"), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfc8032")
    void rfc8032VectorDerivesThePublicKeySignsExactlyAndVerifies(String name, JsonObject v) {
        SigningKey key = SigningKey.fromSeed(Hex.decode(str(v, "secretKey")));
        byte[] message = Hex.decode(str(v, "message"));
        assertThat(Hex.encode(key.publicKey().toBytes())).isEqualTo(str(v, "publicKey"));
        Signature sig = key.sign(message);
        assertThat(Hex.encode(sig.toBytes())).isEqualTo(str(v, "signature"));
        assertThat(Ed25519Verifier.verify(key.publicKey(), message, sig)).isTrue();
    }

    static Stream<Arguments> wycheproof() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonObject group : elements(load("wycheproof_ed25519_test.json").get("testGroups").orElseThrow())) {
            String pk = str((JsonObject) group.get("publicKey").orElseThrow(), "pk");
            for (JsonObject t : elements(group.get("tests").orElseThrow())) {
                cases.add(Arguments.of(((io.trazo.ledger.encoding.JsonNumber) t.get("tcId").orElseThrow()).value().intValue(),
                        str(t, "comment"), pk, str(t, "msg"), str(t, "sig"), str(t, "result")));
            }
        }
        assertThat(cases).hasSize(151);
        return cases.stream();
    }

    @ParameterizedTest(name = "tcId {0}: {1}")
    @MethodSource("wycheproof")
    void wycheproofCaseGivesTheExpectedResult(int tcId, String comment, String pk, String msg, String sig, String result) {
        assertThat(accepts(pk, msg.isEmpty() ? new byte[0] : Hex.decode(msg), sig))
                .as("tcId %d (%s)", tcId, comment).isEqualTo(result.equals("valid"));
    }

    @Test
    void aValidSignatureWithATrailingZeroByteIsRefusedBeforeVerification() {
        SigningKey key = SigningKey.fromSeed(new byte[32]);
        byte[] sig65 = java.util.Arrays.copyOf(key.sign(new byte[0]).toBytes(), 65);
        assertThatThrownBy(() -> Signature.of(sig65)).isInstanceOf(CryptoException.class)
                .hasMessage("Ed25519 signature must be exactly 64 bytes, got 65");
    }

    /**
     * Trazo's policy (docs/protocol.md §Ed25519 policy): a signature is accepted exactly when the CCTV
     * vector carries none of these flags. Mixed-order R and low-order residues are accepted when the
     * cofactored equation holds, which is how BouncyCastle verifies.
     */
    private static final Set<String> REFUSED_FLAGS = Set.of("low_order_A", "low_order_component_A", "non_canonical_A",
            "non_canonical_R", "low_order_R");

    @Test
    void cctvEdgeCasesFollowThePinnedPolicyExactly() {
        int accepted = 0;
        List<JsonObject> vectors = elements(parse("cctv_ed25519vectors.json"));
        for (JsonObject v : vectors) {
            List<String> flags = v.get("flags").filter(JsonArray.class::isInstance)
                    .map(f -> ((JsonArray) f).elements().stream().map(x -> ((JsonString) x).value()).toList())
                    .orElse(List.of());
            boolean expected = flags.stream().noneMatch(REFUSED_FLAGS::contains);
            boolean actual = accepts(str(v, "key"), str(v, "msg").getBytes(StandardCharsets.UTF_8), str(v, "sig"));
            assertThat(actual).as("CCTV #%s flags %s", v.get("number").orElseThrow(), flags).isEqualTo(expected);
            accepted += actual ? 1 : 0;
        }
        assertThat(vectors).hasSize(914);
        assertThat(accepted).isEqualTo(8);
    }

    private static boolean accepts(String pkHex, byte[] msg, String sigHex) {
        try {
            return Ed25519Verifier.verify(PublicKey.of(Hex.decode(pkHex)), msg, Signature.of(Hex.decode(sigHex)));
        } catch (CryptoException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject load(String name) {
        return (JsonObject) parse(name);
    }

    private static JsonValue parse(String name) {
        try (InputStream in = Ed25519VectorsTest.class.getResourceAsStream(DIR + name)) {
            return new StrictJson(new StrictJson.Limits(1 << 24, 32)).parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> elements(JsonValue array) {
        return ((JsonArray) array).elements().stream().map(JsonObject.class::cast).toList();
    }

    private static String str(JsonObject o, String name) {
        return ((JsonString) o.get(name).orElseThrow()).value();
    }
}
