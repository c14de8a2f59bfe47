package io.trazo.query.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.mongo.StoreIntegrityException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where every store-integrity failure a request meets is logged and counted, whichever response it
 * becomes (a problem, or a failed verification): an operator alerts on the counter
 * {@value #COUNTER}{@code {check}} rising at all (docs/operations.md §Store integrity).
 */
@Component
public class IntegrityAlarm {

    public static final String COUNTER = "trazo.query.store.integrity";
    private static final Logger log = LoggerFactory.getLogger(IntegrityAlarm.class);

    private final MeterRegistry meters;

    IntegrityAlarm(MeterRegistry meters) {
        this.meters = meters;
    }

    public void raise(StoreIntegrityException e) {
        raise(e.check(), e.getMessage());
    }

    public void raise(StoreIntegrityException.Check check, String detail) {
        raise(check.name().toLowerCase(Locale.ROOT).replace('_', '-'), detail);
    }

    /** @param check the counter's tag, lower-case with dashes, e.g. {@code map-root} for a status map the log disagrees with */
    public void raise(String check, String detail) {
        meters.counter(COUNTER, "check", check).increment();
        log.error("store integrity ({}): {}", check, detail);
    }
}
