package io.trazo.ledger.provenance;

import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.RecordBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

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

    /**
     * Revokes an actor's demo key from {@code revokedAt} (reason {@code compromised}) through the real append
     * code: what a cache of verdicts must notice, because it fails the actor's later records without moving
     * any lot's head.
     */
    public static void revoke(LedgerStore store, String actor, Instant revokedAt) {
        String at = MILLIS.format(revokedAt);
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(Instant.parse(at))
                .body(Json.obj("keyId", new DemoParties().key(actor).keyId().value(), "revokedAt", at, "reason", "compromised"))
                .sign(new DemoParties().governance());
        AppendOutcome outcome = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).append(revocation);
        if (!(outcome instanceof AppendOutcome.Accepted)) {
            throw new IllegalStateException("revocation not accepted: " + outcome);
        }
    }

    /**
     * The status records of a certificate by scanning every accepted position: the spec-literal directory
     * (docs/protocol.md §18) for small test ledgers, to check the stores' indexed ones against.
     */
    public static io.trazo.ledger.bundle.CertificateStatusDirectory statuses(io.trazo.ledger.store.LedgerReader reader) {
        return (certificate, certifier) -> {
            List<Digest> out = new java.util.ArrayList<>();
            for (long p = 0; p <= reader.lastPosition(); p++) {
                reader.acceptedAt(p).flatMap(reader::record).map(r -> RecordCodec.parse(r.wire()))
                        .filter(r -> r.type() == RecordType.CERTIFICATE_STATUS && r.actor().equals(certifier))
                        .filter(r -> io.trazo.ledger.claim.CertificateStatuses.read(r).certificate().equals(certificate))
                        .ifPresent(r -> out.add(r.hash()));
            }
            return out;
        };
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
