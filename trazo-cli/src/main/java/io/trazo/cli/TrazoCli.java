package io.trazo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trazo}: keys, records and offline verification for exporters, custodians and buyers. */
@Command(name = "trazo", mixinStandardHelpOptions = true, version = "trazo 0.1.0 (protocol v1)",
        description = "Build, sign and verify Trazo custody records offline; publish them to ingest, ask for their outcome, trace lots and monitor the log.",
        subcommands = {KeygenCommand.class, BuildCommand.class, CosignCommand.class, VerifyCommand.class,
                VerifyBundleCommand.class, AuditCommand.class, RegistryCommand.class, PublishCommand.class, StatusCommand.class, TraceCommand.class, MonitorCommand.class, SignEpcisCommand.class,
                LogKeygenCommand.class, DemoCommand.class, SignAuditReportCommand.class})
public final class TrazoCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new TrazoCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** Runs with the output of the commands that write through picocli ({@code publish}, {@code status}) captured. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new TrazoCli()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err).execute(args);
    }
}
