package io.trazo.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The memo keyed by a digest of (key, message, signature) answers exactly as Ed25519 does: a success is
 * remembered for that exact triple only, and a changed byte in any of the three is checked afresh.
 */
class VerifiedSignaturesTest {

    private static final SigningKey ALICE = SigningKey.fromSeed(seed(1));
    private static final SigningKey BOB = SigningKey.fromSeed(seed(2));
    private static final byte[] MESSAGE = "trazo:record:v1\0 some record hash".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSuccessIsRememberedForThatTripleAndAnsweredWithoutEd25519() {
        VerifiedSignatures memo = new VerifiedSignatures(10);
        Signature sig = ALICE.sign(MESSAGE);
        assertThat(memo.verify(ALICE.publicKey(), MESSAGE, sig)).isTrue();
        assertThat(memo.verify(ALICE.publicKey(), MESSAGE.clone(), Signature.of(sig.toBytes()))).isTrue();
        assertThat(memo.misses()).isEqualTo(1);
        assertThat(memo.hits()).isEqualTo(1);
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void aFailureIsNeverRememberedAndIsCheckedAgainEveryTime() {
        VerifiedSignatures memo = new VerifiedSignatures(10);
        Signature other = BOB.sign(MESSAGE);
        for (int i = 0; i < 3; i++) {
            assertThat(memo.verify(ALICE.publicKey(), MESSAGE, other)).isFalse();
        }
        assertThat(memo.misses()).isEqualTo(3);
        assertThat(memo.hits()).isZero();
        assertThat(memo.size()).isZero();
    }

    /** After the genuine triple was remembered: a flipped bit anywhere in it must miss the memo and fail. */
    @Test
    void everyOneBitChangeOfTheMessageOrSignatureAfterASuccessMissesAndFails() {
        VerifiedSignatures memo = new VerifiedSignatures(10);
        Signature sig = ALICE.sign(MESSAGE);
        assertThat(memo.verify(ALICE.publicKey(), MESSAGE, sig)).isTrue();
        for (int bit = 0; bit < MESSAGE.length * 8; bit++) {
            byte[] changed = MESSAGE.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(memo.verify(ALICE.publicKey(), changed, sig)).as("message bit %d", bit).isFalse();
        }
        byte[] s = sig.toBytes();
        for (int bit = 0; bit < s.length * 8; bit++) {
            byte[] changed = s.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(memo.verify(ALICE.publicKey(), MESSAGE, Signature.of(changed))).as("signature bit %d", bit).isFalse();
        }
        assertThat(memo.verify(BOB.publicKey(), MESSAGE, sig)).isFalse();
        assertThat(memo.hits()).isZero();
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedEntryIsDroppedBeyondCapacity() {
        VerifiedSignatures memo = new VerifiedSignatures(2);
        List<byte[]> messages = List.of(bytes("a"), bytes("b"), bytes("c"));
        for (byte[] m : messages) {
            assertThat(memo.verify(ALICE.publicKey(), m, ALICE.sign(m))).isTrue();
        }
        assertThat(memo.size()).isEqualTo(2);
        long misses = memo.misses();
        assertThat(memo.verify(ALICE.publicKey(), bytes("c"), ALICE.sign(bytes("c")))).isTrue();
        assertThat(memo.misses()).as("the newest is kept").isEqualTo(misses);
        assertThat(memo.verify(ALICE.publicKey(), bytes("a"), ALICE.sign(bytes("a")))).isTrue();
        assertThat(memo.misses()).as("the eldest was dropped, so checked again").isEqualTo(misses + 1);
    }

    @RepeatedTest(5)
    void concurrentCallersAllGetEd25519sAnswerAndEveryCallIsCounted() throws Exception {
        VerifiedSignatures memo = new VerifiedSignatures(16);
        List<byte[]> messages = new ArrayList<>();
        List<Signature> sigs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            messages.add(bytes("m" + i));
            sigs.add(i % 4 == 0 ? BOB.sign(bytes("m" + i)) : ALICE.sign(bytes("m" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < messages.size(); i++) {
                    int k = i;
                    calls.add(pool.submit(() -> memo.verify(ALICE.publicKey(), messages.get(k), sigs.get(k)) == (k % 4 != 0)));
                }
            }
            for (Future<Boolean> call : calls) {
                assertThat(call.get()).isTrue();
            }
            assertThat(memo.hits() + memo.misses()).isEqualTo(calls.size());
            assertThat(memo.size()).isLessThanOrEqualTo(16);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] seed(int n) {
        byte[] s = new byte[32];
        s[0] = (byte) n;
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
