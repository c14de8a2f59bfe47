package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cyberphone/json-canonicalization test data (RFC 8785 §3.2), plus hand-built edge cases. */
class JcsVectorsTest {

    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(1 << 20, 64));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void eachPublicInputCanonicalisesToTheExpectedBytesAndHex(String name) {
        JsonValue input = PARSER.parse(PublicVectors.bytes("jcs/input/" + name + ".json"));

        byte[] canonical = Jcs.canonicalize(input);

        assertThat(canonical).isEqualTo(PublicVectors.bytes("jcs/output/" + name + ".json"));
        assertThat(canonical).isEqualTo(PublicVectors.hex("jcs/outhex/" + name + ".txt"));
    }

    @Test
    void writeAppendsTheSameBytesAfterWhatTheStreamAlreadyHolds() {
        JsonValue value = PARSER.parse(PublicVectors.bytes("jcs/input/weird.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('>');

        Jcs.write(value, out);

        byte[] expected = PublicVectors.bytes("jcs/output/weird.json");
        assertThat(out.toByteArray()).hasSize(expected.length + 1).endsWith(expected);
    }

    @Test
    void stringsUseOnlyTheShortEscapesAndLowerCaseHexForOtherControls() {
        String all = "\u0000\u0001\b\t\n\u000b\f\r\u001f \"\\/\u007f\u0080\u2028\uD83D\uDE02";
        String expected = "\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f \\\"\\\\/\u007f\u0080\u2028\uD83D\uDE02\"";

        assertThat(Jcs.canonicalize(new JsonString(all))).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void safeIntegersTakeTheIntegerPathAndEverythingElseTheEs6Path() {
        JsonArray numbers = new JsonArray(List.of(
                JsonNumber.of(0), JsonNumber.of(-0), JsonNumber.of(JsonNumber.MAX_SAFE_INTEGER),
                JsonNumber.of(-JsonNumber.MAX_SAFE_INTEGER), JsonNumber.of(Long.MIN_VALUE),
                new JsonNumber(new BigDecimal("1e2"), false),
                new JsonNumber(new BigDecimal("-0.0"), false),
                new JsonNumber(new BigDecimal("100000000000000000000000"), true)));

        assertThat(new String(Jcs.canonicalize(numbers), StandardCharsets.UTF_8)).isEqualTo(
                "[0,0,9007199254740991,-9007199254740991,-9223372036854776000,100,0,1e+23]");
    }

    @Test
    void membersSortByUtf16CodeUnitsNotByCodePoints() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("\uFB33", JsonNumber.of(1));
        members.put("\uD83D\uDE02", JsonNumber.of(2));
        members.put("", JsonNumber.of(3));

        assertThat(new String(Jcs.canonicalize(new JsonObject(members)), StandardCharsets.UTF_8))
                .isEqualTo("{\"\":3,\"\uD83D\uDE02\":2,\"\uFB33\":1}");
    }

    @Test
    void aHandBuiltLoneSurrogateIsRefusedWithThePointerToIt() {
        JsonValue value = new JsonObject(Map.of("a/b", new JsonArray(List.of(JsonNull.INSTANCE, new JsonString("x\uD800")))));

        assertThatThrownBy(() -> Jcs.canonicalize(value))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.LONE_SURROGATE);
                    assertThat(e.path()).isEqualTo("/a~1b/1");
                });
    }

    @Test
    void aHandBuiltLoneSurrogateInAMemberNameIsRefusedAtThatMember() {
        JsonValue value = new JsonObject(Map.of("\uDC00", JsonBoolean.TRUE));

        assertThatThrownBy(() -> Jcs.canonicalize(value))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.LONE_SURROGATE);
                    assertThat(e.path()).isEqualTo("/\uDC00");
                });
    }

    @Test
    void aHandBuiltNumberBeyondBinary64IsRefusedRatherThanWrittenAsInfinity() {
        JsonValue value = new JsonArray(List.of(new JsonNumber(new BigDecimal("-1e400"), false)));

        assertThatThrownBy(() -> Jcs.canonicalize(value))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.NUMBER_OUT_OF_RANGE);
                    assertThat(e.path()).isEqualTo("/0");
                });
    }

    @Test
    void aLargeStringOfControlCharactersGrowsTheBufferCorrectly() {
        String controls = "\u0001".repeat(10_000) + "\u00e9".repeat(10_000);

        String canonical = new String(Jcs.canonicalize(new JsonString(controls)), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("\"" + "\\u0001".repeat(10_000) + "\u00e9".repeat(10_000) + "\"");
    }
}
