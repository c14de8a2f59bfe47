package io.trazo.query.log;

import io.trazo.ledger.merkle.Tile;

/**
 * A C2SP tlog-tiles hash-tile path {@code L/N[.p/W]} (the part after {@code tile/}), parsed strictly:
 * N in 3-digit groups, all but the last prefixed {@code x}; W in 1..255.
 */
record TilePath(int level, long index, int width) {

    static TilePath parse(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || !parts[0].matches("[0-9]")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        int level = Integer.parseInt(parts[0]);
        int end = parts.length;
        int width = Tile.FULL_WIDTH;
        if (end >= 3 && parts[end - 2].endsWith(".p")) {
            if (!parts[end - 1].matches("[1-9][0-9]{0,2}") || Integer.parseInt(parts[end - 1]) >= Tile.FULL_WIDTH) {
                throw new IllegalArgumentException("bad partial width in " + path);
            }
            width = Integer.parseInt(parts[end - 1]);
            parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
            end--;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i < end; i++) {
            boolean last = i == end - 1;
            if (!parts[i].matches(last ? "[0-9]{3}" : "x[0-9]{3}")) {
                throw new IllegalArgumentException("bad tile index in " + path);
            }
            digits.append(last ? parts[i] : parts[i].substring(1));
        }
        if (digits.length() > 18) {
            throw new IllegalArgumentException("tile index too large in " + path);
        }
        return new TilePath(level, Long.parseLong(digits.toString()), width);
    }
}
