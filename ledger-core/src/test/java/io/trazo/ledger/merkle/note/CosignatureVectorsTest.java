package io.trazo.ledger.merkle.note;

import static io.trazo.ledger.merkle.VectorFiles.object;
import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.VectorFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code vectors/cosignature/cosignature_v1.json} (made with pyca/cryptography from the C2SP text by
 * its {@code generate.py}) and the C2SP tlog-cosignature example itself.
 */
class CosignatureVectorsTest {

    private static final JsonObject VECTORS = load("/vectors/cosignature/cosignature_v1.json");
    private static final JsonObject KEY = object(VECTORS, "key");
    private static final CosignerKey WITNESS = CosignerKey.parse(string(KEY, "vkey"));

    static Stream<JsonObject> valid() {
        return objects(VECTORS, "valid").stream();
    }

    static Stream<JsonObject> invalid() {
        return objects(VECTORS, "invalid").stream();
    }

    @Test
    void theKeyIdUsesType0x04AndTheKeysReEncodeExactly() {
        assertThat(NoteKeys.hex8(WITNESS.keyId())).isEqualTo(string(KEY, "keyIdHex"));
        assertThat(HexFormat.of().formatHex(WITNESS.publicKey())).isEqualTo(string(KEY, "publicKeyHex"));
        assertThat(WITNESS.encode()).isEqualTo(string(KEY, "vkey"));
        CosignerSignerKey signer = CosignerSignerKey.parse(string(KEY, "skey"));
        assertThat(signer.verifierKey()).isEqualTo(WITNESS);
        assertThat(signer.encodePrivate()).isEqualTo(string(KEY, "skey"));
        assertThat(signer.toString()).doesNotContain(string(KEY, "skey").substring(40));
        NoteVerifierKey sameBytesAsNoteKey = NoteVerifierKey.of(WITNESS.name(), WITNESS.publicKey());
        assertThat(NoteKeys.hex8(sameBytesAsNoteKey.keyId())).isEqualTo(string(KEY, "noteKeyIdHexOfSameKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void signingReproducesTheMessageAndTheLineAndTheLineVerifies(JsonObject vector) throws Exception {
        String text = string(vector, "noteText");
        long timestamp = Long.parseLong(string(vector, "timestamp"));
        assertThat(HexFormat.of().formatHex(CosignatureMessage.of(timestamp, text))).isEqualTo(string(vector, "messageHex"));
        CosignerSignerKey signer = CosignerSignerKey.of(string(KEY, "name"), HexFormat.of().parseHex(string(KEY, "seedHex")));
        assertThat(signer.cosign(text, timestamp).text()).isEqualTo(string(vector, "line"));
        Cosignature parsed = Cosignature.parse(string(vector, "line"));
        assertThat(parsed.timestamp()).isEqualTo(timestamp);
        WITNESS.verify(parsed, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void eachNamedMutationIsRejectedForItsReason(JsonObject vector) {
        CosignatureException e = catchThrowableOfType(CosignatureException.class,
                () -> WITNESS.verify(Cosignature.parse(string(vector, "line")), string(vector, "noteText")));
        assertThat(e).as(string(vector, "name")).isNotNull();
        assertThat(e.reason().name()).isEqualTo(string(vector, "reason"));
    }

    /** The example of C2SP tlog-cosignature ("Format" and "Ed25519 signed message"), parse only: its key is not published. */
    @Test
    void theC2spExampleLineCarriesTheTimestampOfTheSpecsExampleMessage() throws Exception {
        JsonObject example = objects(VectorFiles.json("checkpoint/signed_note_vectors.json"), "openCases").stream()
                .filter(c -> string(c, "source").equals("C2SP/C2SP tlog-cosignature.md")).findFirst().orElseThrow();
        String note = string(example, "note");
        String text = note.substring(0, note.lastIndexOf("\n\n") + 1);
        String line = note.lines().filter(l -> l.startsWith("\u2014 witness.example.com/w1 ")).findFirst().orElseThrow();
        Cosignature cosignature = Cosignature.parse(line);
        assertThat(cosignature.name()).isEqualTo("witness.example.com/w1");
        assertThat(cosignature.timestamp()).isEqualTo(1679315147L);
        assertThat(cosignature.text()).isEqualTo(line);
        assertThat(new String(CosignatureMessage.of(cosignature.timestamp(), text), StandardCharsets.UTF_8)).isEqualTo(
                "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\n"
                        + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    }

    @Test
    void aNoteKeyIsNotACosignerKey() {
        String noteVkey = NoteVerifierKey.of(WITNESS.name(), WITNESS.publicKey()).encode();
        NoteKeyException e = catchThrowableOfType(NoteKeyException.class, () -> CosignerKey.parse(noteVkey));
        assertThat(e.reason()).isEqualTo(NoteKeyException.Reason.UNKNOWN_TYPE);
    }

    private static JsonObject load(String path) {
        try (InputStream in = CosignatureVectorsTest.class.getResourceAsStream(path)) {
            return (JsonObject) new StrictJson(new StrictJson.Limits(1 << 20, 32)).parse(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
