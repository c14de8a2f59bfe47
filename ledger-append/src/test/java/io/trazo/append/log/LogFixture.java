package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.LedgerStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A ledger filled with the coffee journey, and the test log's identity. */
public final class LogFixture {

    public static final String ORIGIN = "trazo.test/log";
    public static final List<byte[]> JOURNEY = CoffeeJourney.records();

    private LogFixture() {}

    public static LogSigner signer() {
        return new LogSigner(ORIGIN, key(7));
    }

    public static LogSigner otherSigner() {
        return new LogSigner(ORIGIN, key(9));
    }

    /** A log key of this fixture's origin from a one-byte seed pattern: 7 is {@link #signer()}'s, 9 {@link #otherSigner()}'s. */
    public static NoteSignerKey key(int seedByte) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) seedByte);
        return NoteSignerKey.of(ORIGIN, seed);
    }

    /** Appends {@code wires} to {@code ledger} in order and returns their hashes in ledger order. */
    public static List<Digest> append(LedgerStore ledger, List<byte[]> wires) {
        Appender appender = new Appender(ledger, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        List<Digest> order = new ArrayList<>();
        for (byte[] wire : wires) {
            AppendOutcome outcome = appender.append(wire);
            if (!(outcome instanceof AppendOutcome.Accepted accepted)) {
                throw new IllegalStateException("journey record not accepted: " + outcome);
            }
            order.add(accepted.hash().orElseThrow());
        }
        return order;
    }

    public static InMemoryLedgerStore journeyLedger() {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        append(ledger, JOURNEY);
        return ledger;
    }
}
