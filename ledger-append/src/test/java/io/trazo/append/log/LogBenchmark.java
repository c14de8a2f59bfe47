package io.trazo.append.log;

import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.ledger.merkle.InclusionProof;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.append.merkle.TreeAppender;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark harness (not a test) for the transparency log at 1,000,000 leaves; see docs/benchmarks.md
 * for the command. Integration runs the sequencer's per-batch work through the real ports: leaf index,
 * tiles, the root and consistency checks, signing, and the state compare-and-set.
 */
public final class LogBenchmark {

    public static void main(String[] args) throws Exception {
        int leaves = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        System.out.printf("leaves=%d batch=%d cores=%d java=%s%n", leaves, batch,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        leafHashing();
        for (int round = 1; round <= 2; round++) {
            LogStores stores = LogStores.inMemory();
            integrate(stores, leaves, batch, round == 1 ? "warm-up" : "measured");
            if (round == 2) {
                proofs(stores, leaves);
            }
        }
        signing();
    }

    private static void leafHashing() {
        List<byte[]> journey = LogFixture.JOURNEY;
        int n = 0;
        long start = System.nanoTime();
        long deadline = start + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (byte[] wire : journey) {
                SignedRecord record = RecordCodec.parse(wire);
                LogLeaf.hash(record);
                n++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("record codec parse + leaf hash (full field checks, as at acceptance): %.0f records/s%n", n / seconds);
        n = 0;
        start = System.nanoTime();
        deadline = start + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (byte[] wire : journey) {
                LogLeaf.ofStored(wire);
                n++;
            }
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("sequencer leaf hashing (strict JSON + JCS + record hash + leaf hash of journey records, avg %d bytes): %.0f records/s%n",
                journey.stream().mapToInt(w -> w.length).sum() / journey.size(), n / seconds);
    }

    private static void integrate(LogStores stores, int leaves, int batch, String label) throws Exception {
        LogSigner signer = LogFixture.signer();
        LogChecks checks = new LogChecks(stores, signer);
        TreeAppender tree = TreeAppender.empty(stores.tiles());
        LogState state = LogState.EMPTY;
        stores.state().compareAndSet(Optional.empty(), state);
        FencingToken token = new FencingToken(1);
        long start = System.nanoTime();
        long signing = 0;
        for (int first = 0; first < leaves; first += batch) {
            int count = Math.min(batch, leaves - first);
            List<Digest> records = new ArrayList<>(count);
            List<TreeHash> hashes = new ArrayList<>(count);
            for (int i = first; i < first + count; i++) {
                byte[] id = ByteBuffer.allocate(8).putLong(i).array();
                records.add(Digest.sha256(id));
                hashes.add(TreeHasher.leafHash(id));
            }
            checks.committed(state, stores.history().latest());
            stores.leaves().putAll(first, records);
            TreeHead head = tree.append(hashes);
            checks.extension(state, head);
            long s = System.nanoTime();
            SignedCheckpoint checkpoint = signer.sign(head);
            signing += System.nanoTime() - s;
            LogState next = new LogState(head.size(), head.root(), head.size(), token, Optional.of(checkpoint));
            if (stores.state().compareAndSet(Optional.of(state), next) != StateWrite.WRITTEN) {
                throw new IllegalStateException("lost the state");
            }
            stores.history().append(checkpoint);
            state = next;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("integration %s: %d leaves in %.2f s = %.0f leaves/s (%d checkpoints, signing %.0f ms, %d tiles)%n",
                label, leaves, seconds, leaves / seconds, (leaves + batch - 1) / batch, signing / 1e6,
                ((InMemoryTileStore) stores.tiles()).tileCount());
    }

    private static void proofs(LogStores stores, int leaves) throws Exception {
        MerkleProofs proofs = new MerkleProofs(stores.tiles());
        TreeHash root = proofs.rootAt(leaves);
        Random random = new Random(1);
        int n = 20_000;
        long[] inclusion = new long[n];
        long[] consistency = new long[n];
        for (int i = 0; i < n; i++) {
            long leaf = random.nextInt(leaves);
            long s = System.nanoTime();
            InclusionProof proof = proofs.inclusionProof(leaf, leaves);
            inclusion[i] = System.nanoTime() - s;
            ProofVerifier.verifyInclusion(TreeHasher.leafHash(ByteBuffer.allocate(8).putLong(leaf).array()), proof, root);
            long size1 = 1 + random.nextInt(leaves - 1);
            s = System.nanoTime();
            ConsistencyProof c = proofs.consistencyProof(size1, leaves);
            consistency[i] = System.nanoTime() - s;
            if (i < 200) {
                ProofVerifier.verifyConsistency(c, proofs.rootAt(size1), root);
            }
        }
        report("inclusion proof generation", inclusion);
        report("consistency proof generation", consistency);
    }

    private static void report(String what, long[] nanos) {
        long[] half = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(half);
        System.out.printf("%s at 1M-scale tree: p50 %.1f µs, p99 %.1f µs, max %.1f µs%n", what, half[half.length / 2] / 1e3,
                half[(int) (half.length * 0.99)] / 1e3, half[half.length - 1] / 1e3);
    }

    private static void signing() {
        LogSigner signer = LogFixture.signer();
        TreeHead head = new TreeHead(1_000_000, TreeHasher.leafHash(new byte[] {1}));
        int n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 3_000_000_000L) {
            signer.sign(new TreeHead(head.size() + n, head.root()));
            n++;
        }
        System.out.printf("checkpoint signing (Ed25519 signed note): %.0f checkpoints/s%n", n / ((System.nanoTime() - start) / 1e9));
    }
}
