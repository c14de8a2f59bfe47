package io.trazo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default scheme rules for merges: levels only go down, and each scheme treats a non-qualifying input its own way. */
class ChainOfCustodyTest {

    private static final Digest CERT_A = Digest.sha256("a".getBytes(StandardCharsets.UTF_8));
    private static final Digest CERT_B = Digest.sha256("b".getBytes(StandardCharsets.UTF_8));

    @Test
    void twoIdentityPreservedOrganicLotsMergeIntoASegregatedOne() {
        Merge.Outcome o = merge(lot("a", ClaimType.ORGANIC, CustodyLevel.IDENTITY_PRESERVED, CERT_A),
                lot("b", ClaimType.ORGANIC, CustodyLevel.IDENTITY_PRESERVED, CERT_B)).get(ClaimType.ORGANIC);
        assertThat(o.kept().level()).isEqualTo(CustodyLevel.SEGREGATED);
        assertThat(o.kept().certificates()).containsExactlyInAnyOrder(CERT_A, CERT_B);
    }

    @Test
    void rainforestAllianceKeepsMixedIdentityPreservedAndFallsToMassBalanceNamingTheUncertifiedInput() {
        assertThat(merge(lot("a", ClaimType.RAINFOREST_ALLIANCE, CustodyLevel.IDENTITY_PRESERVED, CERT_A),
                lot("b", ClaimType.RAINFOREST_ALLIANCE, CustodyLevel.IDENTITY_PRESERVED, CERT_B)).get(ClaimType.RAINFOREST_ALLIANCE)
                .kept().level()).isEqualTo(CustodyLevel.MIXED_IDENTITY_PRESERVED);
        Merge.Outcome o = merge(lot("a", ClaimType.RAINFOREST_ALLIANCE, CustodyLevel.SEGREGATED, CERT_A), new LotState("plain"))
                .get(ClaimType.RAINFOREST_ALLIANCE);
        assertThat(o.kept().level()).isEqualTo(CustodyLevel.MASS_BALANCE);
        assertThat(o.reason()).isEqualTo(AuditReason.CLAIM_DOWNGRADED);
        assertThat(o.culprits()).containsExactly("plain");
    }

    @Test
    void fairtradeOrganicEudrAndWomenProducedDropOnAnyNonQualifyingInput() {
        for (ClaimType s : List.of(ClaimType.FAIRTRADE, ClaimType.ORGANIC, ClaimType.EUDR_DEFORESTATION_FREE, ClaimType.WOMEN_PRODUCED)) {
            Merge.Outcome o = merge(lot("a", s, CustodyLevel.IDENTITY_PRESERVED, CERT_A), new LotState("plain")).get(s);
            assertThat(o.dropped()).as(s.wire()).isTrue();
            assertThat(o.reason()).isEqualTo(AuditReason.MIXED_WITH_NON_QUALIFYING);
            assertThat(o.culprits()).containsExactly("plain");
        }
    }

    @Test
    void aLevelTheSchemeDoesNotAllowIsDroppedEvenWithoutMixing() {
        // a women-produced lot can never be at mass balance: if one arrives there, the claim drops
        Merge.Outcome o = merge(lot("a", ClaimType.WOMEN_PRODUCED, CustodyLevel.MASS_BALANCE, CERT_A)).get(ClaimType.WOMEN_PRODUCED);
        assertThat(o.dropped()).isTrue();
        assertThat(o.reason()).isEqualTo(AuditReason.LEVEL_NOT_ALLOWED);
    }

    @Test
    void aSingleInputSplitKeepsItsLevel() {
        assertThat(merge(lot("a", ClaimType.ORGANIC, CustodyLevel.IDENTITY_PRESERVED, CERT_A)).get(ClaimType.ORGANIC).kept().level())
                .isEqualTo(CustodyLevel.IDENTITY_PRESERVED);
    }

    @Test
    void rulesAreDataThatADeploymentCanChange() {
        SchemeRules strictRa = new SchemeRules(Map.of(ClaimType.RAINFOREST_ALLIANCE, new SchemeRule(ClaimType.RAINFOREST_ALLIANCE,
                Set.of(CustodyLevel.IDENTITY_PRESERVED, CustodyLevel.SEGREGATED), CustodyLevel.SEGREGATED)));
        Merge.Outcome o = Merge.of(List.of(lot("a", ClaimType.RAINFOREST_ALLIANCE, CustodyLevel.IDENTITY_PRESERVED, CERT_A),
                new LotState("plain")), strictRa).get(ClaimType.RAINFOREST_ALLIANCE);
        assertThat(o.dropped()).isTrue();
    }

    private static Map<ClaimType, Merge.Outcome> merge(LotState... inputs) {
        return Merge.of(List.of(inputs), SchemeRules.defaults());
    }

    private static LotState lot(String name, ClaimType scheme, CustodyLevel level, Digest certificate) {
        LotState s = new LotState(name);
        s.holdings.put(scheme, new Holding(scheme, level, Set.of(certificate)));
        return s;
    }
}
