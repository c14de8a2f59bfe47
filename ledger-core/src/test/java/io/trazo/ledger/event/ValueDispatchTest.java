package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalValues#value} picks one converter by the value's first char; on values of every
 * shape (numbers, EPC URIs, Digital Links, CBV URNs and Web URIs, words, padded, empty) it gives
 * what trying the number, EPC URI and Digital Link converters in turn gives.
 */
class ValueDispatchTest {

    private static final int CASES = 100_000;
    private static final String[] SEEDS = {
        "69.85", "+12", "-0.0", ".5", "1e5", "1_000", "\u0661.5", "-08:00", "2026-09/2026-11", "0614141",
        "urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:class:lgtin:7709876.054321.EA2611-1",
        "urn:epc:id:sgln:0614141.00888.0", "urn:epc:id:giai:0614141.MOIST-7", "urn:epc:idpat:sgtin:4012345.098765.*",
        "urn:epc:id:sscc:0614141.1234567890", "urn:epcglobal:cbv:bizstep:shipping", "urn:epcglobal:cbv:disp:active",
        "https://id.gs1.org/01/09521141123454/10/ABC", "http://example.com/gtin/9521141123454/ser/12?x=1",
        "https://example.org/01/4012345000009", "https://ref.gs1.org/cbv/BizStep-shipping", "https://gs1.org/voc/Temperature",
        "http://ref.gs1.org/cbv/Disp-in_transit", "inspecting", "KGM", "OBSERVE", "urn:uuid:1", "h", "u", "", "+", "."
    };
    private static final String PADDING = " \t\n\u00a0\u2007\u0085";

    @Test
    void theFirstCharPicksTheConverterThatTryingAllInTurnPicks() {
        List<String> values = new ArrayList<>(List.of(SEEDS));
        values.addAll(conversionVectors());
        Random random = new Random(93);
        for (int i = 0; i < CASES; i++) {
            values.add(variation(random));
        }
        int converted = 0;
        for (String value : values) {
            String expected = everyConverterInTurn(value);
            assertThat(CanonicalValues.value(value)).as("'%s'", value).isEqualTo(expected);
            if (!expected.equals(CanonicalValues.strip(value))) {
                converted++;
            }
        }
        assertThat(converted).as("values some converter changed").isGreaterThan(CASES / 4);
    }

    private static List<String> conversionVectors() {
        try (InputStream in = ValueDispatchTest.class.getResourceAsStream("/vectors/event-hash/epc-uri-to-digital-link.csv")) {
            List<String> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    inputs.add(line.substring(0, line.lastIndexOf(',')));
                }
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as first written: number, else EPC URI, else Digital Link, else itself. */
    private static String everyConverterInTurn(String text) {
        String value = CanonicalValues.webVocabulary(CanonicalValues.strip(text));
        return NumericValues.canonical(value)
                .or(() -> EpcUris.toDigitalLink(value))
                .or(() -> DigitalLinks.constrain(value))
                .orElse(value);
    }

    /** A seed, cut, joined with another, padded or with a char replaced. */
    private static String variation(Random random) {
        StringBuilder value = new StringBuilder(SEEDS[random.nextInt(SEEDS.length)]);
        switch (random.nextInt(6)) {
            case 0 -> value.setLength(random.nextInt(value.length() + 1));
            case 1 -> value.append(SEEDS[random.nextInt(SEEDS.length)]);
            case 2 -> value.insert(0, PADDING.charAt(random.nextInt(PADDING.length())))
                    .append(PADDING.charAt(random.nextInt(PADDING.length())));
            case 3 -> {
                if (value.length() > 0) {
                    value.setCharAt(random.nextInt(value.length()), "0u9h.-+:/%\u0663".charAt(random.nextInt(11)));
                }
            }
            default -> { }
        }
        return value.toString();
    }
}
