package io.trazo.ledger.merkle.checkpoint;

import static io.trazo.ledger.merkle.VectorFiles.bool;
import static io.trazo.ledger.merkle.VectorFiles.number;
import static io.trazo.ledger.merkle.VectorFiles.object;
import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.VectorFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code checkpoint/checkpoint_body_cases.json}. Two deliberate deviations from the Go parser flip
 * "valid" cases to rejections: the root must be 32 bytes (cases whose {@code rootHashLength} is not 32,
 * reason BAD_ROOT), and extension lines must be non-empty as C2SP tlog-checkpoint requires ("valid with
 * trailing newlines", reason EMPTY_EXTENSION_LINE).
 */
class CheckpointBodyCasesTest {

    private static final JsonObject CASES = VectorFiles.json("checkpoint/checkpoint_body_cases.json");

    static Stream<JsonObject> unmarshal() {
        return objects(CASES, "unmarshal").stream();
    }

    static Stream<JsonObject> marshal() {
        return objects(CASES, "marshal").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unmarshal")
    void theStrictParserAcceptsExactlyTheThirtyTwoByteCasesGoAccepts(JsonObject c) throws Exception {
        String body = string(c, "body");
        if (bool(c, "wantErr")) {
            assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(CheckpointException.class);
            return;
        }
        JsonObject want = object(c, "want");
        if (number(want, "rootHashLength") != TreeHash.LENGTH) {
            assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(CheckpointException.class)
                    .extracting(e -> ((CheckpointException) e).reason())
                    .isIn(CheckpointException.Reason.BAD_ROOT, CheckpointException.Reason.EMPTY_EXTENSION_LINE);
            Checkpoint lenient = parseWithAThirtyTwoByteRoot(body, string(want, "rootHashBase64"),
                    string(c, "wantRest"));
            assertThat(lenient.origin()).isEqualTo(string(want, "origin"));
            assertThat(lenient.size()).isEqualTo(number(want, "size"));
            return;
        }
        Checkpoint checkpoint = Checkpoint.parse(body);
        assertThat(checkpoint.origin()).isEqualTo(string(want, "origin"));
        assertThat(checkpoint.size()).isEqualTo(number(want, "size"));
        assertThat(checkpoint.root().toBase64()).isEqualTo(string(want, "rootHashBase64"));
    }

    /**
     * The same body with the short root swapped for a 32-byte one parses with the same origin, size
     * and extension lines, unless those lines are empty.
     */
    private static Checkpoint parseWithAThirtyTwoByteRoot(String body, String shortRoot, String rest)
            throws CheckpointException {
        String swapped = body.replace(shortRoot, TreeHasher.emptyRoot().toBase64());
        if (rest.contains("\n\n") || rest.equals("\n")) {
            assertThatThrownBy(() -> Checkpoint.parse(swapped)).isInstanceOf(CheckpointException.class)
                    .extracting(e -> ((CheckpointException) e).reason())
                    .isEqualTo(CheckpointException.Reason.EMPTY_EXTENSION_LINE);
            return Checkpoint.parse(swapped.substring(0, swapped.length() - rest.length()));
        }
        Checkpoint parsed = Checkpoint.parse(swapped);
        assertThat(String.join("", parsed.extensions().stream().map(l -> l + "\n").toList())).isEqualTo(rest);
        return parsed;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marshal")
    void formattingGivesTheExpectedBodyForAThirtyTwoByteRoot(JsonObject c) {
        TreeHash root = TreeHasher.emptyRoot();
        Checkpoint checkpoint = new Checkpoint(string(c, "origin"), number(c, "size"), root, List.of());
        assertThat(checkpoint.toText()).isEqualTo(
                string(c, "want").replace(string(c, "rootHashBase64"), root.toBase64()));
    }

    @Test
    void theGoSumdbTreeNoteIsFormattedExactly() {
        JsonObject c = object(CASES, "goSumdbFormatTree");
        TreeHash root = TreeHasher.leafHash(string(c, "leafInputUtf8").getBytes(StandardCharsets.UTF_8));
        Checkpoint checkpoint = new Checkpoint("go.sum database tree", number(c, "size"), root, List.of());
        assertThat(checkpoint.toText()).isEqualTo(string(c, "want"));
    }

    @Test
    void eachParseErrorHasItsOwnReasonAndMessage() {
        String root = TreeHasher.emptyRoot().toBase64();
        assertRejected("Log\n0123\n" + root + "\n", CheckpointException.Reason.BAD_SIZE,
                "checkpoint size is not a decimal without leading zeros: 0123");
        assertRejected("Log\n+1\n" + root + "\n", CheckpointException.Reason.BAD_SIZE,
                "checkpoint size is not a decimal without leading zeros: +1");
        assertRejected("Log\n9223372036854775808\n" + root + "\n", CheckpointException.Reason.BAD_SIZE,
                "checkpoint size does not fit in 63 bits: 9223372036854775808");
        assertRejected("Log\n1\n" + root.substring(0, 43) + "\n", CheckpointException.Reason.BAD_ROOT,
                "checkpoint root is not canonical base64 of 32 bytes: " + root.substring(0, 43));
        assertRejected("\n1\n" + root + "\n", CheckpointException.Reason.EMPTY_ORIGIN, "checkpoint origin is empty");
        assertRejected("Log\n1\n" + root, CheckpointException.Reason.TOO_FEW_LINES,
                "checkpoint text does not end in a newline");
        assertRejected("Log\n1\n" + root + "\n\n", CheckpointException.Reason.EMPTY_EXTENSION_LINE,
                "checkpoint line 4 is an empty extension line");
        assertRejected("L".repeat(Checkpoint.MAX_LINE_BYTES + 1) + "\n1\n" + root + "\n",
                CheckpointException.Reason.LINE_TOO_LONG, "checkpoint line 1 is longer than 1024 bytes");
        assertRejected("Log\n1\n" + root + "\n" + "x\n".repeat(Checkpoint.MAX_EXTENSION_LINES + 1),
                CheckpointException.Reason.TOO_MANY_EXTENSION_LINES,
                "checkpoint has 33 extension lines, limit is 32");
    }

    private static void assertRejected(String text, CheckpointException.Reason reason, String message) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(CheckpointException.class)
                .hasMessage(message)
                .extracting(e -> ((CheckpointException) e).reason()).isEqualTo(reason);
    }
}
