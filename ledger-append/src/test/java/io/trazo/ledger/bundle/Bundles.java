package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogProofs;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.append.InMemoryLedgerStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Exports journey bundles and rewrites them the way an attacker with a text editor would. */
final class Bundles {

    private Bundles() {}

    static byte[] export(String lot) {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        return new BundleExporter(store, JourneyLedger.plots()).export(new ProvenanceWalker(store).upstream(lot, 1000));
    }

    /**
     * Exports {@code lot} from the journey ledger after {@code signer}'s sequencer has integrated it in
     * batches of {@code batch}, running at most {@code batches} integrations (all of them if negative).
     */
    static ExportedBundle exportLogged(String lot, LogSigner signer, int batch, int batches) {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        LogStores log = LogStores.inMemory();
        Sequencer sequencer = new Sequencer(store, log, signer, new SequencerPolicy(batch, Duration.ZERO), MutableClock.atEpoch());
        try {
            for (int n = 0; n != batches && sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed; n++) {
                // next batch
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new BundleExporter(store, JourneyLedger.plots())
                .export(new ProvenanceWalker(store).upstream(lot, 1000), new LogProofs(log.tiles(), log.leaves(), log.history()));
    }

    static LogEvidence log(byte[] bundle) {
        return BundleFormat.read(bundle).log().orElseThrow();
    }

    /** The same bundle with its log evidence replaced, still in canonical form. */
    static byte[] withLog(byte[] bundle, UnaryOperator<LogEvidence> change) {
        ParsedBundle parsed = BundleFormat.read(bundle);
        return BundleFormat.write(parsed.lot(), parsed.head(), parsed.records(), Optional.of(change.apply(parsed.log().orElseThrow())));
    }

    /** The same bundle with its proof list replaced. */
    static byte[] withProofs(byte[] bundle, UnaryOperator<List<LeafProof>> change) {
        return withLog(bundle, e -> new LogEvidence(e.checkpoint(), change.apply(new ArrayList<>(e.proofs()))));
    }

    static List<byte[]> records(byte[] bundle) {
        return BundleFormat.read(bundle).records();
    }

    /** The same bundle with its record list replaced (log evidence kept as it was), still in canonical form. */
    static byte[] withRecords(byte[] bundle, UnaryOperator<List<byte[]>> change) {
        ParsedBundle parsed = BundleFormat.read(bundle);
        return BundleFormat.write(parsed.lot(), parsed.head(), change.apply(new ArrayList<>(parsed.records())), parsed.log());
    }

    static byte[] withMember(byte[] bundle, String name, JsonValue value) {
        JsonObject json = (JsonObject) new StrictJson(new StrictJson.Limits(BundleFormat.MAX_BYTES, 8)).parse(bundle);
        Map<String, JsonValue> members = new LinkedHashMap<>(json.members());
        members.put(name, value);
        return Jcs.canonicalize(new JsonObject(members));
    }

    static JsonValue strings(List<byte[]> wires) {
        List<JsonValue> out = new ArrayList<>();
        wires.forEach(w -> out.add(new JsonString(Base64Url.encode(w))));
        return new JsonArray(out);
    }
}
