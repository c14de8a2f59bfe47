package io.trazo.cli;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.registry.TrustRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Key files: {@code {"keyId","publicKey","seed"}} with base64url values, written owner-readable only.
 * Trust-root files: one base64url public key per line; blank lines and {@code #} comments are ignored.
 * Log keys: a C2SP verifier key ({@code name+hex8+base64}) given inline or as a file that holds it.
 */
final class KeyFiles {

    private KeyFiles() {}

    static void write(Path file, SigningKey key) throws IOException {
        byte[] seed = key.exportSeed();
        JsonObject json = Json.obj("keyId", key.keyId().value(), "publicKey", key.publicKey().base64Url(),
                "seed", Base64Url.encode(seed));
        java.util.Arrays.fill(seed, (byte) 0);
        Files.write(file, Jcs.canonicalize(json));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the caller's umask and ACLs apply
        }
    }

    static SigningKey read(Path file) throws IOException {
        Fields f = Fields.of(new StrictJson(new StrictJson.Limits(4096, 4)).parse(Files.readAllBytes(file)), "");
        SigningKey key = SigningKey.fromSeed(Base64Url.decode(f.string("seed")));
        if (!key.publicKey().base64Url().equals(f.string("publicKey"))) {
            throw new IllegalArgumentException(file + ": seed and publicKey do not belong together");
        }
        return key;
    }

    /** @throws io.trazo.ledger.merkle.note.NoteKeyException if it is not a well-formed Ed25519 verifier key */
    static NoteVerifierKey logKey(String keyOrFile) throws IOException {
        Path file = Path.of(keyOrFile);
        return NoteVerifierKey.parse(Files.isRegularFile(file) ? Files.readString(file).strip() : keyOrFile);
    }

    static TrustRoot trustRoot(Path file) throws IOException {
        List<PublicKey> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                keys.add(PublicKey.fromBase64Url(t));
            }
        }
        return new TrustRoot(keys);
    }
}
