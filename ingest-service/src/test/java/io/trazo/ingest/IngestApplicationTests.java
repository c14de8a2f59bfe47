package io.trazo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

class IngestApplicationTests {

    @Test
    void startsAndReportsHealthUpForKafkaAndTheStore() {
        try (IngestRig rig = new IngestRig(); IngestInstance ingest = IngestInstance.start(rig)) {
            String port = ingest.context().getEnvironment().getProperty("local.server.port");
            String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health").retrieve().body(String.class);
            assertThat(body).contains("\"status\":\"UP\"").contains("\"kafka\"").contains("\"mongo\"");
        }
    }
}
