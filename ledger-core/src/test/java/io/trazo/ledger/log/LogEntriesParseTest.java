package io.trazo.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entries framing (§17 "Entries") read strictly: exactly the frames asked for, each whole and non-empty. */
class LogEntriesParseTest {

    private static byte[] frames(byte[]... inputs) {
        ByteBuffer out = ByteBuffer.allocate(1024);
        for (byte[] input : inputs) {
            out.putInt(input.length).put(input);
        }
        byte[] framed = new byte[out.position()];
        out.flip().get(framed);
        return framed;
    }

    @Test
    void framesAreSplitIntoTheExactLeafInputs() throws Exception {
        List<byte[]> inputs = LogEntries.parse(frames(new byte[] {1, 2}, new byte[] {3}), 2);
        assertThat(inputs).containsExactly(new byte[] {1, 2}, new byte[] {3});
    }

    @Test
    void moreFramesThanAskedForAreRefused() {
        assertThatThrownBy(() -> LogEntries.parse(frames(new byte[] {1}, new byte[] {2}), 1))
                .isInstanceOf(EvidenceFormatException.class).hasMessageContaining("expected exactly 1");
    }

    @Test
    void fewerFramesThanAskedForAreRefused() {
        assertThatThrownBy(() -> LogEntries.parse(frames(new byte[] {1}), 2))
                .isInstanceOf(EvidenceFormatException.class).hasMessageContaining("got 1 entries, expected 2");
    }

    @Test
    void aTruncatedFrameIsRefused() {
        byte[] framed = frames(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> LogEntries.parse(java.util.Arrays.copyOf(framed, framed.length - 1), 1))
                .isInstanceOf(EvidenceFormatException.class).hasMessageContaining("claims 3 bytes with 2 left");
    }

    @Test
    void anEmptyOrHugeFrameIsRefused() {
        assertThatThrownBy(() -> LogEntries.parse(frames(new byte[0]), 1)).isInstanceOf(EvidenceFormatException.class)
                .hasMessageContaining("claims 0 bytes");
        assertThatThrownBy(() -> LogEntries.parse(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0}, 1))
                .isInstanceOf(EvidenceFormatException.class).hasMessageContaining("claims 4294967295 bytes");
    }

    @Test
    void aMapRootLeafIsKnownByItsPrefixAlone() {
        byte[] input = ByteBuffer.allocate(LeafEntry.MapRoot.DOMAIN.length + 48).put(LeafEntry.MapRoot.DOMAIN).array();
        assertThat(LeafEntry.MapRoot.startsWithDomain(input)).isTrue();
        assertThat(LeafEntry.MapRoot.startsWithDomain(LogLeaf.DOMAIN)).isFalse();
        assertThatThrownBy(() -> new LeafEntry.MapRoot(LogLeaf.DOMAIN)).isInstanceOf(IllegalArgumentException.class);
    }
}
