package io.trazo.ingest.testing;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka a test runs against: the broker {@code TRAZO_KAFKA_BOOTSTRAP} names, otherwise a real
 * in-process KRaft broker (the one {@code @EmbeddedKafka} starts), one per test JVM. Tests isolate
 * themselves by topic names and group ids.
 */
public final class KafkaTarget {

    private static String bootstrap;

    private KafkaTarget() {}

    public static synchronized String bootstrap() {
        if (bootstrap == null) {
            String external = System.getenv("TRAZO_KAFKA_BOOTSTRAP");
            if (external != null && !external.isBlank()) {
                bootstrap = external;
            } else {
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
                broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
                        "offsets.topic.replication.factor", "1", "group.initial.rebalance.delay.ms", "0",
                        // a killed producer's open transaction is aborted within a second of its timeout, not ten
                        "transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"));
                broker.afterPropertiesSet();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
                bootstrap = broker.getBrokersAsString();
            }
        }
        return bootstrap;
    }
}
