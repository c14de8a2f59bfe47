package io.trazo.ledger.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.trazo.ledger.merkle.note.Cosignature;
import io.trazo.ledger.merkle.note.CosignatureException;
import java.nio.charset.StandardCharsets;

/**
 * The two parsers a witness and a verifier run on untrusted bytes (protocol §19): the
 * {@code add-checkpoint} body and a cosignature line. Each either refuses with its own typed exception
 * or reads back to the bytes it came from. Without {@code JAZZER_FUZZ=1} only the seeds under
 * {@code WitnessWireFuzzTestInputs/} are replayed.
 */
class WitnessWireFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anAddCheckpointBodyIsRefusedOrReEncodesToItsOwnBytes(byte[] data) {
        AddCheckpointRequest request;
        try {
            request = AddCheckpointRequest.parse(data);
        } catch (CheckpointException refused) {
            assertThat(refused.reason()).isEqualTo(CheckpointException.Reason.MALFORMED_WITNESS_REQUEST);
            return;
        }
        assertThat(request.encode()).isEqualTo(data);
    }

    @FuzzTest(maxDuration = "30s")
    void aCosignatureLineIsRefusedOrReadsBackExactly(byte[] data) {
        String line = new String(data, StandardCharsets.UTF_8);
        Cosignature cosignature;
        try {
            cosignature = Cosignature.parse(line);
        } catch (CosignatureException refused) {
            return;
        }
        assertThat(cosignature.text()).isEqualTo(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
    }
}
