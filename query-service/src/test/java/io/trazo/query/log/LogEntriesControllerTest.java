package io.trazo.query.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.TreeHasher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /log/entries} over a log with map-root leaves: every entry is the leaf input whose hash the tiles hold. */
@WebMvcTest(LogEntriesController.class)
class LogEntriesControllerTest {

    static final LogStores STORES = LogStores.inMemory();
    static final InMemoryLedgerStore LEDGER = new InMemoryLedgerStore();

    static {
        LogFixture.append(LEDGER, LogFixture.JOURNEY);
        Sequencer sequencer = new Sequencer(LEDGER, STORES, LogFixture.signer(), new SequencerPolicy(5, Duration.ZERO),
                MutableClock.atEpoch(), StatusMapRoots.empty());
        try {
            while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
                // next batch
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class InMemoryLog {
        @Bean
        LogProofs proofs() {
            return new LogProofs(STORES.tiles(), STORES.leaves(), STORES.history());
        }

        @Bean
        LogEntries entries() {
            return new LogEntries(STORES.leaves(), LEDGER);
        }
    }

    @Autowired
    MockMvc mvc;

    private List<byte[]> fetch(long start, long end) throws Exception {
        byte[] body = mvc.perform(get("/log/entries").param("start", Long.toString(start)).param("end", Long.toString(end)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return LogEntries.parse(body, (int) (end - start));
    }

    @Test
    void everyServedEntryHashesToItsTileLeafHashAndMapRootLeavesAreWhereTheIndexSays() throws Exception {
        long size = STORES.history().latest().orElseThrow().size();
        MerkleProofs tiles = new MerkleProofs(STORES.tiles());
        List<byte[]> all = new ArrayList<>(fetch(0, 7));
        all.addAll(fetch(7, size));
        assertThat(all).hasSize((int) size);
        int mapRoots = 0;
        for (int leaf = 0; leaf < size; leaf++) {
            assertThat(TreeHasher.leafHash(all.get(leaf))).as("leaf %d", leaf).isEqualTo(tiles.leafHash(leaf));
            boolean mapRoot = LeafEntry.MapRoot.startsWithDomain(all.get(leaf));
            assertThat(mapRoot).isEqualTo(STORES.leaves().entries(leaf, 1).get(0) instanceof LeafEntry.MapRoot);
            assertThat(mapRoot || LogLeaf.hash(LEDGER.record(STORES.leaves().recordAt(leaf).orElseThrow()).orElseThrow().wire())
                    .equals(tiles.leafHash(leaf))).isTrue();
            mapRoots += mapRoot ? 1 : 0;
        }
        assertThat(mapRoots).isEqualTo(STORES.history().since(0, 100).size());
    }

    @Test
    void leavesBeyondTheLatestCheckpointOrTooManyAtOnceAreABadRequest() throws Exception {
        long size = STORES.history().latest().orElseThrow().size();
        mvc.perform(get("/log/entries").param("start", "0").param("end", Long.toString(size + 1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("https://trazo.dev/problems/log/bad-request"));
        mvc.perform(get("/log/entries").param("start", "3").param("end", "3")).andExpect(status().isBadRequest());
        mvc.perform(get("/log/entries").param("start", "0").param("end", "257")).andExpect(status().isBadRequest());
    }
}
