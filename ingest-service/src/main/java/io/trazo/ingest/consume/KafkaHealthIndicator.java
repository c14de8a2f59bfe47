package io.trazo.ingest.consume;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Up when the brokers answer a cluster description within two seconds; reports the broker count.
 *
 * <p>One admin client serves every check. A client per check logged its whole configuration, its start
 * and its shutdown at INFO, about 100 lines, each time anything probed health.
 */
final class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final KafkaAdmin admin;
    private AdminClient client;

    KafkaHealthIndicator(KafkaAdmin admin) {
        super("Kafka health check failed");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int brokers = client().describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS).size();
        builder.up().withDetail("brokers", brokers);
    }

    /** Created on first use, so that a broker that is down at start-up fails health, not the start. */
    private synchronized AdminClient client() {
        if (client == null) {
            client = AdminClient.create(admin.getConfigurationProperties());
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
