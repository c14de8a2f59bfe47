package io.trazo.mongo;

import io.trazo.ledger.crypto.Base64Url;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a time-ordered page ended: the last item's time and record hash. Pages are ordered by
 * (time, hash), which is total, so a cursor resumes exactly after the last item even when many
 * records share a time. Opaque to clients: base64url of {@code <epoch millis>:<hash hex>}.
 */
public record TimeCursor(Instant time, String hash) {

    private static final Pattern FORM = Pattern.compile("(-?\\d{1,15}):([0-9a-f]{64})");

    public String encode() {
        return Base64Url.encode((time.toEpochMilli() + ":" + hash).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException if {@code text} is not a cursor this service issued */
    public static TimeCursor decode(String text) {
        String raw;
        try {
            raw = new String(Base64Url.decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(text);
        }
        Matcher m = FORM.matcher(raw);
        if (!m.matches()) {
            throw new InvalidCursorException(text);
        }
        return new TimeCursor(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2));
    }

    public static final class InvalidCursorException extends IllegalArgumentException {
        private final String cursor;

        InvalidCursorException(String cursor) {
            super("cursor \"" + cursor + "\" was not issued by this service");
            this.cursor = cursor;
        }

        public String cursor() {
            return cursor;
        }
    }
}
