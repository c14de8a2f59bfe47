package io.trazo.cli;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Write the demo coffee journey (records and trust root) to a directory, then verify it.")
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
        System.out.println("wrote " + records + ", " + root + ", " + governance + " (the demo governance key) and " + forgery
                + " (a copy of the sale with a forged signature)");
        System.out.println("verify with: trazo verify --trust-root " + root + " " + records);
        return TrazoCli.run("verify", "--trust-root", root.toString(), records.toString());
    }
}
