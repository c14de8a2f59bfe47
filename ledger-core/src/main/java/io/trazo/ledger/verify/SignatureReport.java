package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.KeyId;
import java.util.Optional;

/**
 * What was established about one signature. Each flag is true only when its check ran and passed;
 * {@code failure} names the first check that did not.
 */
public record SignatureReport(KeyId keyId, Optional<String> signer, boolean keyKnown, boolean validAtTime,
        boolean notRevoked, boolean roleAllowed, boolean signatureValid, Optional<Finding> failure) {

    public boolean ok() {
        return failure.isEmpty();
    }
}
