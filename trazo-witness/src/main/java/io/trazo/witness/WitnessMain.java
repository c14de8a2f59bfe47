package io.trazo.witness;

import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.NoteKeyException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trazo-witness keygen|serve}: see docs/operations.md, "Witnesses". */
@Command(name = "trazo-witness", mixinStandardHelpOptions = true, subcommands = {WitnessMain.Keygen.class,
        WitnessMain.Serve.class}, description = "A C2SP tlog-witness for Trazo logs.")
public final class WitnessMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new WitnessMain()).execute(args));
    }

    @Command(name = "keygen", description = "Create a cosigner key file (mode 600) and print its verifier key.")
    static final class Keygen implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "witness name, a schema-less URL") String name;
        @Option(names = "--out", required = true, description = "key file to create") Path out;

        @Override
        public Integer call() throws IOException {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            CosignerSignerKey key = CosignerSignerKey.of(name, seed);
            Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(out, key.encodePrivate() + "\n", StandardCharsets.UTF_8);
            System.out.println(key.verifierKey().encode());
            return 0;
        }
    }

    @Command(name = "serve", description = "Serve POST /add-checkpoint until stopped.")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--key", required = true, description = "cosigner key file (from keygen)") Path keyFile;
        @Option(names = "--log", required = true, description = "a log's verifier key; repeat per log") List<String> logs;
        @Option(names = "--state", required = true, description = "directory for the held checkpoints") Path state;
        @Option(names = "--listen", defaultValue = "127.0.0.1:8480", description = "host:port (default ${DEFAULT-VALUE})") String listen;

        @Override
        public Integer call() throws Exception {
            CosignerSignerKey key;
            List<NoteVerifierKey> logKeys;
            try {
                key = CosignerSignerKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8).strip());
                logKeys = logs.stream().map(NoteVerifierKey::parse).toList();
            } catch (NoteKeyException e) {
                System.err.println("trazo-witness serve: a --key or --log key is unusable: " + e.getMessage());
                return 2;
            }
            int colon = listen.lastIndexOf(':');
            InetSocketAddress address = new InetSocketAddress(listen.substring(0, colon),
                    Integer.parseInt(listen.substring(colon + 1)));
            CountDownLatch stopped = new CountDownLatch(1);
            try (WitnessServer server = WitnessServer.start(key, logKeys, state, address)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                System.out.println("witness " + key.verifierKey().encode() + " listening on " + listen + " for "
                        + logKeys.size() + " log key(s)");
                stopped.await();
            }
            return 0;
        }
    }
}
