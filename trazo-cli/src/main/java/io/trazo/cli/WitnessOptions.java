package io.trazo.cli;

import io.trazo.ledger.merkle.note.CosignerKey;
import io.trazo.ledger.merkle.note.NoteKeyException;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** {@code verify-bundle}'s witness policy (protocol §19.5): keys, quorum and maximum age. */
final class WitnessOptions {

    private static final Pattern SHORT_DURATION = Pattern.compile("([1-9][0-9]{0,8})([smhd])");

    @Option(names = "--witness", description = "A witness's cosigner verifier key (name+hex8+base64(0x04 ‖ key)), or a "
            + "file holding it; repeat per witness. Requires --log-key and --max-age.")
    List<String> witnesses = new ArrayList<>();

    @Option(names = "--quorum", description = "How many of the --witness keys must have cosigned (default: all of them).")
    Integer quorum;

    @Option(names = "--max-age", description = "Oldest cosignature that counts, e.g. 90m, 24h, 7d or PT36H.")
    String maxAge;

    /** An option combination or value that cannot be used. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** The policy, or empty when no witness option was given. */
    Optional<WitnessQuorum> policy(boolean hasLogKey) throws UsageException {
        if (witnesses.isEmpty()) {
            if (quorum != null || maxAge != null) {
                throw new UsageException("--quorum and --max-age need --witness keys");
            }
            return Optional.empty();
        }
        if (!hasLogKey) {
            throw new UsageException("--witness needs --log-key: cosignatures are over the log's checkpoint");
        }
        if (maxAge == null) {
            throw new UsageException("--witness needs --max-age: how old a cosignature may be");
        }
        List<CosignerKey> keys = new ArrayList<>();
        for (String witness : witnesses) {
            keys.add(key(witness));
        }
        try {
            return Optional.of(new WitnessQuorum(keys, quorum == null ? keys.size() : quorum, duration(maxAge)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static CosignerKey key(String keyOrFile) throws UsageException {
        try {
            Path file = Path.of(keyOrFile);
            return CosignerKey.parse(Files.isRegularFile(file) ? Files.readString(file).strip() : keyOrFile);
        } catch (NoteKeyException | IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException("--witness " + keyOrFile + " is not a cosigner verifier key: " + e.getMessage());
        }
    }

    static Duration duration(String text) throws UsageException {
        Matcher m = SHORT_DURATION.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--max-age " + text + " is not a duration such as 24h, 7d or PT36H");
        }
    }
}
