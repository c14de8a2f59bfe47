package io.trazo.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.query.QueryApplication;
import io.trazo.query.audit.AuditLedger;
import io.trazo.query.warmup.WarmingUpException;
import io.trazo.standin.IdFirstMemoryBackend;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real query service, started from its own jar, over the Mongo-wire stand-in filled with the demo
 * journey through the real append code: the page under test reads it over HTTP, as in production. One is
 * shared per test JVM; a test that changes the ledger takes its own ({@link #own()}).
 */
public final class QueryStack {

    private static QueryStack shared;

    private final String url;
    private final MongoClient client;
    private final MongoLedgerStore store;

    private final List<String> requests = new CopyOnWriteArrayList<>();

    private QueryStack() {
        MongoServer mongo = new MongoServer(new IdFirstMemoryBackend());
        InetSocketAddress at = mongo.bind();
        String uri = "mongodb://127.0.0.1:" + at.getPort();
        this.client = MongoClients.create(uri);
        this.store = JourneyLedger.fill(new MongoLedgerStore(client.getDatabase("trazo-web")).ensureIndexes());
        // arguments, not default properties: query's application.properties would override those
        ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("trazoTestRequestLog", requestLog())).run(
                "--server.port=0", "--spring.mongodb.uri=" + uri, "--trazo.query.database=trazo-web",
                "--trazo.query.trust-root=" + CoffeeJourney.trustRoot().base64Url());
        this.url = "http://127.0.0.1:" + query.getEnvironment().getProperty("local.server.port");
        // until query's start-up audit fold lands, a head view's evidence reads "audit warming" and then moves
        // once (docs/operations.md, "Warm-up at start"): tests that count cache hits must start after it
        AuditLedger audits = query.getBean(AuditLedger.class);
        // readIfWarm can throw instead of answering empty when the fold starts between its two looks at the
        // warm-up's state (a race in query, reported): a poll that meets it polls again
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreException(WarmingUpException.class)
                .until(() -> audits.readIfWarm(fold -> true).isPresent());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            query.close();
            client.close();
            mongo.shutdown();
        }));
    }

    public static synchronized String url() {
        if (shared == null) {
            shared = new QueryStack();
        }
        return shared.url;
    }

    /** A query service and store of the caller's own, which it may append to through {@link #store()}. */
    public static QueryStack own() {
        return new QueryStack();
    }

    public String ownUrl() {
        return url;
    }

    /** Every request this stack's query service answered so far, as {@code METHOD path?query}, in order of arrival. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Boot registers a {@link Filter} bean on its servlet container: a count of the page's calls seen from query's side. */
    private Filter requestLog() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            requests.add(http.getMethod() + " " + http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString()));
            chain.doFilter(request, response);
        };
    }

    /** The write side of this stack's store, as ingest would hold it. */
    public MongoLedgerStore store() {
        return store;
    }
}
