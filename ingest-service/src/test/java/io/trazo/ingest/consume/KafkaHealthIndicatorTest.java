package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.trazo.ingest.testing.KafkaTarget;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The Kafka health check against a real broker, with the Kafka client's INFO log on as in production:
 * a health probe every few seconds must not write the log full (about 100 lines a probe when each probe
 * built its own admin client, and so drowned the ingest log in client configuration dumps).
 */
class KafkaHealthIndicatorTest {

    @Test
    void healthProbesAfterTheFirstWriteNothingToTheLog() throws Exception {
        String bootstrap = KafkaTarget.bootstrap();
        Logger kafkaLog = (Logger) LoggerFactory.getLogger("org.apache.kafka");
        Level before = kafkaLog.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        kafkaLog.setLevel(Level.INFO);
        kafkaLog.addAppender(lines);
        try (KafkaHealthIndicator health = new KafkaHealthIndicator(
                new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            lines.list.clear();
            for (int probe = 0; probe < 5; probe++) {
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                assertThat(health.health().getDetails()).containsEntry("brokers", 1);
            }
            // the broker may run in this JVM and logs on its own threads: only the probes' lines count
            assertThat(lines.list).filteredOn(KafkaHealthIndicatorTest::fromTheClientSide)
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            kafkaLog.detachAppender(lines);
            kafkaLog.setLevel(before);
        }
    }

    private static boolean fromTheClientSide(ILoggingEvent line) {
        return line.getThreadName().equals(Thread.currentThread().getName()) || line.getThreadName().contains("adminclient");
    }
}
