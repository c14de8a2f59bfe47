package io.trazo.ingest.consume;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;

/** Header names on retry and dead-letter messages. Their names are part of the operations contract. */
public final class Headers {

    /** {@code topic/partition/offset} of the original message on the records topic. */
    public static final String SOURCE = "trazo-source";
    /** How many retry rounds the record has been through (0 on the records topic). */
    public static final String ATTEMPT = "trazo-attempt";
    /** Epoch milliseconds before which a retry must not be attempted. */
    public static final String DUE = "trazo-due";
    /** Capture id, when the record came in through POST /capture. */
    public static final String CAPTURE = "trazo-capture";
    /** On dead letters: the reason code, the JSON pointer of the finding, the message, the record hash. */
    public static final String REASON = "trazo-reason";
    public static final String PATH = "trazo-path";
    public static final String MESSAGE = "trazo-message";
    public static final String RECORD = "trazo-record";
    /** On dead letters: the SHA-256 (hex) and the length in bytes of the whole original value. */
    public static final String VALUE_SHA256 = "trazo-value-sha256";
    public static final String VALUE_SIZE = "trazo-value-size";
    /**
     * On dead letters that could not carry the message whole: what was cut, {@code value} (only a prefix
     * is kept) or {@code key,value} (the key is dropped too).
     */
    public static final String TRUNCATED = "trazo-truncated";

    /** Capture ids are UUIDs; a longer {@value #CAPTURE} header was not written by the capture endpoint. */
    private static final int MAX_CAPTURE_BYTES = 64;

    private Headers() {}

    static Optional<String> text(org.apache.kafka.common.header.Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    /** The capture id a message carries, if it is one the capture endpoint could have written. */
    static Optional<String> capture(org.apache.kafka.common.header.Headers headers) {
        Header h = headers.lastHeader(CAPTURE);
        return h == null || h.value() == null || h.value().length > MAX_CAPTURE_BYTES ? Optional.empty()
                : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    /** A numeric header ingest wrote itself; absent or unreadable counts as {@code orElse}. */
    static long number(org.apache.kafka.common.header.Headers headers, String name, long orElse) {
        try {
            return text(headers, name).map(Long::parseLong).orElse(orElse);
        } catch (NumberFormatException e) {
            return orElse;
        }
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
