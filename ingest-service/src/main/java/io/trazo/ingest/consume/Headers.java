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

    private Headers() {}

    static Optional<String> text(org.apache.kafka.common.header.Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
