package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 8785 §3.2.2.3 number serialisation against the cyberphone ES6 file and RFC 8785 Appendix B. */
class Es6NumberFormatTest {

    private static double fromHex(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void allTenThousandEs6VectorsFormatExactlyLikeNumberToString() {
        List<String> lines = PublicVectors.lines("jcs/es6testfile10k.txt");
        assertThat(lines).hasSize(10_000);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            int comma = line.indexOf(',');
            String expected = line.substring(comma + 1);
            String actual = Jcs.formatDouble(fromHex(line.substring(0, comma)));
            if (!actual.equals(expected)) {
                mismatches.add(line + " -> " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    static Stream<Arguments> appendixB() {
        return PublicVectors.lines("jcs/rfc8785_appendix_b.csv").stream().skip(1)
                .map(line -> line.split(",", -1))
                .map(cells -> Arguments.of(cells[0], cells[1], cells[2]));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("appendixB")
    void everyAppendixBSampleFormatsAsPrintedOrIsRefusedWhenNotFinite(String hex, String expected, String comment) {
        double value = fromHex(hex);
        if (Double.isFinite(value)) {
            assertThat(Jcs.formatDouble(value)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> Jcs.formatDouble(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void negativeInfinityIsRefusedToo() {
        assertThatThrownBy(() -> Jcs.formatDouble(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void powersOfTwoWithAnAsymmetricRoundingIntervalStillGetTheirShortestForm() {
        // Below a power of two the rounding interval is half as wide, so the nearer decimal may miss.
        assertThat(Jcs.formatDouble(Math.scalb(1.0, -1022))).isEqualTo("2.2250738585072014e-308");
        assertThat(Jcs.formatDouble(Math.scalb(1.0, 1023))).isEqualTo("8.98846567431158e+307");
        assertThat(Jcs.formatDouble(Math.scalb(1.0, -1000))).isEqualTo("9.332636185032189e-302");
    }

    @Test
    void valuesWhereJdk17DoubleToStringIsNotShortestComeOutShortest() {
        // On JDK 17 (JDK-4511638) Double.toString gives 9.999999999999999E22, 1.9999999999999998E23,
        // 5.6843418860808015E-14, 4.8726570056999995E288 and 2.82879384806159008E17 for these.
        assertThat(Jcs.formatDouble(1e23)).isEqualTo("1e+23");
        assertThat(Jcs.formatDouble(2e23)).isEqualTo("2e+23");
        assertThat(Jcs.formatDouble(Math.scalb(1.0, -44))).isEqualTo("5.684341886080802e-14");
        assertThat(Jcs.formatDouble(4.8726570057E288)).isEqualTo("4.8726570057e+288");
        assertThat(Jcs.formatDouble(2.82879384806159E17)).isEqualTo("282879384806159000");
    }

    @Test
    void exponentThresholdsFollowNumberToString() {
        assertThat(Jcs.formatDouble(1e20)).isEqualTo("100000000000000000000");
        assertThat(Jcs.formatDouble(1e21)).isEqualTo("1e+21");
        assertThat(Jcs.formatDouble(1e-6)).isEqualTo("0.000001");
        assertThat(Jcs.formatDouble(1e-7)).isEqualTo("1e-7");
        assertThat(Jcs.formatDouble(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(Jcs.formatDouble(-0.0)).isEqualTo("0");
    }
}
