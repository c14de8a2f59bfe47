package io.trazo.ingest.store;

import io.trazo.ledger.store.LedgerReader;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when the ledger store answers the read every append starts from, the ledger-position counter (one
 * exact-key read); reports that last position, which tells an operator whether appends are moving.
 */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    private final LedgerReader store;

    StoreHealthIndicator(LedgerReader store) {
        super("Ledger store health check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("lastPosition", store.lastPosition());
    }
}
