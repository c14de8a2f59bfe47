package io.trazo.ledger.crypto;

import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.statusmap.StatusMap;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * The status map's fold validates no public key (docs/protocol.md §20.2), told without timing anything:
 * every full validation that succeeds is remembered by {@link PublicKey}, so a key the fold validated would
 * be remembered afterwards. Lives in the crypto package to read that memory.
 */
class StatusMapFoldValidationTest {

    private static final SigningKey GOVERNANCE = SigningKey.fromSeed(Hex.decode("22".repeat(32)));

    @Test
    void foldingKeyRecordsOneByOneOrInBulkValidatesNoneOfTheirKeys() {
        List<byte[]> keys = new ArrayList<>();
        List<SignedRecord> records = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
            random.nextBytes(seed);
            byte[] encoded = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(seed, 0, encoded, 0); // straight from BouncyCastle, so no PublicKey has seen it
            keys.add(encoded);
            records.add(RecordCodec.parse(RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-09-01T10:00:00.000Z"))
                    .body(obj("keyId", KeyId.ofEncoded(Base64Url.encode(encoded)).value(), "actor", "urn:trazo:actor:grower-" + i,
                            "publicKey", Base64Url.encode(encoded), "validFrom", "2026-09-01T00:00:00.000Z"))
                    .sign(GOVERNANCE)));
        }

        StatusMap applied = StatusMap.empty();
        for (SignedRecord r : records) {
            applied = applied.apply(r);
        }
        StatusMap replayed = StatusMap.replay(records);

        assertThat(applied.entries()).isEqualTo(200);
        assertThat(replayed.root()).isEqualTo(applied.root());
        assertThat(keys).noneMatch(PublicKey::remembered);
        // the probe can fail: the verifier's reading of a key record validates, and so remembers, its key
        RegistryRecords.key(records.get(0));
        assertThat(PublicKey.remembered(keys.get(0))).isTrue();
    }
}
