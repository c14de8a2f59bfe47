package io.trazo.query.web;

import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.store.IntegrityAlarm;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A record that fails its integrity checks, on any read path, as the problem {@code store-integrity}
 * naming the record and the check: never a generic 500, and never the altered body with a 200. It is
 * the server's store that is wrong, so the status is 500; the type says which fault it is. Ordered
 * first so that no catch-all handler gets it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntegrityProblems {

    private final ObjectProvider<IntegrityAlarm> alarm;

    /** Optional only for web test slices, which have no store; the service always has the alarm. */
    IntegrityProblems(ObjectProvider<IntegrityAlarm> alarm) {
        this.alarm = alarm;
    }

    @ExceptionHandler(StoreIntegrityException.class)
    ProblemDetail storeIntegrity(StoreIntegrityException e) {
        alarm.ifAvailable(a -> a.raise(e));
        ProblemDetail p = ProblemHandler.problem(HttpStatus.INTERNAL_SERVER_ERROR, "store-integrity", "Store integrity",
                e.getMessage(), "record", e.record().hex());
        p.setProperty("check", check(e));
        e.expected().ifPresent(x -> p.setProperty("expected", x));
        e.actual().ifPresent(x -> p.setProperty("actual", x));
        return p;
    }

    static String check(StoreIntegrityException e) {
        return e.check().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
