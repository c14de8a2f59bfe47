package io.trazo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.statusmap.MapHashing;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.statusmap.StatusProof;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator works at a small size: every key folded in, proofs verify and stay under 1 KB. */
class StatusMapWorkloadTest {

    @Test
    void theParallelChunkedBulkBuildGivesTheMapThatApplyingEachRecordInOrderGives() {
        int keys = 2_500;
        StatusMap applied = StatusMap.empty();
        for (int i = 0; i < StatusMapWorkload.ACTORS; i++) {
            applied = applied.apply(StatusMapWorkload.actorRecord(i));
        }
        for (int i = 0; i < keys; i++) {
            applied = applied.apply(StatusMapWorkload.keyRecord(i));
        }
        StatusMap built = StatusMap.replay(StatusMapWorkload.records(keys, 1_000));
        assertThat(StatusMapWorkload.build(keys).root()).isEqualTo(applied.root());
        assertThat(built.root()).isEqualTo(applied.root());
        assertThat(built.entries()).isEqualTo(applied.entries()).isEqualTo(keys + StatusMapWorkload.ACTORS);
    }

    @Test
    void theRecordFileIsWrittenByTheFirstBuildReadByTheNextAndRemadeWhenItsFirstRecordIsStale(@TempDir Path dir) throws Exception {
        int keys = 1_500;
        Path file = dir.resolve("keys-1500.records");
        byte[] root = StatusMapWorkload.build(keys).root();
        assertThat(StatusMapWorkload.shared(keys, file).root()).isEqualTo(root);
        assertThat(KeyRecordFile.holds(file, keys, StatusMapWorkload.keyWire(0))).isTrue();
        assertThat(KeyRecordFile.holds(file, keys + 1, StatusMapWorkload.keyWire(0))).isFalse();
        assertThat(dir.resolve("keys-1500.records.partial")).doesNotExist();
        FileTime written = Files.getLastModifiedTime(file);
        assertThat(StatusMapWorkload.shared(keys, file).root()).as("read back").isEqualTo(root);
        assertThat(Files.getLastModifiedTime(file)).as("read, not remade").isEqualTo(written);
        byte[] bytes = Files.readAllBytes(file);
        bytes[20] ^= 1;
        Files.write(file, bytes);
        assertThat(KeyRecordFile.holds(file, keys, StatusMapWorkload.keyWire(0))).isFalse();
        assertThat(StatusMapWorkload.shared(keys, file).root()).as("a stale first record: remade").isEqualTo(root);
    }

    @Test
    void tenThousandKeysFoldIntoAMapWhoseProofsVerifyAndStayUnderOneKilobyte() throws Exception {
        int keys = 10_000;
        long start = System.nanoTime();
        StatusMap map = StatusMapWorkload.build(keys);
        long built = System.nanoTime();
        java.util.List<io.trazo.ledger.record.SignedRecord> more = new java.util.ArrayList<>();
        for (int i = keys; i < keys + 2_000; i++) {
            more.add(StatusMapWorkload.keyRecord(i));
        }
        long made = System.nanoTime();
        StatusMap bigger = map;
        for (io.trazo.ledger.record.SignedRecord r : more) {
            bigger = bigger.apply(r);
        }
        long folded = System.nanoTime();
        System.out.printf("status map: 2,000 key records made (key derived, signed, parsed) in %.0f ms, applied in %.0f ms%n",
                (made - built) / 1e6, (folded - made) / 1e6);
        assertThat(map.entries()).isEqualTo(keys + StatusMapWorkload.ACTORS);
        for (int i = 0; i < keys; i += 97) {
            StatusProof proof = StatusProof.decode(map.prove(StatusMapWorkload.keySubject(i)).encode());
            proof.verify(StatusMapWorkload.keySubject(i), Optional.of(MapHashing.valueHash(map.get(StatusMapWorkload.keySubject(i))
                    .orElseThrow())), map.root());
        }
        int[] sizes = StatusMapWorkload.proofSizes(map, keys, 1_000);
        assertThat(sizes[2]).as("largest proof in base64 characters").isLessThan(1024);
        // a rough figure for the report, not a benchmark (StatusMapBenchmarks is)
        System.out.printf("status map: %,d entries built from signed records in %.1f s; proof base64 chars min %d, median %d, max %d%n",
                map.entries(), (built - start) / 1e9, sizes[0], sizes[1], sizes[2]);
        StatusMap revoked = map.apply(StatusMapWorkload.revocationRecord(5));
        assertThat(revoked.get(StatusMapWorkload.keySubject(5)).orElseThrow().has("revocation")).isTrue();
        assertThat(map.get(StatusMapWorkload.keySubject(5)).orElseThrow().has("revocation")).as("the old map is unchanged").isFalse();
    }
}
