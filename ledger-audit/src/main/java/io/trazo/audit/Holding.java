package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.HashSet;
import java.util.Set;

/** A lot's standing in one scheme: its chain-of-custody level and the certificates it rests on. */
public record Holding(ClaimType scheme, CustodyLevel level, Set<Digest> certificates) {

    public Holding {
        certificates = Set.copyOf(certificates);
    }

    Holding with(Digest certificate) {
        Set<Digest> all = new HashSet<>(certificates);
        all.add(certificate);
        return new Holding(scheme, level, all);
    }
}
