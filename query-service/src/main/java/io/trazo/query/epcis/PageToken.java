package io.trazo.query.epcis;

import io.trazo.mongo.TimeCursor;
import java.util.OptionalInt;

/**
 * The REST binding's {@code nextPageToken}: where the last page ended and, under {@code eventCountLimit},
 * how many results are still owed. Opaque to clients: the cursor's own token, then {@code .} and the count.
 */
record PageToken(TimeCursor cursor, OptionalInt remaining) {

    String encode() {
        return cursor.encode() + (remaining.isPresent() ? "." + remaining.getAsInt() : "");
    }

    static PageToken decode(String text) {
        int dot = text.lastIndexOf('.');
        try {
            if (dot < 0) {
                return new PageToken(TimeCursor.decode(text), OptionalInt.empty());
            }
            int remaining = Integer.parseInt(text.substring(dot + 1));
            if (remaining < 1) {
                throw EpcisException.parameter("nextPageToken", "not a token this repository issued");
            }
            return new PageToken(TimeCursor.decode(text.substring(0, dot)), OptionalInt.of(remaining));
        } catch (TimeCursor.InvalidCursorException | NumberFormatException e) {
            throw EpcisException.parameter("nextPageToken", "not a token this repository issued");
        }
    }
}
