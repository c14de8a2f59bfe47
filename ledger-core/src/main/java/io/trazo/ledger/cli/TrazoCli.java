package io.trazo.ledger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trazo}: keys, records and offline verification for exporters, custodians and buyers. */
@Command(name = "trazo", mixinStandardHelpOptions = true, version = "trazo 0.1.0 (protocol v1)",
        description = "Build, sign and verify Trazo custody records offline.",
        subcommands = {KeygenCommand.class, BuildCommand.class, CosignCommand.class, VerifyCommand.class,
                VerifyBundleCommand.class, MonitorCommand.class, LogKeygenCommand.class, TraceCommand.class, DemoCommand.class})
public final class TrazoCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new TrazoCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
