package io.trazo.web.query;

/** query-service did not answer, or answered with an error: retryable, and never the buyer's fault. */
public final class QueryUnavailableException extends RuntimeException {

    public QueryUnavailableException(String message) {
        super(message);
    }

    private QueryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    static QueryUnavailableException of(Exception cause) {
        return new QueryUnavailableException("query-service unavailable: " + cause.getMessage(), cause);
    }
}
