package io.trazo.ledger.provenance;

import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The coffee journey appended by the real append code, for tests of everything that reads a ledger. */
public final class JourneyLedger {

    private JourneyLedger() {}

    public static InMemoryLedgerStore inMemory() {
        return fill(new InMemoryLedgerStore());
    }

    /** Appends every journey record; fails loudly unless each is accepted. */
    public static <S extends LedgerStore> S fill(S store) {
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        for (byte[] wire : CoffeeJourney.records()) {
            AppendOutcome outcome = appender.append(wire);
            if (!(outcome instanceof AppendOutcome.Accepted)) {
                throw new IllegalStateException("journey record not accepted: " + outcome);
            }
        }
        return store;
    }

    /** The journey's plots by id, as a directory over the records themselves. */
    public static PlotDirectory plots() {
        Map<String, Digest> plots = new HashMap<>();
        for (byte[] wire : CoffeeJourney.records()) {
            SignedRecord r = RecordCodec.parse(wire);
            if (r.type() == RecordType.PLOT) {
                plots.putIfAbsent(Plots.read(r).plotId(), r.hash());
            }
        }
        return (plotId, registrant) -> Optional.ofNullable(plots.get(plotId));
    }

    public static List<SignedRecord> parsed() {
        return CoffeeJourney.records().stream().map(RecordCodec::parse).toList();
    }
}
