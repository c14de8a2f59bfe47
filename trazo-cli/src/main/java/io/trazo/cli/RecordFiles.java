package io.trazo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads records from files: a {@code .jsonl} file holds one record per line (JCS output never contains
 * a raw newline), any other file holds one record, and a directory contributes its files in name order.
 */
public final class RecordFiles {

    private RecordFiles() {}

    public static List<byte[]> read(List<Path> paths) throws IOException {
        List<byte[]> records = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        readFile(f, records);
                    }
                }
            } else {
                readFile(p, records);
            }
        }
        return records;
    }

    private static void readFile(Path f, List<byte[]> into) throws IOException {
        if (f.toString().endsWith(".jsonl")) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    into.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } else if (f.toString().endsWith(".json")) {
            into.add(Files.readAllBytes(f));
        }
    }

    static void append(Path jsonl, byte[] record) throws IOException {
        byte[] line = new byte[record.length + 1];
        System.arraycopy(record, 0, line, 0, record.length);
        line[record.length] = '\n';
        Files.write(jsonl, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
