package io.trazo.ledger.log;

import io.trazo.append.log.LogFixture;
import io.trazo.append.log.Tampering;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LogLeafTest {

    private static final SignedRecord FIRST = RecordCodec.parse(LogFixture.JOURNEY.get(0));

    @Test
    void theLeafInputIsTheV1DomainFollowedByTheJcsOfTheWholeRecord() {
        byte[] input = LogLeaf.input(FIRST);
        assertThat(HexFormat.of().formatHex(LogLeaf.DOMAIN)).isEqualTo("7472617a6f3a6c6f672d6c6561663a763100");
        assertThat(Arrays.copyOf(input, LogLeaf.DOMAIN.length)).isEqualTo("trazo:log-leaf:v1\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(input, LogLeaf.DOMAIN.length, input.length)).isEqualTo(Jcs.canonicalize(FIRST.json()));
        assertThat(new String(input, LogLeaf.DOMAIN.length, input.length - LogLeaf.DOMAIN.length, StandardCharsets.UTF_8))
                .contains("\"sigs\":[");
    }

    @Test
    void theLeafHashIsTheRfc9162LeafHashOfTheInput() {
        byte[] prefixed = new byte[LogLeaf.input(FIRST).length + 1];
        System.arraycopy(LogLeaf.input(FIRST), 0, prefixed, 1, prefixed.length - 1);
        assertThat(LogLeaf.hash(FIRST).bytes()).isEqualTo(Digest.sha256(prefixed).toBytes());
        assertThat(LogLeaf.hash(LogFixture.JOURNEY.get(0))).isEqualTo(TreeHasher.leafHash(LogLeaf.input(FIRST)));
    }

    @Test
    void theLeafDoesNotDependOnWireSpellingOnlyOnCanonicalContent() {
        String wire = new String(LogFixture.JOURNEY.get(0), StandardCharsets.UTF_8);
        byte[] spaced = wire.replaceFirst("\\{", "{ ").getBytes(StandardCharsets.UTF_8);
        assertThat(LogLeaf.hash(spaced)).isEqualTo(LogLeaf.hash(FIRST));
    }

    @Test
    void theLeafCommitsToTheSignaturesWhichTheRecordHashDoesNot() {
        SignedRecord swapped = RecordCodec.parse(Tampering.swapSignature(LogFixture.JOURNEY.get(0), LogFixture.JOURNEY.get(1)));
        assertThat(swapped.hash()).isEqualTo(FIRST.hash());
        assertThat(LogLeaf.hash(swapped)).isNotEqualTo(LogLeaf.hash(FIRST));
    }

    @Test
    void theLeafInputCannotBeMistakenForARecordHashOrNodeHashPreimage() {
        byte[] input = LogLeaf.input(FIRST);
        assertThat(new String(input, 0, 16, StandardCharsets.US_ASCII)).doesNotStartWith("trazo:record:");
        assertThat(input[0]).isNotIn(TreeHasher.LEAF_HASH_PREFIX, TreeHasher.NODE_HASH_PREFIX);
    }

    @Test
    void theSequencersFastPathGivesTheSameLeafAndRecordHashAsTheFullParse() {
        for (byte[] wire : LogFixture.JOURNEY) {
            SignedRecord parsed = RecordCodec.parse(wire);
            LogLeaf.Hashes fast = LogLeaf.ofStored(wire);
            assertThat(fast.leaf()).isEqualTo(LogLeaf.hash(parsed));
            assertThat(fast.record()).isEqualTo(parsed.hash());
        }
    }

    @Test
    void theFirstJourneyRecordHasAPinnedLeafHash() {
        assertThat(LogLeaf.hash(FIRST).toHex()).isEqualTo(PinnedLeaf.FIRST_JOURNEY_RECORD);
    }
}
