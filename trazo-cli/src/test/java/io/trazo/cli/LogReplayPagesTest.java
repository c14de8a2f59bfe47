package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How {@link LogReplay} pages through {@code /log/entries}: ahead of its fold, with errors reported in leaf order. */
class LogReplayPagesTest {

    private static final int PAGE = LogEntries.MAX_LEAVES;
    /** An event's leaf: the map ignores it, so the same leaf can fill a log of any size. */
    private static final byte[] RECORD_LEAF = LogFixture.JOURNEY.stream().map(RecordCodec::parse)
            .filter(r -> r.type() == RecordType.EVENT).map(LogLeaf::input).findFirst().orElseThrow();

    private static Checkpoint checkpointOf(long size) {
        // the root is never reached in these cases, or its mismatch is beside the point
        return new Checkpoint(LogFixture.ORIGIN, size, TreeHasher.leafHash(new byte[] {1}), List.of());
    }

    private static byte[] framed(long start, long end, long badLeaf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long leaf = start; leaf < end; leaf++) {
            byte[] input = leaf == badLeaf ? "not a leaf".getBytes(StandardCharsets.US_ASCII) : RECORD_LEAF;
            out.writeBytes(ByteBuffer.allocate(4).putInt(input.length).array());
            out.writeBytes(input);
        }
        return out.toByteArray();
    }

    @Test
    void laterPagesAreRequestedWhileTheFirstIsStillOutstanding() throws Exception {
        CountDownLatch laterPageAsked = new CountDownLatch(1);
        LogReplay.Source source = (start, end) -> {
            if (start == 0 && !laterPageAsked.await(20, TimeUnit.SECONDS)) {
                throw new IOException("no later page was asked for while the first was outstanding");
            }
            if (start > 0) {
                laterPageAsked.countDown();
            }
            return framed(start, end, -1);
        };

        LogReplay.Outcome outcome = new LogReplay(LogReplay.emptyMap(), new LogReplay.Hook() {}).replay(checkpointOf(3 * PAGE), source);

        assertThat(outcome.leaves()).isEqualTo(3 * PAGE);
        assertThat(outcome.entriesMismatch()).as("the made-up root").isNotNull();
    }

    @Test
    void aBadEntryIsReportedAtItsLeafEvenWhenALaterPageFailedFirst() {
        long bad = 2 * PAGE + 88;
        LogReplay.Source source = (start, end) -> {
            if (start >= 3 * PAGE) {
                throw new IOException("page at " + start + " unreachable");
            }
            return framed(start, end, bad);
        };

        assertThatThrownBy(() -> new LogReplay(LogReplay.emptyMap(), new LogReplay.Hook() {}).replay(checkpointOf(6 * PAGE), source))
                .isInstanceOf(LogReplay.BadEntryException.class)
                .hasMessage("entry " + bad + " is neither a record leaf nor a map-root leaf");
    }

    @Test
    void anUnreachablePageIsAnIoFailureOfTheReplay() {
        LogReplay.Source source = (start, end) -> {
            if (start == PAGE) {
                throw new IOException("GET /log/entries answered 503");
            }
            return framed(start, end, -1);
        };

        assertThatThrownBy(() -> new LogReplay(LogReplay.emptyMap(), new LogReplay.Hook() {}).replay(checkpointOf(4 * PAGE), source))
                .isInstanceOf(IOException.class).hasMessage("GET /log/entries answered 503");
    }
}
