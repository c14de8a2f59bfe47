package io.trazo.ledger.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The signed key records of one workload size, kept on disk between JMH forks. JMH runs every benchmark
 * in a fork of its own, so without this each of the four benchmarks would derive a million keys and sign a
 * million records again; with it only the first fork does, and the others parse the same bytes. Bytes:
 * {@code keys (int) ‖ (length (int) ‖ record wire) × keys}. A file is used only if its key count and its
 * first record equal the generator's, so a change to the generator makes a new file, not a wrong map.
 */
final class KeyRecordFile {

    private KeyRecordFile() {}

    /** Whether {@code file} holds {@code keys} records of which the first is {@code first}. */
    static boolean holds(Path file, int keys, byte[] first) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = open(file)) {
            return in.readInt() == keys && Arrays.equals(read(in, 1).get(0), first);
        } catch (IOException e) {
            return false;
        }
    }

    static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20));
    }

    static DataOutputStream create(Path file, int keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
        out.writeInt(keys);
        return out;
    }

    /** The next {@code count} wires; the stream is past the header. */
    static List<byte[]> read(DataInputStream in, int count) {
        try {
            List<byte[]> wires = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] wire = new byte[in.readInt()];
                in.readFully(wire);
                wires.add(wire);
            }
            return wires;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<byte[]> write(DataOutputStream out, List<byte[]> wires) {
        try {
            for (byte[] wire : wires) {
                out.writeInt(wire.length);
                out.write(wire);
            }
            return wires;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
