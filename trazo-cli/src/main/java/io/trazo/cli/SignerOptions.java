package io.trazo.cli;

import io.trazo.ledger.crypto.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Who signs, for the commands that sign records as one actor on that actor's own machine
 * ({@code sign-epcis}, {@code sign-audit-report}): no service ever holds such a key.
 */
final class SignerOptions {

    @Option(names = "--key", required = true, description = "The signer's own signing key file (from trazo keygen).")
    Path key;

    @Option(names = "--actor", required = true, description = "The signer's actor URI (urn:trazo:actor:…).")
    String actor;

    SigningKey signingKey() throws IOException {
        return KeyFiles.read(key);
    }
}
