package io.trazo.ledger.merkle.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.merkle.VectorFiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedNotesTest {

    private static final NoteSignerKey LOG = NoteSignerKey.of("example.com/log", new byte[32]);
    private static final String TEXT = "example.com/log\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n";

    private static String signed() {
        return new String(SignedNotes.sign(TEXT, List.of(LOG)), StandardCharsets.UTF_8);
    }

    @Test
    void aCosignatureLineFromAnUnknownKeyIsIgnored() throws Exception {
        byte[] cosignature = ByteBuffer.allocate(76).putInt(0x12345678).putLong(1_700_000_000L).array();
        String note = signed() + "\u2014 witness.example/w1 " + Base64.getEncoder().encodeToString(cosignature) + "\n";

        SignedNote opened = SignedNotes.open(note.getBytes(StandardCharsets.UTF_8), List.of(LOG.verifierKey()));

        assertThat(opened.verified()).extracting(NoteSignature::name).containsExactly("example.com/log");
        assertThat(opened.unverified()).extracting(NoteSignature::keyId).containsExactly(0x12345678);
        assertThat(opened.text()).isEqualTo(TEXT);
    }

    @Test
    void sixteenSignaturesAreAcceptedAsC2spRequires() throws Exception {
        List<NoteSignerKey> keys = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            byte[] seed = new byte[32];
            seed[0] = (byte) i;
            keys.add(NoteSignerKey.of("signer" + i, seed));
        }
        byte[] note = SignedNotes.sign(TEXT, keys);
        assertThat(SignedNotes.open(note, keys.stream().map(NoteSignerKey::verifierKey).toList()).verified())
                .hasSize(16);
    }

    @Test
    void aSixtyFiveByteSignatureFromAKnownKeyIsRejectedForItsLength() {
        String note = signed();
        String line = note.substring(note.lastIndexOf('\u2014'));
        byte[] payload = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1).trim());
        byte[] longer = ByteBuffer.allocate(payload.length + 1).put(payload).put((byte) 0).array();
        String forged = TEXT + "\n\u2014 example.com/log " + Base64.getEncoder().encodeToString(longer) + "\n";

        assertThatThrownBy(() -> SignedNotes.open(forged.getBytes(StandardCharsets.UTF_8), List.of(LOG.verifierKey())))
                .isInstanceOf(NoteException.class)
                .hasMessage("signature by example.com/log+" + NoteKeys.hex8(LOG.keyId()) + " is 65 bytes, expected 64");
    }

    @Test
    void everyMutatedByteOfASignedCheckpointBreaksIt() {
        byte[] note = VectorFiles.bytes("checkpoint/tessera-testlog/checkpoints/checkpoint.5");
        NoteVerifierKey key =
                NoteVerifierKey.parse("example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx");
        for (int i = 0; i < note.length; i++) {
            byte[] mutated = note.clone();
            mutated[i] ^= 0x01;
            int at = i;
            assertThatThrownBy(() -> SignedNotes.open(mutated, List.of(key)))
                    .as("byte %d", at).isInstanceOf(NoteException.class);
        }
    }

    @Test
    void aNoteLargerThanTheLimitIsRejectedBeforeParsing() {
        byte[] huge = new byte[SignedNotes.MAX_NOTE_BYTES + 1];
        assertThatThrownBy(() -> SignedNotes.open(huge, List.of(LOG.verifierKey())))
                .isInstanceOf(NoteException.class).hasMessage("note is 65537 bytes, limit is 65536");
    }

    @Test
    void aSignatureLineWithBadBase64IsMalformed() {
        String note = TEXT + "\n\u2014 example.com/log not*base64\n";
        assertThatThrownBy(() -> SignedNotes.open(note.getBytes(StandardCharsets.UTF_8), List.of(LOG.verifierKey())))
                .isInstanceOf(NoteException.class)
                .extracting(e -> ((NoteException) e).reason())
                .isEqualTo(NoteException.Reason.MALFORMED_SIGNATURE_LINE);
    }

    @Test
    void keyNamesWithPlusOrSpacesAreRejected() {
        assertThatThrownBy(() -> NoteSignerKey.of("a+b", new byte[32])).isInstanceOf(NoteKeyException.class);
        assertThatThrownBy(() -> NoteSignerKey.of("a\u00a0b", new byte[32])).isInstanceOf(NoteKeyException.class);
        assertThatThrownBy(() -> NoteVerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(NoteKeyException.class)
                .hasMessage("verifier key key ID is c74f20a4, computed c74f20a3");
    }

    @Test
    void textWithoutAFinalNewlineCannotBeSigned() {
        assertThatThrownBy(() -> SignedNotes.sign("no newline", List.of(LOG)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
