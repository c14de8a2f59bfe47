package io.trazo.query.provenance;

import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.bundle.CertificateStatusDirectory;
import io.trazo.ledger.bundle.EvidenceRecord;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.bundle.ExportedBundle;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.provenance.ParsedRecords;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.QueryProperties;
import io.trazo.query.store.LogLeafCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import io.trazo.ledger.concurrent.Parallelism;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A lot's provenance as the API serves it: traces bounded by configuration, and the evidence set
 * (upstream trace plus certificates and their status records, plots and registry records) that both server-side verification
 * and the offline bundle are built from, so the two can never disagree about what was checked. Bundles
 * carry transparency-log evidence from the log's read-only views whenever the latest checkpoint covers
 * every record of the bundle.
 */
@Component
public class Provenance implements DisposableBean {

    private final ProvenanceWalker walker;
    private final BundleExporter exporter;
    private final Verifier verifier;
    /** Helpers of {@code trazo.query.check-threads}: the request's own thread is the first way. */
    private final ExecutorService checkThreads;
    private final LogProofs log;
    private final BundleMembers format2;
    private final StoredEvidence stored;
    private final int maxRecords;
    private final LedgerReader reader;
    private final PlotDirectory plots;
    private final CertificateStatusDirectory statuses;
    private final ParsedRecords parsed;
    /** Bounded as the other per-name memos of query (actor names, GLN places): far more than the registry's keys and actors. */
    private final RegistryBindings bindings = new RegistryBindings(100_000);

    /**
     * Walks, evidence and verification share one {@link ParsedRecords} memo, so a record parsed (and its
     * CBV event hash ID computed) for one request is reused by the next that reaches the same bytes.
     *
     * @param signatures the service's one memo of Ed25519 successes, which {@link VerifyAhead} fills ahead of the views
     */
    public Provenance(LedgerReader reader, PlotDirectory plots, CertificateStatusDirectory statuses, LogProofs log, LogLeafCheck leaves,
            BundleMembers format2, QueryProperties properties, CacheProperties caches, VerifiedSignatures signatures) {
        ParsedRecords parsed = new ParsedRecords(caches.parsedRecords());
        this.reader = reader;
        this.plots = plots;
        this.statuses = statuses;
        this.parsed = parsed;
        this.walker = new ProvenanceWalker(reader, parsed);
        this.exporter = new BundleExporter(reader, plots, statuses, parsed);
        AtomicInteger n = new AtomicInteger();
        this.checkThreads = Executors.newFixedThreadPool(Math.max(1, properties.checkWays() - 1), r -> {
            Thread t = new Thread(r, "trazo-verify-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.verifier = new Verifier(properties.trustRootKeys(), RolePolicy.standard(),
                Optional.of(signatures), new Parallelism(checkThreads, properties.checkWays()));
        this.log = log;
        this.format2 = format2;
        this.stored = new StoredEvidence(reader, leaves);
        this.maxRecords = properties.maxTraceRecords();
    }

    @Override
    public void destroy() {
        checkThreads.shutdownNow();
    }

    public int maxRecords() {
        return maxRecords;
    }

    public Trace upstream(String lot, int bound) {
        return walker.upstream(lot, Math.min(bound, maxRecords));
    }

    public Trace downstream(String lot, int bound) {
        return walker.downstream(lot, Math.min(bound, maxRecords));
    }

    /**
     * The lot's bundle, with log evidence if the latest checkpoint covers all of it; see {@link ExportedBundle#log()}.
     * With log evidence it is format 2 when that checkpoint has key-status proofs or cosignatures ({@link BundleMembers}).
     * Its records are first checked against the store and the log ({@link StoredEvidence}).
     *
     * @throws StoreIntegrityException if a record of the bundle fails that check
     */
    public ExportedBundle bundle(String lot) {
        Trace trace = upstream(lot, maxRecords);
        stored.recheck(exporter.contents(trace));
        return exporter.export(trace, log, format2);
    }

    public List<StoredRecord> evidence(Trace upstream) {
        return exporter.contents(upstream);
    }

    /** The key ids that sign any record of the lot's upstream evidence, sorted: the keys whose status decides its verification. */
    public List<String> signerKeys(String lot) {
        return keysOf(exporter.evidence(upstream(lot, maxRecords)));
    }

    /**
     * {@link #signerKeys(String)} of a walk the caller already made, from the same evidence {@link #verify(Walk)} checks: the
     * buyer's page view carries its own lot version, so a front end need not ask {@code /lots/{lot}/head} (a second walk) for a
     * lot it has no page of.
     */
    public List<String> signerKeys(Walk walk) {
        return keysOf(evidence(walk));
    }

    private static List<String> keysOf(List<EvidenceRecord> evidence) {
        TreeSet<String> keys = new TreeSet<>();
        for (EvidenceRecord e : evidence) {
            e.record().signatures().forEach(s -> keys.add(s.keyId().value()));
        }
        return List.copyOf(keys);
    }

    /** The walk's evidence set, gathered once per walk: its reads go through the walk's reader, so the re-check knows them. */
    private List<EvidenceRecord> evidence(Walk walk) {
        if (walk.evidence == null) {
            walk.evidence = new BundleExporter(walk.reads, plots, statuses, parsed).evidence(walk.trace);
        }
        return walk.evidence;
    }

    /**
     * Re-verifies the lot's whole upstream evidence from its bytes, as an offline auditor would, after
     * checking those bytes against the store and the log ({@link StoredEvidence}).
     *
     * @throws StoreIntegrityException if a record of the evidence fails that check
     */
    public Verification verify(String lot) {
        return verify(walk(lot));
    }

    /** The lot's upstream walk at {@link #maxRecords()}, remembering which of its records this request read from the store. */
    public Walk walk(String lot) {
        return walk(new FreshReads(reader, bindings), lot);
    }

    /**
     * {@link #walk(String)} from a head the caller read from the store just before (the buyer's page view reads it for its
     * version), so the walk does not read it a second time; the walk still moves past any accepted claim beyond it.
     */
    public Walk walk(LotHead head) {
        return walk(new FreshReads(reader, bindings, head), head.lot());
    }

    private Walk walk(FreshReads reads, String lot) {
        return new Walk(new ProvenanceWalker(reads, parsed).upstream(lot, maxRecords), reads);
    }

    /**
     * {@link #verify(String)} over a walk the caller already made with {@link #walk}, so one view can show the trace it
     * verified without walking twice (the buyer's page view, {@code /lots/{lot}/page}). Evidence read from the store
     * during this walk is not read a second time ({@link StoredEvidence}).
     */
    public Verification verify(Walk walk) {
        List<EvidenceRecord> evidence = evidence(walk);
        LogLeafCheck.Coverage coverage = stored.recheck(evidence, walk.reads);
        Map<Digest, EventRecord> events = new HashMap<>();
        evidence.forEach(e -> e.event().ifPresent(body -> events.put(e.record().hash(), body)));
        VerificationReport report = verifier.verifyParsed(evidence.stream().map(EvidenceRecord::record).toList(), events);
        return new Verification(walk.trace, evidence.stream().map(EvidenceRecord::stored).toList(), report, coverage);
    }

    /** One request's upstream walk: its trace, and the reader that knows which records it read fresh. */
    public static final class Walk {

        private final Trace trace;
        private final FreshReads reads;
        /** Not thread-safe: a walk belongs to one request. */
        private List<EvidenceRecord> evidence;

        private Walk(Trace trace, FreshReads reads) {
            this.trace = trace;
            this.reads = reads;
        }

        public Trace trace() {
            return trace;
        }
    }

    /** @param log how much of the evidence was also checked against its log leaf; the rest is newer than the latest checkpoint */
    public record Verification(Trace trace, List<StoredRecord> evidence, VerificationReport report, LogLeafCheck.Coverage log) {

        public Verification {
            evidence = List.copyOf(evidence);
        }
    }
}
