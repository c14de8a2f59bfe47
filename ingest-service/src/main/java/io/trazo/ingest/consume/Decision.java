package io.trazo.ingest.consume;

/**
 * What to publish for one message: the receipt, and where the original goes next. {@code retryAttempt}
 * is the retry round to forward to when {@code route} is RETRY.
 */
record Decision(Receipt receipt, Route route, int retryAttempt) {

    enum Route {
        NONE,
        RETRY,
        DEAD_LETTER
    }

    static Decision of(Receipt receipt) {
        return new Decision(receipt, receipt.outcome() == Receipt.Outcome.REJECTED ? Route.DEAD_LETTER : Route.NONE, 0);
    }
}
