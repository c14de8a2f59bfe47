package io.trazo.cli;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.demo.DemoParties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Write the demo coffee journeys, v1 and v2 (records and trust root), to a directory, then verify them.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "trazo-demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        Path records = out.resolve("journey.jsonl");
        Files.deleteIfExists(records);
        for (byte[] r : CoffeeJourney.records()) {
            RecordFiles.append(records, r);
        }
        // the v2 journey repeats the v1 registry records, so it verifies alone and publishes after v1 as duplicates
        Path recordsV2 = out.resolve("journey-v2.jsonl");
        Files.deleteIfExists(recordsV2);
        for (byte[] r : CoffeeJourneyV2.records()) {
            RecordFiles.append(recordsV2, r);
        }
        Path forgery = out.resolve("forgery.json");
        Files.write(forgery, CoffeeJourney.forgery());
        Path root = out.resolve("trust-root.txt");
        Files.writeString(root, "# Trazo demo governance key (derived from a public name: demo use only)\n"
                + CoffeeJourney.trustRoot().base64Url() + "\n");
        Path governance = out.resolve("governance.key");
        if (!Files.exists(governance)) {
            // the demo governance key is public anyway; the file lets a local walkthrough register actors and keys
            KeyFiles.write(governance, new DemoParties().governance());
        }
        Path certifier = out.resolve("certifier.key");
        if (!Files.exists(certifier)) {
            // public like every demo key: it lets a walkthrough sign an audit report as the demo's certifier
            KeyFiles.write(certifier, new DemoParties().key(DemoParties.CERTIFIER));
        }
        System.out.println("wrote " + records + ", " + recordsV2 + " (the v2 journey), " + root + ", " + governance
                + " (the demo governance key), " + certifier + " (the demo certifier's key) and " + forgery
                + " (a copy of the sale with a forged signature)");
        System.out.println("verify with: trazo verify --trust-root " + root + " " + records);
        int v1 = TrazoCli.run("verify", "--trust-root", root.toString(), records.toString());
        return v1 != 0 ? v1 : TrazoCli.run("verify", "--trust-root", root.toString(), recordsV2.toString());
    }
}
