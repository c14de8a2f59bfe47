package io.trazo.ingest.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A record-outcome request that cannot be answered; each kind has a stable problem type URI (RFC 9457). */
final class OutcomeException extends RuntimeException {

    private static final String BASE = "https://trazo.dev/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String record;

    private OutcomeException(HttpStatus status, String type, String record, String detail) {
        super(detail);
        this.status = status;
        this.type = URI.create(BASE + type);
        this.record = record;
    }

    static OutcomeException invalidHash(String record) {
        return new OutcomeException(HttpStatus.BAD_REQUEST, "invalid-record-hash", record,
                "a record hash is 64 lower-case hex digits, got '" + record + "'");
    }

    static OutcomeException notFound(String record) {
        return new OutcomeException(HttpStatus.NOT_FOUND, "record-not-found", record,
                "record " + record + " was never received, or is still on its way through Kafka");
    }

    ProblemDetail problem() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, getMessage());
        p.setType(type);
        p.setProperty("record", record);
        return p;
    }

    HttpStatus status() {
        return status;
    }
}
