package io.trazo.ledger.merkle.note;

import static io.trazo.ledger.merkle.VectorFiles.bool;
import static io.trazo.ledger.merkle.VectorFiles.number;
import static io.trazo.ledger.merkle.VectorFiles.object;
import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static io.trazo.ledger.merkle.VectorFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.merkle.VectorFiles;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code checkpoint/signed_note_vectors.json}: keys, signing and opening. */
class SignedNoteVectorsTest {

    private static final JsonObject VECTORS = VectorFiles.json("checkpoint/signed_note_vectors.json");

    /**
     * Where our outcome or reason legitimately differs from Go's, by case description prefix. Both
     * outcomes below still match {@code expect.ok}; only the detail differs.
     */
    private static final Map<String, String> DOCUMENTED_DEVIATIONS = Map.of(
            "TestOpen: signature line from the known key does not verify",
            "Go reports an invalid signature; we check the length first and report WRONG_SIGNATURE_LENGTH (67 bytes)");

    static Stream<JsonObject> keys() {
        return objects(VECTORS, "keys").stream();
    }

    static Stream<JsonObject> invalidVerifierKeys() {
        return objects(VECTORS, "invalidVerifierKeys").stream();
    }

    static Stream<JsonObject> signVectors() {
        return objects(VECTORS, "signVectors").stream();
    }

    static Stream<JsonObject> openCases() {
        return objects(VECTORS, "openCases").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyKeyParsesToItsNameKeyIdAndPublicKeyAndReEncodesExactly(JsonObject key) {
        if (key.has("vkey")) {
            NoteVerifierKey vkey = NoteVerifierKey.parse(string(key, "vkey"));
            assertThat(vkey.name()).isEqualTo(string(key, "name"));
            assertThat(NoteKeys.hex8(vkey.keyId())).isEqualTo(string(key, "keyId"));
            assertThat(HexFormat.of().formatHex(vkey.publicKey())).isEqualTo(string(key, "publicKeyHex"));
            assertThat(vkey.encode()).isEqualTo(string(key, "vkey"));
        }
        if (key.has("skey")) {
            NoteSignerKey skey = NoteSignerKey.parse(string(key, "skey"));
            assertThat(skey.verifierKey().encode()).isEqualTo(string(key, "vkey"));
            assertThat(skey.toString()).doesNotContain(string(key, "skey").substring("PRIVATE+KEY+".length()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVerifierKeys")
    void invalidVerifierKeysAreRejectedForTheirLengthOrType(JsonObject key) {
        assertThatThrownBy(() -> NoteVerifierKey.parse(string(key, "vkey")))
                .isInstanceOf(NoteKeyException.class)
                .satisfies(e -> assertThat(((NoteKeyException) e).reason())
                        .isIn(NoteKeyException.Reason.WRONG_LENGTH, NoteKeyException.Reason.UNKNOWN_TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signVectors")
    void signingReproducesTheExpectedNoteByteForByte(JsonObject vector) {
        byte[] note = SignedNotes.sign(string(vector, "text"), List.of(NoteSignerKey.parse(string(vector, "skey"))));
        assertThat(new String(note, StandardCharsets.UTF_8)).isEqualTo(string(vector, "expectedSignedNote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openCases")
    void openingAgreesWithTheExpectedOutcome(JsonObject c) throws Exception {
        byte[] note = Base64.getDecoder().decode(string(c, "noteBase64"));
        List<NoteVerifierKey> known = strings(c, "verifierKeys").stream().map(NoteVerifierKey::parse).toList();
        JsonObject expect = object(c, "expect");

        if (expect.has("expectedOrigin")) {
            CheckpointException e = catchThrowableOfType(CheckpointException.class,
                    () -> Checkpoints.open(note, string(expect, "expectedOrigin"), known.get(0)));
            assertThat(e.reason()).isEqualTo(CheckpointException.Reason.ORIGIN_MISMATCH);
            return;
        }
        if (!bool(expect, "ok")) {
            NoteException e = catchThrowableOfType(NoteException.class, () -> SignedNotes.open(note, known));
            assertThat(e).as("must be rejected").isNotNull();
            assertThat(e.reason()).isEqualTo(expectedReason(string(c, "desc")));
            if (expect.has("checkpoint")) {
                assertCheckpoint(parseOnly(note), object(expect, "checkpoint"));
            }
            return;
        }
        SignedNote opened = SignedNotes.open(note, known);
        assertThat(opened.verified()).extracting(NoteSignature::name).containsExactlyElementsOf(strings(expect, "verified"));
        if (expect.has("unverifiedCount")) {
            assertThat(opened.unverified()).hasSize((int) number(expect, "unverifiedCount"));
        }
        if (expect.has("unverifiedDistinct")) {
            assertThat(opened.unverified()).hasSize((int) number(expect, "unverifiedDistinct"));
        }
        if (expect.has("text")) {
            assertThat(opened.text()).isEqualTo(string(expect, "text"));
        }
        if (expect.has("checkpoint")) {
            assertCheckpoint(Checkpoint.parse(opened.text()), object(expect, "checkpoint"));
        }
    }

    /** The reason we give for each rejected case; Go only distinguishes a few error strings. */
    private static NoteException.Reason expectedReason(String desc) {
        if (desc.startsWith("TestOpen: no known keys") || desc.startsWith("C2SP tlog-")) {
            return NoteException.Reason.NO_VERIFIABLE_SIGNATURE;
        }
        if (desc.startsWith("TestOpen: 101 copies")) {
            return NoteException.Reason.TOO_MANY_SIGNATURES;
        }
        if (DOCUMENTED_DEVIATIONS.keySet().stream().anyMatch(desc::startsWith)) {
            return NoteException.Reason.WRONG_SIGNATURE_LENGTH;
        }
        if (desc.contains("no blank line") || desc.contains("blank line but no signature")
                || desc.contains("lacks final newline") || desc.contains("no final newline")) {
            return NoteException.Reason.MISSING_SIGNATURES;
        }
        if (desc.contains("control character")) {
            return NoteException.Reason.CONTROL_CHARACTER;
        }
        if (desc.contains("invalid UTF-8")) {
            return NoteException.Reason.NOT_UTF8;
        }
        if (desc.contains("non-signature line")) {
            return NoteException.Reason.MALFORMED_SIGNATURE_LINE;
        }
        throw new AssertionError("no expected reason for: " + desc);
    }

    private static Checkpoint parseOnly(byte[] note) throws CheckpointException {
        String all = new String(note, StandardCharsets.UTF_8);
        return Checkpoint.parse(all.substring(0, all.lastIndexOf("\n\n") + 1));
    }

    private static void assertCheckpoint(Checkpoint checkpoint, JsonObject want) {
        assertThat(checkpoint.origin()).isEqualTo(string(want, "origin"));
        assertThat(checkpoint.size()).isEqualTo(number(want, "size"));
        assertThat(checkpoint.root().toBase64()).isEqualTo(string(want, "rootHashBase64"));
    }
}
