package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The governance keys that sign actor, key and revocation records. They are configured out of band
 * (a file shipped with the verifier, a service setting): everything else a verifier trusts is derived
 * from records these keys signed.
 */
public final class TrustRoot {

    private final Map<KeyId, PublicKey> keys = new LinkedHashMap<>();

    public TrustRoot(List<PublicKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a trust root needs at least one governance key");
        }
        keys.forEach(k -> this.keys.put(k.keyId(), k));
    }

    public static TrustRoot of(PublicKey... keys) {
        return new TrustRoot(List.of(keys));
    }

    public Optional<PublicKey> key(KeyId keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public List<PublicKey> keys() {
        return List.copyOf(keys.values());
    }
}
