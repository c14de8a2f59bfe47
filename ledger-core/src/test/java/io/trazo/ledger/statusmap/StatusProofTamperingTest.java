package io.trazo.ledger.statusmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trazo.ledger.encoding.Json;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each way a status proof can lie, caught with its own reason; and the map-root leaf's parse errors. */
class StatusProofTamperingTest {

    private static final MapKey REVOKED = MapKey.of(SubjectKind.KEY, "ed25519:00000000000000000000000000000001");
    private static final StatusMap BEFORE = map(60);
    private static final StatusMap AFTER = BEFORE.with(REVOKED, Json.obj("revocation", Json.obj("revokedAt", "2026-10-01T00:00:00.000Z")));

    private static StatusMap map(int n) {
        StatusMap map = StatusMap.empty();
        for (int i = 0; i < n; i++) {
            map = map.with(MapKey.of(SubjectKind.KEY, "ed25519:" + String.format("%032x", i + 100)), Json.obj("n", i));
        }
        return map.with(REVOKED, Json.obj("n", -1));
    }

    private static Optional<byte[]> valueHash(StatusMap map, MapKey key) {
        return map.get(key).map(MapHashing::valueHash);
    }

    private static StatusProofException.Reason reason(StatusProof proof, MapKey key, Optional<byte[]> valueHash, byte[] root) {
        return catchThrowableOfType(StatusProofException.class, () -> proof.verify(key, valueHash, root)).reason();
    }

    @Test
    void aProofAgainstAnOldRootIsARootMismatch() {
        StatusProof old = BEFORE.prove(REVOKED);
        assertThat(reason(old, REVOKED, valueHash(BEFORE, REVOKED), AFTER.root())).isEqualTo(StatusProofException.Reason.ROOT_MISMATCH);
    }

    @Test
    void theOldValueBesideTheNewProofIsARootMismatch() {
        assertThat(reason(AFTER.prove(REVOKED), REVOKED, valueHash(BEFORE, REVOKED), AFTER.root()))
                .isEqualTo(StatusProofException.Reason.ROOT_MISMATCH);
    }

    @Test
    void anAbsenceProofForAKeyThatIsPresentCannotBeMade() throws Exception {
        MapKey other = MapKey.of(SubjectKind.KEY, "ed25519:000000000000000000000000000000ff");
        StatusProof absent = AFTER.prove(other);
        absent.verify(other, Optional.empty(), AFTER.root());
        assertThat(reason(absent, REVOKED, Optional.empty(), AFTER.root())).isIn(StatusProofException.Reason.ROOT_MISMATCH,
                StatusProofException.Reason.WRONG_KEY);
        StatusProof present = AFTER.prove(REVOKED);
        assertThat(reason(present, other, valueHash(AFTER, REVOKED), AFTER.root())).isEqualTo(StatusProofException.Reason.ROOT_MISMATCH);
    }

    @Test
    void aTerminalLeafOffTheKeysPathOrEqualToTheKeyIsAWrongKey() throws Exception {
        StatusMap one = StatusMap.empty().with(REVOKED, Json.obj("n", 1));
        MapKey absent = MapKey.of(SubjectKind.ACTOR, "urn:trazo:actor:nobody");
        StatusProof proof = one.prove(absent);
        assertThat(proof.terminal()).isEqualTo(StatusProof.Terminal.OTHER_KEY);
        proof.verify(absent, Optional.empty(), one.root());
        assertThat(reason(proof, REVOKED, Optional.empty(), one.root())).isEqualTo(StatusProofException.Reason.WRONG_KEY);
        StatusProof deep = AFTER.prove(absentWithOtherLeaf());
        MapKey offPath = MapKey.of(SubjectKind.ACTOR, "off-path");
        while (offPath.bit(0) == absentWithOtherLeaf().bit(0)) {
            offPath = MapKey.of(SubjectKind.ACTOR, offPath.hex());
        }
        assertThat(reason(deep, offPath, Optional.empty(), AFTER.root())).isEqualTo(StatusProofException.Reason.WRONG_KEY);
    }

    private static MapKey absentWithOtherLeaf() {
        for (int i = 0;; i++) {
            MapKey k = MapKey.of(SubjectKind.ACTOR, "y" + i);
            if (AFTER.prove(k).terminal() == StatusProof.Terminal.OTHER_KEY && AFTER.prove(k).depth() > 0) {
                return k;
            }
        }
    }

    @Test
    void malformedProofBytesEachHaveTheirMessage() {
        byte[] good = AFTER.prove(REVOKED).encode();
        assertThat(malformed(Arrays.copyOf(good, good.length + 1))).contains("1 bytes after the terminal");
        assertThat(malformed(new byte[] {0x01, 0x01, 0, 0})).contains("depth 257 is above 256");
        assertThat(malformed(new byte[] {0, 1, 0x40, 0})).contains("padding bits are not zero");
        assertThat(malformed(new byte[] {0, 1, 0x00, 0})).contains("deepest sibling is empty");
        byte[] zeroSibling = new byte[2 + 1 + 32 + 1];
        zeroSibling[1] = 1;
        zeroSibling[2] = (byte) 0x80;
        assertThat(malformed(zeroSibling)).contains("sent but empty");
        assertThat(malformed(new byte[] {0, 0, 3})).contains("unknown terminal 3");
        assertThat(malformed(new byte[] {0, 0})).contains("length 2");
    }

    @Test
    void aPresenceProofWithoutItsValueOrAnAbsenceProofWithOneIsMalformed() {
        assertThat(reason(AFTER.prove(REVOKED), REVOKED, Optional.empty(), AFTER.root())).isEqualTo(StatusProofException.Reason.MALFORMED);
        MapKey absent = MapKey.of(SubjectKind.ACTOR, "nobody");
        assertThat(reason(AFTER.prove(absent), absent, Optional.of(new byte[32]), AFTER.root()))
                .isEqualTo(StatusProofException.Reason.MALFORMED);
    }

    @Test
    void theEmptyMapProvesAbsenceWithTheShortestProofAndOneEntryIsItsOwnRoot() throws Exception {
        assertThat(StatusMap.empty().root()).isEqualTo(new byte[32]);
        assertThat(StatusMap.empty().prove(REVOKED).encode()).containsExactly(0, 0, 0);
        StatusMap one = StatusMap.empty().with(REVOKED, Json.obj("n", 1));
        assertThat(one.root()).isEqualTo(MapHashing.leafHash(REVOKED.toBytes(), valueHash(one, REVOKED).orElseThrow()));
        assertThat(one.prove(REVOKED).encode()).containsExactly(0, 0, 1);
    }

    @Test
    void aMapRootLeafOfTheWrongLengthOrPrefixIsRefused() {
        byte[] good = MapRootLeaf.leafInput(3, 7, new byte[32]);
        assertThat(catchThrowableOfType(MapRootLeafException.class, () -> MapRootLeaf.parse(Arrays.copyOf(good, 65))))
                .hasMessage("a map-root leaf is 66 bytes, got 65");
        byte[] otherPrefix = good.clone();
        otherPrefix[12] = 'x';
        assertThat(catchThrowableOfType(MapRootLeafException.class, () -> MapRootLeaf.parse(otherPrefix)))
                .hasMessageStartingWith("a map-root leaf starts with 7472617a6f3a6d61702d726f6f743a763100");
        byte[] negative = good.clone();
        negative[18] = (byte) 0x80;
        assertThat(catchThrowableOfType(MapRootLeafException.class, () -> MapRootLeaf.parse(negative)))
                .hasMessageContaining("below 2^63");
    }

    private static String malformed(byte[] proof) {
        StatusProofException e = catchThrowableOfType(StatusProofException.class, () -> StatusProof.decode(proof));
        assertThat(e.reason()).isEqualTo(StatusProofException.Reason.MALFORMED);
        return e.getMessage();
    }
}
