package io.trazo.ingest.bench;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** BouncyCastle's Ed25519 verification alone, on a record-sized message: the ceiling for ingest. */
final class RawEd25519 {

    private RawEd25519() {}

    /** Verifications per second with {@code threads} threads busy for {@code duration}, after a one-second warm-up. */
    static double rate(int threads, Duration duration) throws InterruptedException {
        SecureRandom random = new SecureRandom();
        byte[] sk = new byte[Ed25519.SECRET_KEY_SIZE];
        random.nextBytes(sk);
        byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(sk, 0, pk, 0);
        byte[] message = new byte[1200];
        random.nextBytes(message);
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(sk, 0, message, 0, message.length, sig, 0);
        run(threads, Duration.ofSeconds(1), pk, message, sig);
        return run(threads, duration, pk, message, sig) / (duration.toNanos() / 1e9);
    }

    private static long run(int threads, Duration duration, byte[] pk, byte[] message, byte[] sig) throws InterruptedException {
        LongAdder count = new LongAdder();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ts[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    if (!Ed25519.verify(sig, 0, pk, 0, message, 0, message.length)) {
                        throw new IllegalStateException("verification failed");
                    }
                    count.increment();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return count.sum();
    }
}
