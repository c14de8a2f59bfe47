package io.trazo.ledger.encoding;

import static io.trazo.ledger.encoding.JsonFormatException.Reason.DUPLICATE_KEY;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.INVALID_UTF8;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.LONE_SURROGATE;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.MALFORMED;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.NUMBER_OUT_OF_RANGE;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.TOO_DEEP;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.TOO_LARGE;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.TRAILING_DATA;
import static io.trazo.ledger.encoding.JsonFormatException.Reason.UNSAFE_INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per {@link JsonFormatException.Reason}, each asserting the reason and the JSON Pointer. */
class StrictJsonTest {

    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(1 << 10, 4));

    private static void assertRefused(byte[] input, JsonFormatException.Reason reason, String path) {
        assertThatThrownBy(() -> PARSER.parse(input))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.getMessage()).startsWith(reason + " at " + (path.isEmpty() ? "\"\"" : path) + ": ");
                });
    }

    private static void assertRefused(String input, JsonFormatException.Reason reason, String path) {
        assertRefused(input.getBytes(StandardCharsets.UTF_8), reason, path);
    }

    @Test
    void aDocumentOneByteOverTheLimitIsTooLarge() {
        String justFits = "\"" + "a".repeat(1022) + "\"";
        assertThat(PARSER.parse(justFits.getBytes(StandardCharsets.UTF_8))).isEqualTo(new JsonString("a".repeat(1022)));

        assertRefused("\"" + "a".repeat(1023) + "\"", TOO_LARGE, "");
    }

    @Test
    void aLongNumberIsJudgedByItsValueAtItsOwnPointerNotRefusedAsTooLargeAtTheRoot() {
        assertThat(PARSER.parse(("[1." + "0".repeat(62) + "]").getBytes(StandardCharsets.UTF_8))).isInstanceOf(JsonArray.class);
        assertThat(PARSER.parse(("[0." + "1".repeat(65) + "]").getBytes(StandardCharsets.UTF_8))).isInstanceOf(JsonArray.class);

        assertRefused("{\"a\":[1" + "0".repeat(64) + "]}", UNSAFE_INTEGER, "/a/0");
        assertRefused("{\"a\":-1" + "0".repeat(64) + "}", UNSAFE_INTEGER, "/a");
        assertRefused("[" + "9".repeat(17) + "]", UNSAFE_INTEGER, "/0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "truncated two-byte sequence, 22c32822",
        "overlong slash, 22c0af22",
        "encoded high surrogate, 22eda08022",
        "code point above U+10FFFF, 22f490808022",
        "UTF-16 byte order mark, fffe3100",
        "lone continuation byte, 5b805d"})
    void bytesThatAreNotWellFormedUtf8AreRefusedBeforeParsing(String mutation, String hex) {
        assertRefused(HexFormat.of().parseHex(hex), INVALID_UTF8, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty input|",
        "only whitespace|' \n\t '",
        "single-quoted name|{'a':1}",
        "NaN literal|[NaN]",
        "Infinity literal|-Infinity",
        "leading zero|[01]",
        "leading zero after minus|-01",
        "plus sign|+1",
        "bare decimal point|.5",
        "trailing comma in array|[1,]",
        "trailing comma in object|{\"a\":1,}",
        "raw tab in string|\"a\tb\"",
        "unknown escape|\"\\x\"",
        "comment|/* c */ 1",
        "no-break space as whitespace|\u00a01",
        "missing colon|{\"a\" 1}",
        "truncated literal|tru",
        "unclosed array|[1",
        "garbage glued to a number|123abc"})
    void syntaxThatRfc8259DoesNotAllowIsMalformed(String mutation, String input) {
        assertRefused(input == null ? "" : input, MALFORMED, "");
    }

    @Test
    void aUtf8ByteOrderMarkIsMalformedEvenBeforeAValidDocument() {
        assertRefused(HexFormat.of().parseHex("efbbbf7b7d"), MALFORMED, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "second object|{} {}",
        "letters after object|{}x",
        "second number|1 2",
        "extra closing bracket|[1]]"})
    void anythingButWhitespaceAfterTheValueIsTrailingData(String mutation, String input) {
        assertRefused(input, TRAILING_DATA, "");
    }

    @Test
    void aNulByteAfterTheValueIsTrailingData() {
        assertRefused(new byte[] {'[', '1', ']', 0}, TRAILING_DATA, "");
    }

    @Test
    void nestingPastTheLimitIsTooDeepButTheLimitItselfIsAllowed() {
        assertThat(PARSER.parse("[[[{\"a\":1}]]]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(JsonArray.class);

        assertRefused("[[[[[1]]]]]", TOO_DEEP, "/0/0/0/0");
        assertRefused("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", TOO_DEEP, "/a/b/c/d");
        assertThat(PARSER.parse("[[[[1]]]]".getBytes(StandardCharsets.UTF_8))).as("scalars add no depth").isInstanceOf(JsonArray.class);
    }

    @Test
    void aRepeatedMemberNameIsADuplicateKeyAtThatMember() {
        assertRefused("{\"x\":{\"a\":1,\"b\":2,\"a\":3}}", DUPLICATE_KEY, "/x/a");
    }

    @Test
    void aDuplicateThatOnlyAppearsAfterEscapeDecodingIsStillADuplicate() {
        assertRefused("{\"a\":1,\"\\u0061\":2}", DUPLICATE_KEY, "/a");
        assertRefused("[{\"a/b\":1,\"a\\/b\":2}]", DUPLICATE_KEY, "/0/a~1b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "escaped high surrogate|\"\\ud800\"|''",
        "escaped low surrogate|\"\\udc00\"|''",
        "high surrogate followed by a letter|[\"\\ud83dx\"]|/0",
        "two high surrogates|{\"k\":\"\\ud83d\\ud83d\"}|/k",
        "reversed pair|\"\\ude02\\ud83d\"|''"})
    void anEscapedUnpairedSurrogateInAStringIsALoneSurrogate(String mutation, String input, String path) {
        assertRefused(input, LONE_SURROGATE, path);
    }

    @Test
    void anEscapedUnpairedSurrogateInAMemberNameIsALoneSurrogateAtThatName() {
        assertRefused("{\"ok\":{\"\\ud800\":1}}", LONE_SURROGATE, "/ok/\ud800");
    }

    @Test
    void anEscapedSurrogatePairIsAccepted() {
        assertThat(PARSER.parse("\"\\ud83d\\ude02\"".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new JsonString("\ud83d\ude02"));
    }

    @Test
    void integersBeyondTwoToTheFiftyThreeMinusOneAreUnsafe() {
        assertRefused("{\"n\":9007199254740992}", UNSAFE_INTEGER, "/n");
        assertRefused("[-9007199254740992]", UNSAFE_INTEGER, "/0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e20", "-9007199254740992.0", "9007199254740991.6", "9.99999999999999e20"})
    void aFractionOrExponentFormThatIsAnUnsafeIntegerAsBinary64IsUnsafe(String literal) {
        // Regression: these were accepted, but their canonical form (plain digits) was then refused.
        assertRefused("{\"n\":" + literal + "}", UNSAFE_INTEGER, "/n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e21, 1e+21", "9007199254740991.4, 9007199254740991", "-9.007199254740991e15, -9007199254740991"})
    void aFractionOrExponentFormJustOutsideThatBandIsAcceptedAndStaysAcceptedWhenCanonical(String literal, String canonical) {
        JsonValue value = PARSER.parse(literal.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(Jcs.canonicalize(value), StandardCharsets.UTF_8)).isEqualTo(canonical);
        assertThat(PARSER.parse(Jcs.canonicalize(value))).isNotNull();
    }

    @Test
    void theLargestSafeIntegersAreAccepted() {
        assertThat(PARSER.parse("[9007199254740991,-9007199254740991]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new JsonArray(List.of(
                        JsonNumber.of(9007199254740991L), JsonNumber.of(-9007199254740991L))));
    }

    @Test
    void aFractionOrExponentThatOverflowsBinary64IsOutOfRange() {
        assertRefused("1e400", NUMBER_OUT_OF_RANGE, "");
        assertRefused("{\"a\":[1.5e308,-1.8e308]}", NUMBER_OUT_OF_RANGE, "/a/1");
    }

    @Test
    void anExponentBeyondBigDecimalsScaleIsOutOfRangeNotANumberFormatException() {
        // Regression: Jackson let NumberFormatException escape for these before StrictJson caught it.
        assertRefused("[0,1e9999999999]", NUMBER_OUT_OF_RANGE, "/1");
        assertRefused("0.1e-2147483647", NUMBER_OUT_OF_RANGE, "");
        assertRefused("{\"t\":1e-2147483648}", NUMBER_OUT_OF_RANGE, "/t");
    }

    @Test
    void aNumberThatUnderflowsIsKeptExactlyAndCanonicalisesToZero() {
        JsonValue tiny = PARSER.parse("1e-400".getBytes(StandardCharsets.UTF_8));

        assertThat(tiny).isEqualTo(new JsonNumber(new BigDecimal("1e-400"), false));
        assertThat(Jcs.canonicalize(tiny)).isEqualTo("0".getBytes(StandardCharsets.US_ASCII));
    }
}
