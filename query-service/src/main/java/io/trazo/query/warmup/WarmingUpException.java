package io.trazo.query.warmup;

/**
 * A request needed a catch-up that is still warming after the request's bounded wait: answered as the
 * problem {@code https://trazo.dev/problems/warming-up}, 503 with {@code Retry-After}.
 */
public final class WarmingUpException extends RuntimeException {

    private final String catchUp;
    private final long progress;
    private final long target;

    public WarmingUpException(String catchUp, long progress, long target) {
        super("the " + catchUp + " is still being built from the ledger (" + progress + " of " + target
                + " read); query serves traces, verifications and lot pages meanwhile");
        this.catchUp = catchUp;
        this.progress = progress;
        this.target = target;
    }

    public String catchUp() {
        return catchUp;
    }

    public long progress() {
        return progress;
    }

    public long target() {
        return target;
    }
}
