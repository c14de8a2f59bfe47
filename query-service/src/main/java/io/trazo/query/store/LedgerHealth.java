package io.trazo.query.store;

import io.trazo.ledger.store.LedgerReader;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Store health as the query side needs it: the store answers an exact-key read through the same
 * read-only port every request uses (the ledger-position counter), and reports that last position.
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
