package io.trazo.web.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trazo.web.WebProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * query-service's HTTP API, the page's only view of the ledger. Lot URIs go into one path segment each,
 * slashes and all, percent-encoded; query-service lets {@code %2F} through for that.
 */
@Component
public class QueryClient {

    private final RestClient http;
    private final String base;
    /** Label to lot URI, a few hundred bytes each; bounded so a crawler of made-up labels cannot grow it (misses are not kept). */
    private final Cache<LabelKey, String> labels = Caffeine.newBuilder().maximumSize(MAX_LABELS).build();

    private static final int MAX_LABELS = 50_000;
    /** Tomcat's default worker count: no more page views than that ask query at once. */
    private static final int MAX_CONNECTIONS = 200;

    private record LabelKey(String gtin, String lot) {}

    QueryClient(RestClient.Builder builder, WebProperties properties) {
        // one pooled connection per concurrent page view: query is one host, and the default of 5 per route would
        // make the other views open and close a connection each
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(2)).setSocketTimeout(Timeout.ofSeconds(10))
                        // a kept connection that query closed (a restart) is found out before a view uses it, not by the view
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                .build();
        HttpComponentsClientHttpRequestFactory requests = new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
                .setConnectionManager(pool).evictIdleConnections(TimeValue.ofMinutes(1)).disableCookieManagement().disableAutomaticRetries().build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = builder.requestFactory(requests).build();
        this.base = properties.queryUrl().toString().replaceAll("/+$", "");
    }

    /**
     * The lot a label's GTIN and lot name, or empty when none was written. A found lot is remembered: the first lot
     * written keeps its key (docs/protocol.md §7.1), so the answer never changes; a miss is asked again next time.
     */
    public Optional<String> lotForLabel(String gtin, String lot) {
        LabelKey key = new LabelKey(gtin, lot);
        String known = labels.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        URI uri = UriComponentsBuilder.fromUriString(base).path("/lot-keys").queryParam("gtin", "{g}").queryParam("lot", "{l}")
                .encode().buildAndExpand(gtin, lot).toUri();
        Optional<String> found = optional(uri).map(n -> n.path("lot").asString());
        found.ifPresent(uriOfLot -> labels.put(key, uriOfLot));
        return found;
    }

    /**
     * What a lot's page depends on: its head record, and the version of everything else it shows that can
     * change without a new record on the lot (key status, claim standings, certificate suspensions,
     * delegations). Cheap enough to ask on every view: query answers it from exact-key reads and its
     * in-memory audit fold (docs/operations.md, "The buyer's page cache").
     */
    public record LotVersion(String head, String evidence) {}

    public Optional<LotVersion> version(String lot) {
        return optional(lotUri(lot, "/head")).map(QueryClient::headVersion);
    }

    /**
     * The version a page view was taken at (its {@code version} member: what {@code /head} answered before the view's
     * evidence was verified), or empty when query could not give one (the store failed its integrity check).
     */
    public static Optional<LotVersion> versionOf(JsonNode page) {
        JsonNode v = page.path("version");
        return v.isObject() ? Optional.of(headVersion(v)) : Optional.empty();
    }

    private static LotVersion headVersion(JsonNode head) {
        return new LotVersion(head.path("head").asString(), head.path("evidence").asString());
    }

    /**
     * Everything the lot's page shows, in one call (query's {@code /lots/{lot}/page}): summary, verification, journey,
     * extension fields, certificate validity and actor names, from one evidence walk that query verifies once.
     */
    public JsonNode page(String lot) {
        return required(lotUri(lot, "/page"), lot);
    }

    public byte[] bundle(String lot) {
        try {
            return http.get().uri(lotUri(lot, "/bundle")).retrieve().body(byte[].class);
        } catch (RestClientResponseException e) {
            throw e.getStatusCode().value() == 404 ? new LotNotFoundException(lot) : QueryUnavailableException.of(e);
        } catch (ResourceAccessException e) {
            throw QueryUnavailableException.of(e);
        }
    }

    /** A lot is one path segment, its slashes as %2F (query-service passes them through Tomcat for this). */
    private URI lotUri(String lot, String rest) {
        return URI.create(base + "/lots/" + UriUtils.encodePathSegment(lot, StandardCharsets.UTF_8) + rest);
    }

    private JsonNode required(URI uri, String lot) {
        return optional(uri).orElseThrow(() -> new LotNotFoundException(lot));
    }

    private Optional<JsonNode> optional(URI uri) {
        try {
            return http.get().uri(uri).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 404) {
                    return Optional.empty();
                }
                if (status != 200) {
                    throw new QueryUnavailableException("query-service answered " + status + " for " + uri);
                }
                return Optional.ofNullable(response.bodyTo(JsonNode.class));
            });
        } catch (ResourceAccessException e) {
            throw QueryUnavailableException.of(e);
        }
    }
}
