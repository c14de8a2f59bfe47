package io.trazo.cli;

import io.trazo.ledger.crypto.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "keygen", description = "Create an Ed25519 key pair and write it to a key file (mode 600).")
final class KeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Key file to create; refuses to overwrite.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out)) {
            spec.commandLine().getErr().println("trazo keygen: " + out + " exists; refusing to overwrite a key");
            return 2;
        }
        SigningKey key = SigningKey.generate(new SecureRandom());
        KeyFiles.write(out, key);
        spec.commandLine().getOut().println("keyId     " + key.keyId());
        spec.commandLine().getOut().println("publicKey " + key.publicKey().base64Url());
        return 0;
    }
}
