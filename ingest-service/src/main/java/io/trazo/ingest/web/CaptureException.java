package io.trazo.ingest.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** A capture request that cannot be served; each kind has a stable problem type URI (RFC 9457). */
final class CaptureException extends RuntimeException {

    private static final String BASE = "https://trazo.dev/problems/";

    private final HttpStatus status;
    private final URI type;

    private CaptureException(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = URI.create(BASE + type);
    }

    static CaptureException tooLarge(long actual, int limit) {
        return new CaptureException(HttpStatus.CONTENT_TOO_LARGE, "capture-too-large", "request body is " + actual + " bytes, limit is " + limit);
    }

    static CaptureException tooMany(int actual, int limit) {
        return new CaptureException(HttpStatus.BAD_REQUEST, "capture-too-many-records", "batch holds " + actual + " records, limit is " + limit);
    }

    static CaptureException empty() {
        return new CaptureException(HttpStatus.BAD_REQUEST, "capture-empty", "the request holds no record");
    }

    static CaptureException notFound(String id) {
        return new CaptureException(HttpStatus.NOT_FOUND, "capture-not-found", "no capture " + id);
    }

    static CaptureException unavailable(String detail) {
        return new CaptureException(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "records could not be published: " + detail);
    }

    HttpStatus status() {
        return status;
    }

    URI type() {
        return type;
    }
}
