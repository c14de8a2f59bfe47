package io.trazo.cli;

import io.trazo.ledger.merkle.note.NoteSignerKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "log-keygen", description = "Create the transparency log's C2SP signed-note key (the sequencer's secret) and print its verifier key.")
final class LogKeygenCommand implements Callable<Integer> {

    @Option(names = "--origin", required = true, description = "The log's origin line, e.g. trazo.example/log; it is also the key name.")
    String origin;

    @Option(names = "--out", required = true, description = "File for the private key (mode 600); refuses to overwrite.")
    Path out;

    @Option(names = "--verifier-out", description = "Also write the verifier key (public) to this file; refuses to overwrite.")
    Path verifierOut;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out)) {
            System.err.println("trazo log-keygen: " + out + " exists; refusing to overwrite a key");
            return 2;
        }
        // checked before anything is written: a rotation must never replace the verifier key in use
        if (verifierOut != null && Files.exists(verifierOut)) {
            System.err.println("trazo log-keygen: " + verifierOut + " exists; refusing to overwrite a key");
            return 2;
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        NoteSignerKey key = NoteSignerKey.of(origin, seed);
        java.util.Arrays.fill(seed, (byte) 0);
        Files.writeString(out, key.encodePrivate() + "\n", StandardOpenOption.CREATE_NEW); // no overwrite even in a race
        try {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the caller's umask and ACLs apply
        }
        String vkey = key.verifierKey().encode();
        if (verifierOut != null) {
            Files.writeString(verifierOut, vkey + "\n", StandardOpenOption.CREATE_NEW);
        }
        System.out.println(vkey);
        return 0;
    }
}
