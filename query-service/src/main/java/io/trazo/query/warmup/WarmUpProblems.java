package io.trazo.query.warmup;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@code https://trazo.dev/problems/warming-up}: 503 with {@code Retry-After}, naming the catch-up and how far it got. */
@RestControllerAdvice
class WarmUpProblems {

    private final Duration retryAfter;

    /** A plain property rather than {@link WarmUpProperties}, so web slices that load this advice need no more beans. */
    WarmUpProblems(@Value("${trazo.query.warm-up.retry-after:10s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler(WarmingUpException.class)
    ResponseEntity<ProblemDetail> warming(WarmingUpException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setType(URI.create("https://trazo.dev/problems/warming-up"));
        p.setTitle("Warming up");
        p.setProperty("catchUp", e.catchUp());
        p.setProperty("progress", e.progress());
        p.setProperty("target", e.target());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds()))).body(p);
    }
}
