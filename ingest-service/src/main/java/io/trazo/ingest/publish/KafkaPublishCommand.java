package io.trazo.ingest.publish;

import io.trazo.ledger.cli.RecordFiles;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar ingest-service-*-exec.jar publish --bootstrap HOST:PORT FILES}: publishes records
 * straight to the records topic, keyed by {@link RecordKeys}, without starting the service (no Spring
 * context). Idempotent, acks=all. Prints {@code topic/partition/offset hash} per record, the pair a
 * receipt's {@code source} and key name, so a record can be followed to its outcome.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish records to the Trazo records topic on Kafka, keyed so a lot's records stay in order.")
public final class KafkaPublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers, HOST:PORT[,HOST:PORT].")
    String bootstrap;

    @Option(names = "--topic", defaultValue = "trazo.records", description = "Records topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Parameters(arity = "1..*", description = "Record files (.json), record logs (.jsonl) or directories.")
    List<Path> inputs;

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new KafkaPublishCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> records = RecordFiles.read(inputs);
        if (records.isEmpty()) {
            spec.commandLine().getErr().println("publish: no records (.json or .jsonl) in " + inputs);
            return 2;
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (byte[] r : records) {
                byte[] key = RecordKeys.keyOf(r).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
                sent.add(producer.send(new ProducerRecord<>(topic, key, r)));
            }
            for (int i = 0; i < records.size(); i++) {
                RecordMetadata m = sent.get(i).get();
                out.println(m.topic() + "/" + m.partition() + "/" + m.offset() + " " + hash(records.get(i)));
            }
        }
        out.flush();
        spec.commandLine().getErr().printf("published %d records to %s%n", records.size(), topic);
        return 0;
    }

    private static String hash(byte[] wire) {
        try {
            return RecordCodec.parse(wire).hash().hex();
        } catch (RecordException e) {
            return "(unreadable: " + e.code() + ")";
        }
    }
}
