package io.trazo.ledger.bench;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.Ed25519Verifier;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.Signature;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventHashId;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.event.JsonContext;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordHashing;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.StoreRegistry;
import io.trazo.ledger.verify.CheckedRecord;
import io.trazo.ledger.verify.RecordVerifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Record-level costs on one core, for a typical single-signer event record (the importer unpacking
 * the container: an AggregationEvent of 1,359 bytes on the wire). {@code rawVerify} is BouncyCastle's Ed25519 verification alone: the ceiling
 * that {@code fullVerify} (parse, canonicalise, hash, EPCIS and event-hash checks, registry look-ups,
 * signature) is compared against; {@code fullVerifyV2} is the same for a v2 record. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RecordBenchmarks {

    private byte[] wire;
    private SignedRecord record;
    private byte[] message;
    private byte[] rawPublicKey;
    private byte[] rawSignature;
    private PublicKey publicKey;
    private Signature signature;
    private SigningKey signingKey;
    private RecordVerifier verifier;
    private StoreRegistry registry;
    private byte[] wireV2;
    private SignedRecord recordV2;
    private JsonObject eventV2;
    private JsonContext contextV2;

    @Setup
    public void setUp() {
        List<byte[]> journey = CoffeeJourney.records();
        int at = 0;
        while (!new String(journey.get(at), java.nio.charset.StandardCharsets.UTF_8).contains("\"unpacking\"")) {
            at++;
        }
        wire = journey.get(at);
        record = RecordCodec.parse(wire);
        message = record.signingMessage();
        signingKey = new DemoParties().key(DemoParties.IMPORTER);
        publicKey = signingKey.publicKey();
        rawPublicKey = publicKey.toBytes();
        signature = record.signatures().get(0).signature();
        rawSignature = signature.toBytes();
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        journey.subList(0, at).forEach(appender::append);
        registry = new StoreRegistry(store);
        verifier = new RecordVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        verifier.check(0, wire, registry);
        wireV2 = V2EventRecord.inspection(record.hash());
        recordV2 = RecordCodec.parse(wireV2);
        eventV2 = recordV2.body().get("event").map(JsonObject.class::cast).orElseThrow();
        contextV2 = JsonContext.fromDocument(eventV2);
        // a record that fails a check stops early and would flatter the figure: both must pass every check
        for (byte[] w : List.of(wire, wireV2)) {
            verifier.check(0, w, registry).report().decisive().ifPresent(f -> {
                throw new IllegalStateException("benchmark record fails verification: " + f);
            });
        }
    }

    /** BouncyCastle Ed25519 verification alone, decoding the public key each time as a plain API call does. */
    @Benchmark
    public boolean rawVerify() {
        return Ed25519.verify(rawSignature, 0, rawPublicKey, 0, message, 0, message.length);
    }

    /** Trazo's policy-checked verification with a cached decoded key. */
    @Benchmark
    public boolean policyVerify() {
        return Ed25519Verifier.verify(publicKey, message, signature);
    }

    /** Strict parse, JCS of the unsigned record, and the domain-separated SHA-256. */
    @Benchmark
    public Digest canonicaliseAndHash() {
        return RecordCodec.parse(wire).hash();
    }

    /** JCS and hash of an already parsed record: what signing costs before the signature. */
    @Benchmark
    public Digest canonicaliseAndHashParsed() {
        return RecordHashing.recordHash(record.version(), Jcs.canonicalize(record.json().without(RecordHashing.SIGNATURES_MEMBER)));
    }

    /** Hash and Ed25519-sign a parsed record. */
    @Benchmark
    public Signature sign() {
        Digest hash = RecordHashing.recordHash(record.json());
        return signingKey.sign(RecordHashing.signingMessage(record.version(), hash));
    }

    /**
     * The "full verification": strict parse, canonicalise, hash, and the Ed25519 verification
     * of the record's signature under its registered key (policy checks included).
     */
    @Benchmark
    public boolean parseCanonicaliseHashVerify() {
        SignedRecord parsed = RecordCodec.parse(wire);
        return Ed25519Verifier.verify(publicKey, parsed.signingMessage(), parsed.signatures().get(0).signature());
    }

    /**
     * Everything ingest does to decide whether a record is valid, short of the store's link checks:
     * the above plus EPCIS validation, recomputing the CBV 2.0 event hash ID, registry look-ups, key
     * validity, revocation and role policy.
     */
    @Benchmark
    public CheckedRecord fullVerify() {
        return verifier.check(0, wire, registry);
    }

    /**
     * {@link #fullVerify} of a protocol v2 event record ({@link V2EventRecord}, about 1.9 kB): decimal
     * quantities and sensor values, an event-level {@code @context} whose {@code trazo:} prefix the v2
     * rules and the CBV 2.0 hash read, and Trazo's extension fields. Compare with {@link #rawVerify} in
     * the same run (issue 16: at least 0.82).
     */
    @Benchmark
    public CheckedRecord fullVerifyV2() {
        return verifier.check(0, wireV2, registry);
    }

    /** The strict parse, JCS and record hash of {@link #fullVerifyV2}'s record: its share of that cost. */
    @Benchmark
    public SignedRecord parseV2() {
        return RecordCodec.parse(wireV2);
    }

    /** The event checks of {@link #fullVerifyV2} on an already parsed record: EPCIS v2 rules and the CBV 2.0 hash. */
    @Benchmark
    public EventRecord eventV2() {
        return EventRecords.read(recordV2);
    }

    /** The CBV 2.0 pre-hash string alone of {@link #fullVerifyV2}'s event, with the event's own context. */
    @Benchmark
    public String preHashV2() {
        return EventHashId.preHash(eventV2, contextV2);
    }
}
