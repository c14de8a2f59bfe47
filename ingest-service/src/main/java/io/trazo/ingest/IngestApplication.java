package io.trazo.ingest;

import io.trazo.ingest.publish.KafkaPublishCommand;
import java.io.PrintWriter;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(IngestProperties.class)
public class IngestApplication {

    /** Starts the service; {@code publish ...} instead publishes records to Kafka and exits, without a Spring context. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("publish")) {
            System.setProperty("logback.configurationFile", "io/trazo/ingest/publish/cli-logback.xml");
            System.exit(KafkaPublishCommand.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(IngestApplication.class, args);
    }
}
