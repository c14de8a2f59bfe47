package io.trazo.query.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.ledger.crypto.Digest;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.log.LogProofs;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.append.merkle.TileStore;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.append.InMemoryLedgerStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LogController.class)
class LogControllerTest {

    static final LogStores STORES = LogStores.inMemory();
    static final List<Digest> RECORDS;

    static {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        RECORDS = LogFixture.append(ledger, LogFixture.JOURNEY);
        Sequencer sequencer = new Sequencer(ledger, STORES, LogFixture.signer(), new SequencerPolicy(5, Duration.ZERO),
                MutableClock.atEpoch());
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
        TileStore tiles() {
            return STORES.tiles();
        }

        @Bean
        LogProofs proofs() {
            return new LogProofs(STORES.tiles(), STORES.leaves(), STORES.history());
        }
    }

    @Autowired
    MockMvc mvc;

    private Checkpoint latest() throws Exception {
        byte[] note = mvc.perform(get("/checkpoint")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return Checkpoints.open(note, LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint();
    }

    @Test
    void theLatestCheckpointIsServedAsTheExactSignedNote() throws Exception {
        assertThat(latest().size()).isEqualTo(RECORDS.size());
        var response = mvc.perform(get("/log/checkpoint")).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(STORES.history().latest().orElseThrow().note());
    }

    @Test
    void theHistoryListsEveryCheckpointAscending() throws Exception {
        mvc.perform(get("/log/checkpoints").param("from", "1").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkpoints[0].size").value(5))
                .andExpect(jsonPath("$.checkpoints[1].size").value(10));
    }

    @Test
    void anInclusionProofByRecordHashVerifiesAgainstTheLatestCheckpoint() throws Exception {
        Checkpoint checkpoint = latest();
        mvc.perform(get("/log/proof/inclusion").param("record", RECORDS.get(3).hex()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leafIndex").value(3))
                .andExpect(jsonPath("$.treeSize").value(checkpoint.size()));
    }

    @Test
    void aConsistencyProofBetweenTwoSizesVerifies() throws Exception {
        Checkpoint to = latest();
        Checkpoint from = Checkpoints.open(STORES.history().at(5).orElseThrow().bytes(), LogFixture.ORIGIN,
                LogFixture.signer().verifierKey()).checkpoint();
        byte[] json = mvc.perform(get("/log/proof/consistency").param("from", "5").param("to", Long.toString(to.size())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        ConsistencyProof proof = LogJson.parseConsistency(json);
        ProofVerifier.verifyConsistency(proof, from.root(), to.root());
    }

    @Test
    void anUnknownRecordIsAProblemDetailWithAStableType() throws Exception {
        mvc.perform(get("/log/proof/inclusion").param("record", "00".repeat(32)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/log/unknown-record"))
                .andExpect(jsonPath("$.detail").value("record " + "00".repeat(32) + " is not in the log"));
    }

    @Test
    void aSizeBeyondTheLatestCheckpointIsABadRequest() throws Exception {
        mvc.perform(get("/log/proof/consistency").param("from", "1").param("to", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/log/size-not-published"));
    }

    @Test
    void aMalformedRecordHashIsABadRequest() throws Exception {
        mvc.perform(get("/log/proof/inclusion").param("record", "XYZ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/log/bad-request"));
    }

    @Test
    void aSizeThatIsNotANumberIsABadRequestSaidInWordsNotJavaTypes() throws Exception {
        mvc.perform(get("/log/checkpoints").param("from", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/log/bad-request"))
                .andExpect(jsonPath("$.detail").value("from: expected a whole number, got \"abc\""))
                .andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/log/proof/consistency").param("from", "1").param("to", "99999999999999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("to: expected a whole number up to 9223372036854775807, got \"99999999999999999999\""));
    }

    @Test
    void tilesAreServedAtTheirTlogTilesPaths() throws Exception {
        long size = latest().size();
        byte[] partial = mvc.perform(get("/tile/0/000.p/" + size)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(partial).hasSize((int) size * 32);
        mvc.perform(get("/tile/0/000.p/3")).andExpect(status().isOk());
        mvc.perform(get("/tile/0/000")).andExpect(status().isNotFound());
        mvc.perform(get("/tile/0/x1/000")).andExpect(status().isBadRequest());
    }
}
