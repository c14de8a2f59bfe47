package io.trazo.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueClassesTest {

    @Test
    void hexRoundTripsAndRefusesUpperCaseSoEachByteStringHasOneSpelling() {
        byte[] bytes = {0, 1, (byte) 0xab, (byte) 0xff};
        assertThat(Hex.encode(bytes)).isEqualTo("0001abff");
        assertThat(Hex.decode("0001abff")).containsExactly(bytes);
        assertThatThrownBy(() -> Hex.decode("0001ABFF")).hasMessageContaining("not a lower-case hex digit at 4");
        assertThatThrownBy(() -> Hex.decode("abc")).hasMessage("hex has odd length 3");
    }

    @Test
    void base64UrlRefusesPaddingAndNonCanonicalTrailingBits() {
        assertThat(Base64Url.decode("AQI")).containsExactly(1, 2);
        assertThatThrownBy(() -> Base64Url.decode("AQI=")).hasMessage("base64url must be unpadded");
        assertThatThrownBy(() -> Base64Url.decode("AQJ")).hasMessageContaining("not canonical");
        assertThatThrownBy(() -> Base64Url.decode("AQ+")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digestsAreCopiedInAndOutAndCompareByValue() {
        byte[] raw = new byte[32];
        Digest d = Digest.of(raw);
        raw[0] = 1;
        assertThat(d.toBytes()[0]).isZero();
        d.toBytes()[1] = 9;
        assertThat(d).isEqualTo(Digest.fromHex("00".repeat(32))).hasSameHashCodeAs(Digest.of(new byte[32]));
        assertThatThrownBy(() -> Digest.of(new byte[31])).hasMessage("a SHA-256 digest is 32 bytes, got 31");
    }

    @Test
    void smallOrderPublicKeysAreRefusedAtConstruction() {
        assertThatThrownBy(() -> PublicKey.of(Hex.decode("01" + "00".repeat(31))))
                .isInstanceOf(CryptoException.class).extracting(e -> ((CryptoException) e).reason())
                .isEqualTo(CryptoException.Reason.WEAK_PUBLIC_KEY);
    }

    @Test
    void everySmallOrderEncodingIsRejectedAsR() {
        SigningKey key = SigningKey.fromSeed(new byte[32]);
        for (byte[] r : SmallOrderPoints.canonicalEncodings()) {
            byte[] sig = key.sign(new byte[] {1}).toBytes();
            System.arraycopy(r, 0, sig, 0, 32);
            assertThat(Ed25519Verifier.hasSmallOrderR(sig)).isTrue();
            assertThat(Ed25519Verifier.verify(key.publicKey(), new byte[] {1}, Signature.of(sig))).isFalse();
        }
    }

    @Test
    void keyIdsAreDerivedFromThePublicKeyWithTheirOwnDomain() {
        SigningKey key = SigningKey.fromSeed(new byte[32]);
        assertThat(key.keyId().value()).matches("ed25519:[0-9a-f]{32}");
        assertThat(key.keyId()).isEqualTo(KeyId.of(PublicKey.of(key.publicKey().toBytes())));
        assertThat(key.toString()).doesNotContain(Base64Url.encode(new byte[32]));
        assertThatThrownBy(() -> new KeyId("ed25519:ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatedKeysAreRememberedByExactEncodingAndRefusedKeysAreRefusedEveryTime() {
        SigningKey a = SigningKey.fromSeed(Hex.decode("07".repeat(32)));
        SigningKey b = SigningKey.fromSeed(Hex.decode("08".repeat(32)));
        byte[] message = {1, 2, 3};
        for (int round = 0; round < 2; round++) {
            PublicKey keyA = PublicKey.of(a.publicKey().toBytes());
            PublicKey keyB = PublicKey.of(b.publicKey().toBytes());
            assertThat(PublicKey.remembered(a.publicKey().toBytes())).isTrue();
            assertThat(Ed25519Verifier.verify(keyA, message, a.sign(message))).isTrue();
            assertThat(Ed25519Verifier.verify(keyB, message, b.sign(message))).isTrue();
            assertThat(Ed25519Verifier.verify(keyA, message, b.sign(message))).isFalse();
            assertThat(Ed25519Verifier.verify(keyB, message, a.sign(message))).isFalse();
        }
        byte[] weak = Hex.decode("01" + "00".repeat(31));
        for (int round = 0; round < 2; round++) {
            assertThatThrownBy(() -> PublicKey.of(weak)).isInstanceOf(CryptoException.class);
        }
        assertThat(PublicKey.remembered(weak)).isFalse();
    }
}
