package io.trazo.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The witness's only state (protocol §19.3): the latest cosigned note per origin, one file named
 * {@code sha256hex(origin).checkpoint}, replaced by write, fsync, atomic rename and a directory fsync,
 * so a crash leaves the old note or the new one, never a torn one. Refused requests that prove a
 * misbehaving log are kept under {@code alarms/}.
 */
class CheckpointFiles {

    private final Path directory;
    private final Path alarms;

    CheckpointFiles(Path directory) {
        this.directory = directory;
        this.alarms = directory.resolve("alarms");
        try {
            Files.createDirectories(alarms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the witness state directory " + directory, e);
        }
    }

    /** The latest cosigned note for {@code origin}, as received from the log. */
    Optional<byte[]> latest(String origin) {
        try {
            return Optional.of(Files.readAllBytes(file(origin)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the held checkpoint of " + origin, e);
        }
    }

    /** Durably replaces the held note of {@code origin}; returns only once it is on disk. */
    void replace(String origin, byte[] note) {
        Path target = file(origin);
        Path temporary = directory.resolve(target.getFileName() + ".tmp");
        try {
            writeSynced(temporary, note);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the state directory's file system cannot rename atomically", e);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist the checkpoint of " + origin, e);
        }
    }

    /** Keeps a refused request as evidence; returns its file. */
    Path keepAlarm(String origin, byte[] request) {
        Path evidence = alarms.resolve(hash(origin) + "-" + System.currentTimeMillis() + "-" + System.nanoTime() + ".request");
        try {
            writeSynced(evidence, request);
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep alarm evidence for " + origin, e);
        }
    }

    Path file(String origin) {
        return directory.resolve(hash(origin) + ".checkpoint");
    }

    private static void writeSynced(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private void syncDirectory() {
        // A rename is durable only once the directory is; some platforms cannot open one, and then the
        // file system's own ordering is all there is.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows)
        }
    }

    private static String hash(String origin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
