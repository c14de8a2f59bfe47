package io.trazo.append.log;

import java.time.Instant;
import java.util.Objects;

/** A grant of sequencer leadership to {@code holder} until {@code expiresAt}, with its fencing token. */
public record Lease(String holder, FencingToken token, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
