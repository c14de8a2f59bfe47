package io.trazo.query.provenance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The status of every key that signs a lot's evidence, as one digest: what a client that caches a lot's
 * verification per head (the buyer's page) adds to its cache key, because a revocation changes the
 * verdict without moving the head. The keys of a head are fixed (its upstream history is), so they are
 * memoised per head; their revocations are read afresh on every call, one {@code registry} {@code _id $in}.
 */
@Component
public class SignerStatus {

    private static final byte[] DOMAIN = "trazo:key-status:v1\0".getBytes(StandardCharsets.US_ASCII);

    private final Provenance provenance;
    private final LedgerReader reader;
    private final Cache<Digest, List<String>> keysByHead;

    /** @param signerSets heads whose key ids are kept (a few hundred bytes each); Caffeine refuses a negative size at start-up */
    SignerStatus(Provenance provenance, LedgerReader reader, @Value("${trazo.query.cache.signer-sets:65536}") long signerSets) {
        this.provenance = provenance;
        this.reader = reader;
        this.keysByHead = Caffeine.newBuilder().maximumSize(signerSets).build();
    }

    /**
     * Lower-case hex SHA-256 of the domain string and one line {@code <keyId> <revocation record hash or ->}
     * per signer key in key-id order. The keys are read from the lot's upstream evidence, which may end past
     * {@code head} if the lot moved meanwhile: a superset of the head's keys, so no revocation is missed.
     */
    public String of(String lot, Digest head) {
        return of(head, keysByHead.get(head, h -> provenance.signerKeys(lot)));
    }

    /**
     * {@link #of(String, Digest)} with the keys read from a walk the caller made after reading {@code head} (the buyer's page
     * view), remembered for the head as a walk of its own would be: the same superset rule holds.
     */
    public String of(Digest head, Provenance.Walk walk) {
        return of(head, keysByHead.get(head, h -> provenance.signerKeys(walk)));
    }

    private String of(Digest head, List<String> keys) {
        Map<String, Digest> revoked = reader.bound(LedgerReader.RegistryKind.REVOCATION, keys);
        StringBuilder lines = new StringBuilder(keys.size() * 120);
        for (String key : keys) {
            Digest revocation = revoked.get(key);
            lines.append(key).append(' ').append(revocation == null ? "-" : revocation.hex()).append('\n');
        }
        return Digest.sha256(DOMAIN, lines.toString().getBytes(StandardCharsets.US_ASCII)).hex();
    }
}
