package io.trazo.query.store;

import io.trazo.ledger.store.LedgerReader;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Store health as the query side needs it: one exact-key read of the ledger-position counter, which
 * says both that the store answers and how far the ledger is. It takes the place of Boot's Mongo
 * indicator.
 */
@Component("ledgerStore")
class LedgerHealth extends AbstractHealthIndicator {

    private final LedgerReader reader;

    LedgerHealth(LedgerReader reader) {
        this.reader = reader;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("lastPosition", reader.lastPosition());
    }
}
