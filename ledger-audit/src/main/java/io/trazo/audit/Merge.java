package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a transformation's outputs keep of its inputs' claims, per scheme (docs/audit.md, "Chain of
 * custody"): levels only go down, several certified origins become mixed IP or segregated, and a
 * non-qualifying input downgrades the claim to mass balance where the scheme allows it, or drops it.
 */
final class Merge {

    /** One scheme's result: the holding kept (null when dropped), and the inputs that cost it. */
    record Outcome(ClaimType scheme, Holding kept, AuditReason reason, List<String> culprits) {
        boolean dropped() {
            return kept == null;
        }
    }

    private Merge() {}

    static Map<ClaimType, Outcome> of(List<LotState> inputs, SchemeRules rules) {
        Set<ClaimType> schemes = EnumSet.noneOf(ClaimType.class);
        inputs.forEach(i -> schemes.addAll(i.holdings.keySet()));
        Map<ClaimType, Outcome> out = new EnumMap<>(ClaimType.class);
        for (ClaimType s : schemes) {
            SchemeRule rule = rules.rule(s);
            List<String> without = new ArrayList<>();
            Set<Digest> certificates = new HashSet<>();
            CustodyLevel level = CustodyLevel.IDENTITY_PRESERVED;
            for (LotState i : inputs) {
                Holding h = i.holdings.get(s);
                if (h == null) {
                    without.add(i.lot);
                } else {
                    level = level.weakest(h.level());
                    certificates.addAll(h.certificates());
                }
            }
            if (without.isEmpty()) {
                if (inputs.size() > 1 && level == CustodyLevel.IDENTITY_PRESERVED) {
                    level = rule.mergeMixes();
                }
                out.put(s, rule.allowed().contains(level)
                        ? new Outcome(s, new Holding(s, level, certificates), null, List.of())
                        : new Outcome(s, null, AuditReason.LEVEL_NOT_ALLOWED, List.of()));
            } else if (rule.allowsMassBalance()) {
                out.put(s, new Outcome(s, new Holding(s, CustodyLevel.MASS_BALANCE, certificates), AuditReason.CLAIM_DOWNGRADED, without));
            } else {
                out.put(s, new Outcome(s, null, AuditReason.MIXED_WITH_NON_QUALIFYING, without));
            }
        }
        return out;
    }
}
