package io.trazo.append.log;

/**
 * The number a {@link LeaderLease} hands to each new leader: strictly greater than every token handed
 * out before. Every write of the log state carries the writer's token, and a store refuses a write whose
 * token is below the one it holds, so a leader that was paused or partitioned past its lease can never
 * commit once its successor has written (Kleppmann, "How to do distributed locking", 2016).
 */
public record FencingToken(long value) implements Comparable<FencingToken> {

    /** The token of a state nobody has written yet; below every token a lease hands out. */
    public static final FencingToken NONE = new FencingToken(0);

    public FencingToken {
        if (value < 0) {
            throw new IllegalArgumentException("a fencing token is not negative: " + value);
        }
    }

    public boolean isBelow(FencingToken other) {
        return value < other.value;
    }

    @Override
    public int compareTo(FencingToken other) {
        return Long.compare(value, other.value);
    }
}
