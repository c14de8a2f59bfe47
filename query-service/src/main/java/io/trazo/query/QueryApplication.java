package io.trazo.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The read side of the ledger. It holds a {@link io.trazo.ledger.store.LedgerReader} and no private
 * key: it can show and prove what ingest wrote, and cannot write.
 */
@SpringBootApplication
@Import(io.trazo.problems.TomcatProblems.class)
@EnableConfigurationProperties({QueryProperties.class, io.trazo.query.provenance.CacheProperties.class})
public class QueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryApplication.class, args);
    }
}
