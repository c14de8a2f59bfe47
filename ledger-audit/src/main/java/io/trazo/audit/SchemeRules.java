package io.trazo.audit;

import static io.trazo.audit.CustodyLevel.IDENTITY_PRESERVED;
import static io.trazo.audit.CustodyLevel.MASS_BALANCE;
import static io.trazo.audit.CustodyLevel.MIXED_IDENTITY_PRESERVED;
import static io.trazo.audit.CustodyLevel.SEGREGATED;

import io.trazo.ledger.claim.ClaimType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The chain-of-custody rules per scheme (docs/audit.md, "Chain of custody"). */
public final class SchemeRules {

    private final Map<ClaimType, SchemeRule> rules;

    public SchemeRules(Map<ClaimType, SchemeRule> rules) {
        this.rules = new EnumMap<>(rules);
    }

    /**
     * The defaults for coffee: Fairtrade coffee must be physically traceable (its trader standard has no
     * mass balance for coffee); Rainforest Alliance has IP, mixed IP, segregated and mass balance;
     * organic, EUDR deforestation-free and women-produced lots must not mix with lots that do not
     * qualify, and women-produced stands only at IP or segregated. A scheme not listed ({@code other})
     * is treated like organic: physical, no mixing.
     */
    public static SchemeRules defaults() {
        Map<ClaimType, SchemeRule> m = new EnumMap<>(ClaimType.class);
        physical(m, ClaimType.FAIRTRADE);
        physical(m, ClaimType.ORGANIC);
        physical(m, ClaimType.EUDR_DEFORESTATION_FREE);
        physical(m, ClaimType.WOMEN_PRODUCED);
        physical(m, ClaimType.OTHER);
        m.put(ClaimType.RAINFOREST_ALLIANCE, new SchemeRule(ClaimType.RAINFOREST_ALLIANCE,
                Set.of(IDENTITY_PRESERVED, MIXED_IDENTITY_PRESERVED, SEGREGATED, MASS_BALANCE), MIXED_IDENTITY_PRESERVED));
        return new SchemeRules(m);
    }

    private static void physical(Map<ClaimType, SchemeRule> m, ClaimType scheme) {
        m.put(scheme, new SchemeRule(scheme, Set.of(IDENTITY_PRESERVED, SEGREGATED), SEGREGATED));
    }

    public SchemeRule rule(ClaimType scheme) {
        SchemeRule r = rules.get(scheme);
        if (r == null) {
            throw new IllegalArgumentException("no chain-of-custody rule for " + scheme.wire());
        }
        return r;
    }
}
