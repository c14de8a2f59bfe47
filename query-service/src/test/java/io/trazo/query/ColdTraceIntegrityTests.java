package io.trazo.query;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.trazo.mongo.LedgerCollections;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A record deleted from the store before the service ever read it: the trace walks the lot chains cold,
 * through the reader, and meets an accepted record's link to nothing. Issue 15: that answered the older
 * {@code store-inconsistent} 500 while every other read path answers {@code store-integrity}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ColdTraceIntegrityTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-cold-trace-it-");
    /** The drying of the parchment lot, which the retail lot's upstream trace passes through. */
    private static final String DELETED;

    static {
        var records = LEDGER.database().getCollection(LedgerCollections.RECORDS);
        Document drying = records.find(Filters.eq("bizStep", "https://ns.trazo.dev/voc/BizStep-drying")).first();
        DELETED = drying.getString("_id");
        records.deleteOne(Filters.eq("_id", DELETED));
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void aTraceThatMeetsADeletedRecordIsAStoreIntegrityProblemNamingIt() {
        ResponseEntity<String> r = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build()
                .get().uri("/lots/" + RETAIL + "/trace/upstream").retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(500);
        assertThat(r.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(r.getBody()).contains("\"type\":\"https://trazo.dev/problems/store-integrity\"", "\"check\":\"missing\"",
                "\"record\":\"" + DELETED + "\"", "\"lot\":");
    }
}
