package io.trazo.ledger.statusmap;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the fold checks of a key record's public key (docs/protocol.md §20.2): its encoding and the key id
 * derived from it, not whether the bytes are a point of prime order. A verifier still refuses such a key.
 */
class StatusMapKeyEncodingTest {

    private static final SigningKey GOVERNANCE = SigningKey.fromSeed(Hex.decode("11".repeat(32)));
    private static final String FARM = "urn:trazo:actor:asomucafe-villamaria";
    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00.000Z");

    static Stream<Arguments> invalidPoints() {
        return Stream.of(
                Arguments.of("the identity (small order)", "0100000000000000000000000000000000000000000000000000000000000000"),
                Arguments.of("a point of order 8", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
                Arguments.of("a non-canonical y (y = p)", "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
                Arguments.of("a y off the curve", Hex.encode(offCurve())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPoints")
    void aKeyRecordWithAWellEncodedInvalidPointGetsItsEntryAsAValidOneWould(String what, String hex) {
        byte[] point = Hex.decode(hex);
        assertThat(Ed25519.validatePublicKeyFull(point, 0)).as("the fixture is not a valid key").isFalse();
        SignedRecord record = keyRecord(keyIdOf(point), Base64Url.encode(point));

        StatusMap map = StatusMap.empty().apply(record);

        MapKey key = MapKey.of(SubjectKind.KEY, keyIdOf(point));
        var expected = obj("actor", FARM, "key", record.hash().hex(), "roles", arr());
        assertThat(map.get(key)).contains(expected);
        assertThat(map.root()).isEqualTo(StatusMap.empty().with(key, expected).root());
        assertThat(StatusMap.replay(List.of(record)).root()).isEqualTo(map.root());
        // the verifier's reading of the same record still refuses the key (§6), so the entry lends it nothing
        assertThatThrownBy(() -> RegistryRecords.key(record)).isInstanceOf(RecordException.class)
                .hasFieldOrPropertyWithValue("path", "/body/publicKey");
    }

    @Test
    void aKeyRecordWhoseKeyIdIsNotDerivedFromItsPublicKeyStillStopsTheFold() {
        byte[] point = Hex.decode("0100000000000000000000000000000000000000000000000000000000000000");
        byte[] other = point.clone();
        other[1] = 1;
        SignedRecord record = keyRecord(keyIdOf(other), Base64Url.encode(point));

        assertThatThrownBy(() -> StatusMap.empty().apply(record)).isInstanceOf(RecordException.class)
                .hasFieldOrPropertyWithValue("path", "/body/keyId");
        assertThatThrownBy(() -> StatusMap.replay(List.of(record))).isInstanceOf(RecordException.class);
    }

    @Test
    void aPublicKeyThatIsNotCanonicalBase64UrlOf32BytesStillStopsTheFold() {
        byte[] short31 = new byte[31];
        byte[] point = Hex.decode("0100000000000000000000000000000000000000000000000000000000000000");
        String b64 = Base64Url.encode(point);
        String nonCanonical = b64.substring(0, b64.length() - 1) + "B"; // the last character carries 4 unused bits
        for (String publicKey : List.of(Base64Url.encode(short31), b64 + "=", nonCanonical)) {
            SignedRecord record = keyRecord(keyIdOf(point), publicKey);
            assertThatThrownBy(() -> StatusMap.empty().apply(record)).as(publicKey).isInstanceOf(RecordException.class)
                    .hasFieldOrPropertyWithValue("path", "/body/publicKey");
        }
    }

    private static SignedRecord keyRecord(String keyId, String publicKey) {
        return RecordCodec.parse(RecordBuilder.governance(RecordType.KEY).time(T0)
                .body(obj("keyId", keyId, "actor", FARM, "publicKey", publicKey, "validFrom", "2026-09-01T00:00:00.000Z"))
                .sign(GOVERNANCE));
    }

    /** §5, written out rather than through the code under test. */
    private static String keyIdOf(byte[] encoded) {
        byte[] digest = Digest.sha256("trazo:key-id:v1\0".getBytes(StandardCharsets.US_ASCII), encoded).toBytes();
        return "ed25519:" + Hex.encode(Arrays.copyOf(digest, 16));
    }

    /** The first canonical y = 2, 3, … that is no point's y coordinate (about half of them). */
    private static byte[] offCurve() {
        return IntStream.range(2, 100).mapToObj(y -> {
            byte[] encoded = new byte[32];
            encoded[0] = (byte) y;
            return encoded;
        }).filter(e -> !Ed25519.validatePublicKeyPartial(e, 0)).findFirst().orElseThrow();
    }
}
