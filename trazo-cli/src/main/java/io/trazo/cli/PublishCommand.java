package io.trazo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Publishes records, exact bytes, either to the ingest service's capture endpoint ({@code --capture-url},
 * in captures no larger than the service accepts by default: 500 records, 1 MiB; prints one capture id
 * per line) or straight to the records topic on Kafka ({@code --bootstrap}, see {@link KafkaPublisher}).
 */
@Command(name = "publish", description = "Publish records to the ingest service (--capture-url, POST /capture; prints each capture id) "
        + "or straight to Kafka (--bootstrap; prints topic/partition/offset and hash per record).")
final class PublishCommand implements Callable<Integer> {

    static final int MAX_BODY_BYTES = 1024 * 1024 - 16 * 1024;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--capture-url", required = true, description = "Base URL of the ingest service, e.g. http://127.0.0.1:8081.")
        String url;

        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers, HOST:PORT[,HOST:PORT].")
        String bootstrap;
    }

    @Option(names = "--topic", defaultValue = "trazo.records", description = "Records topic, with --bootstrap (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--batch", defaultValue = "500", description = "Largest number of records per capture (default: ${DEFAULT-VALUE}).")
    int batch;

    @Parameters(arity = "1..*", description = "Record files (.json), record logs (.jsonl) or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<byte[]> records = RecordFiles.read(inputs);
        if (records.isEmpty()) {
            err.println("trazo publish: no records in " + inputs);
            return 2;
        }
        if (target.bootstrap != null) {
            return KafkaPublisher.publish(target.bootstrap, topic, records, out, err);
        }
        IngestClient ingest = new IngestClient(target.url);
        int captures = 0;
        for (List<byte[]> part : batches(records)) {
            try {
                out.println(ingest.capture(part));
                out.flush();
                captures++;
            } catch (IngestClient.IngestCallException e) {
                err.println("trazo publish: " + e.getMessage() + " (" + captures + " captures sent before this one)");
                return 4;
            }
        }
        err.printf("published %d records in %d capture%s%n", records.size(), captures, captures == 1 ? "" : "s");
        return 0;
    }

    private List<List<byte[]>> batches(List<byte[]> records) {
        List<List<byte[]>> out = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        int bytes = 0;
        for (byte[] r : records) {
            if (!current.isEmpty() && (current.size() >= batch || bytes + r.length + 1 > MAX_BODY_BYTES)) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(r);
            bytes += r.length + 1;
        }
        out.add(current);
        return out;
    }
}
