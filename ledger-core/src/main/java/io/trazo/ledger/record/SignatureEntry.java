package io.trazo.ledger.record;

import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.Signature;
import java.util.Objects;

/** One signer's Ed25519 signature over a record's signing message. */
public record SignatureEntry(KeyId keyId, Signature signature) {

    public SignatureEntry {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }
}
