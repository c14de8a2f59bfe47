package io.trazo.ledger.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the vectors copied from {@code shared/vectors} off the test classpath, never off disk. */
final class PublicVectors {

    private PublicVectors() {}

    static byte[] bytes(String path) {
        try (InputStream in = PublicVectors.class.getResourceAsStream("/vectors-public/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource vectors-public/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8).lines().toList();
    }

    /** Space- and newline-separated lower-case hex, as in {@code jcs/outhex/}. */
    static byte[] hex(String path) {
        String[] pairs = new String(bytes(path), StandardCharsets.US_ASCII).trim().split("\\s+");
        byte[] out = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            out[i] = (byte) Integer.parseInt(pairs[i], 16);
        }
        return out;
    }
}
