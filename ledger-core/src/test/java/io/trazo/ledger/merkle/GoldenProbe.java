package io.trazo.ledger.merkle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One flat transparency-dev/merkle probe file. Read with Jackson's streaming parser rather than
 * StrictJson because the probes carry Go {@code uint64} values up to 2^64−1, outside I-JSON's range.
 * Such values keep their 64-bit pattern ({@link BigInteger#longValue()}), so 2^64−1 becomes −1,
 * which every verifier here rejects as out of range, as Go rejects it.
 */
record GoldenProbe(Map<String, Object> fields) {

    private static final JsonFactory JSON = new JsonFactory();

    static GoldenProbe read(String file) {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), VectorFiles.bytes(file))) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.put(name, switch (value) {
                    case VALUE_NUMBER_INT -> parser.getBigIntegerValue().longValue();
                    case VALUE_STRING -> parser.getString();
                    case VALUE_TRUE -> true;
                    case VALUE_FALSE -> false;
                    case VALUE_NULL -> List.of();
                    case START_ARRAY -> {
                        List<byte[]> items = new ArrayList<>();
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            items.add(Base64.getDecoder().decode(parser.getString()));
                        }
                        yield items;
                    }
                    default -> throw new IllegalArgumentException(file + ": unexpected " + value);
                });
            }
        }
        return new GoldenProbe(fields);
    }

    long number(String name) {
        return (Long) fields.get(name);
    }

    byte[] bytes(String name) {
        return Base64.getDecoder().decode((String) fields.get(name));
    }

    @SuppressWarnings("unchecked")
    List<byte[]> proof() {
        return (List<byte[]>) fields.get("proof");
    }

    boolean wantErr() {
        return (Boolean) fields.get("wantErr");
    }
}
