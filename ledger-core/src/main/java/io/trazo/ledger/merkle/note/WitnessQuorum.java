package io.trazo.ledger.merkle.note;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A verifier's witness policy (protocol §19.5): at least {@code quorum} of the given witness keys must
 * have validly cosigned the checkpoint, no longer than {@code maxAge} before the time of verification.
 * Lines from other keys are ignored, as C2SP tlog-witness asks of clients.
 */
public record WitnessQuorum(List<CosignerKey> witnesses, int quorum, Duration maxAge) {

    /** Most cosignature lines considered, as a note's signature lines are bounded. */
    public static final int MAX_LINES = SignedNotes.MAX_SIGNATURES;

    /** How far ahead of the verifier's clock a timestamp may be before it counts as forged. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public WitnessQuorum {
        witnesses = List.copyOf(witnesses);
        if (quorum < 1 || quorum > witnesses.size()) {
            throw new IllegalArgumentException("quorum " + quorum + " needs 1 to " + witnesses.size()
                    + " witness keys");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maximum age must be positive: " + maxAge);
        }
        if (new HashSet<>(witnesses).size() != witnesses.size()) {
            throw new IllegalArgumentException("a witness key is given twice");
        }
    }

    /** Why a checkpoint's cosignatures fall short; the names are the protocol's reason codes. */
    public enum Failure {
        COSIGNATURES_MALFORMED,
        COSIGNATURE_INVALID,
        COSIGNATURE_TOO_FEW,
        COSIGNATURE_TOO_OLD
    }

    /** The outcome of a quorum check: met, with the witnesses counted, or failed with one reason. */
    public sealed interface Result {
        record Met(List<String> witnesses) implements Result {}

        record Failed(Failure reason, String detail) implements Result {}
    }

    /**
     * Checks {@code lines} (cosignature lines without final newline) over checkpoint note text
     * {@code noteText} at time {@code now}, in the order of §19.5's reasons.
     */
    public Result check(String noteText, List<String> lines, Instant now) {
        if (lines.size() > MAX_LINES) {
            return new Result.Failed(Failure.COSIGNATURES_MALFORMED, lines.size() + " cosignature lines, limit is "
                    + MAX_LINES);
        }
        Set<String> valid = new HashSet<>();
        Set<String> fresh = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            Cosignature cosignature;
            try {
                cosignature = Cosignature.parse(line);
            } catch (CosignatureException e) {
                if (names(line)) {
                    return new Result.Failed(Failure.COSIGNATURES_MALFORMED, e.getMessage());
                }
                continue;
            }
            CosignerKey key = witnesses.stream().filter(k -> k.matches(cosignature)).findFirst().orElse(null);
            if (key == null) {
                continue;
            }
            try {
                key.verify(cosignature, noteText);
            } catch (CosignatureException | IllegalArgumentException e) {
                return new Result.Failed(Failure.COSIGNATURE_INVALID, e.getMessage());
            }
            if (cosignature.time().isAfter(now.plus(CLOCK_SKEW))) {
                return new Result.Failed(Failure.COSIGNATURE_INVALID, "cosignature by " + key.name() + " is dated "
                        + cosignature.time() + ", after the verifier's clock " + now);
            }
            valid.add(key.encode());
            if (!cosignature.time().isBefore(now.minus(maxAge))) {
                fresh.add(key.name());
            }
        }
        if (valid.size() < quorum) {
            return new Result.Failed(Failure.COSIGNATURE_TOO_FEW, valid.size() + " of the given witnesses cosigned, "
                    + quorum + " required");
        }
        if (fresh.size() < quorum) {
            return new Result.Failed(Failure.COSIGNATURE_TOO_OLD, fresh.size() + " cosignatures are within "
                    + maxAge + ", " + quorum + " required (" + valid.size() + " in all)");
        }
        return new Result.Met(List.copyOf(fresh));
    }

    /** Whether a line that failed to parse still claims to be from one of the given witnesses. */
    private boolean names(String line) {
        return witnesses.stream().anyMatch(k -> line.startsWith(SignedNotes.SIGNATURE_LINE_PREFIX + k.name() + " "));
    }
}
