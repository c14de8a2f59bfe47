package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one log leaf is (docs/protocol.md §17, §20.7): an accepted record, named by its record hash (its leaf
 * input is {@link LogLeaf#input} of the record's bytes), or a map-root leaf, carried as its exact leaf input
 * because nothing else in the store holds those bytes.
 */
public sealed interface LeafEntry {

    /**
     * A record leaf.
     *
     * @param mapped whether the sequencer fed this record to the status map; false for a record that is
     *     not a status record and for every leaf written before the map existed
     */
    record Record(Digest record, boolean mapped) implements LeafEntry {
        public Record {
            Objects.requireNonNull(record, "record");
        }
    }

    /** A map-root leaf: {@code "trazo:map-root:v1" ‖ 0x00 ‖ …} (§20), its bytes exactly as the log holds them. */
    final class MapRoot implements LeafEntry {

        /** The map-root leaf's domain prefix, NUL included. */
        public static final byte[] DOMAIN = io.trazo.ledger.statusmap.MapRootLeaf.DOMAIN;

        /** Far above §20's 66 bytes, so a future map-root format fits; bounds what a reader accepts. */
        public static final int MAX_BYTES = 1024;

        private final byte[] input;

        public MapRoot(byte[] input) {
            if (input.length > MAX_BYTES || !startsWithDomain(input)) {
                throw new IllegalArgumentException("not a map-root leaf input (" + input.length + " bytes): "
                        + java.util.HexFormat.of().formatHex(input, 0, Math.min(input.length, 32)));
            }
            this.input = input.clone();
        }

        /** True if {@code leafInput} begins with the map-root domain: the only test a reader needs to split leaves. */
        public static boolean startsWithDomain(byte[] leafInput) {
            return leafInput.length >= DOMAIN.length && Arrays.equals(leafInput, 0, DOMAIN.length, DOMAIN, 0, DOMAIN.length);
        }

        public byte[] input() {
            return input.clone();
        }

        public TreeHash leafHash() {
            return TreeHasher.leafHash(input);
        }

        /** Constant-time: the bytes are public, but this keeps the habit the digests have. */
        @Override
        public boolean equals(Object o) {
            return o instanceof MapRoot other && MessageDigest.isEqual(input, other.input);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(input);
        }

        @Override
        public String toString() {
            return "MapRoot[" + java.util.HexFormat.of().formatHex(input) + "]";
        }
    }
}
