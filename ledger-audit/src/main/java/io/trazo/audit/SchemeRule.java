package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import java.util.EnumSet;
import java.util.Set;

/**
 * How one scheme treats chain of custody: the levels it accepts for coffee, and what a merge with a
 * non-qualifying input does. Data, so a deployment can configure it ({@link SchemeRules}).
 *
 * @param allowed the levels at which a claim of this scheme stands
 * @param mergeMixes when several certified origins merge: {@code MIXED_IDENTITY_PRESERVED} where the
 *     scheme has that level, otherwise {@code SEGREGATED}
 */
public record SchemeRule(ClaimType scheme, Set<CustodyLevel> allowed, CustodyLevel mergeMixes) {

    public SchemeRule {
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
    }

    /** A merge with a non-qualifying input falls to mass balance where the scheme allows it, else the claim drops. */
    public boolean allowsMassBalance() {
        return allowed.contains(CustodyLevel.MASS_BALANCE);
    }
}
