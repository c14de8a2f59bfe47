package io.trazo.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.client.RestClient;

// no MongoDB in this smoke test
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.health.mongodb.enabled=false")
class QueryApplicationTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void startsAndReportsHealthUp() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(body).contains("\"status\":\"UP\"");
    }
}
