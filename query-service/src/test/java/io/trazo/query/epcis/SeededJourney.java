package io.trazo.query.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.query.SeededLedger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The whole service over the stand-in, filled through the real append code with the coffee journey; shared by the EPCIS tests. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class SeededJourney {

    /** The journey's events by local eventTime (minute): harvests, receipts, milling, packing, shipping… the sale. */
    static final String H1 = "2026-10-06T07:30", H2 = "2026-10-07T06:45", R1 = "2026-10-06T16:10", R2 = "2026-10-07T15:20",
            WET = "2026-10-08T09:00", DRY = "2026-10-20T17:00", REX = "2026-10-22T11:00", MILL = "2026-10-24T10:00",
            PACK = "2026-10-27T08:00", SHIP = "2026-10-29T14:00", OAK = "2026-11-12T09:30", CUSTOMS = "2026-11-13T13:00",
            UNPACK = "2026-11-14T08:00", RROAST = "2026-11-17T10:00", ROAST = "2026-11-19T07:00", COMM = "2026-11-20T09:00",
            SALE = "2026-11-21T12:00", X_SHIP = "2026-12-01T10:00", X_SENSOR = "2026-12-01T11:00";
    static final List<String> ALL = List.of(H1, H2, R1, R2, WET, DRY, REX, MILL, PACK, SHIP, OAK, CUSTOMS, UNPACK, RROAST, ROAST,
            COMM, SALE, X_SHIP, X_SENSOR);

    static final Instant BEFORE_FILL = Instant.now();
    private static final Pattern EVENT_TIME = Pattern.compile("\"eventTime\":\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d)");
    /** One per test JVM: the EPCIS test classes share it and the Spring context; it goes with the JVM. */
    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-epcis-");

    static {
        ExtraEvents.append(LEDGER.store());
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    ResponseEntity<String> get(String pathAndQuery, String... headers) {
        RestClient.RequestHeadersSpec<?> spec = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build().get().uri(java.net.URI.create(
                        "http://127.0.0.1:" + port + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        return spec.retrieve().toEntity(String.class);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> events(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        Matcher m = EVENT_TIME.matcher(r.getBody());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

}
