package io.trazo.audit;

import static io.trazo.audit.AuditJourney.PLOT_ORGANIC;
import static io.trazo.audit.AuditJourney.PLOT_WOMEN;
import static io.trazo.audit.AuditJourney.PLOT_WOMEN_SECOND;
import static io.trazo.audit.AuditJourney.q;
import static io.trazo.audit.CorrectJourneyTest.*;
import static io.trazo.demo.DemoParties.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each fraud of issue 17, played on top of the correct journey and caught with its reason and records. */
class AdversarialJourneysTest {

    @Test
    void overSellingAcrossTwoBuyersDrivesTheExportersBalanceNegativeAtTheSecondSale() {
        AuditJourney j = journeyUpToGreen();
        // 157 kg organic green in stock: 100 kg to the importer leaves 57, 100 kg to the roaster leaves −43
        Digest first = j.ship(EXPORTER, IMPORTER, "2026-10-29T14:00:00.000-05:00", GREEN_O, 100);
        Digest second = j.ship(EXPORTER, ROASTER, "2026-10-30T09:00:00.000-05:00", GREEN_O, 100);
        PeriodBalance green = j.fold().massBalance().balances(EXPORTER, ClaimType.ORGANIC).get(0);
        assertThat(green.form()).isEqualTo("green");
        assertThat(green.outputsKg()).isEqualByComparingTo("200");
        assertThat(green.closingKg()).isEqualByComparingTo("-43");
        assertThat(green.errors()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.NEGATIVE_BALANCE);
            assertThat(f.detail()).contains("-43 kg").contains(second.hex());
            assertThat(f.records()).contains(second).doesNotContain(first);
        });
    }

    @Test
    void uncertifiedCherryMergedIntoAnOrganicLotDropsTheClaimNamingTheInput() {
        AuditJourney j = new AuditJourney();
        String uncertified = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-050";
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic);
        j.harvest(FARM_WOMEN, "2026-10-07T07:00:00.000-05:00", PLOT_WOMEN_SECOND, uncertified, 500);
        j.receive(COOPERATIVE, FARM_ORGANIC, "2026-10-07T16:00:00.000-05:00", CHERRY_O, 980);
        j.receive(COOPERATIVE, FARM_WOMEN, "2026-10-07T17:00:00.000-05:00", uncertified, 500);
        // (980 + 500) × 0.2 = 296
        Digest merge = j.transform(COOPERATIVE, "2026-10-08T09:00:00.000-05:00", "wet_milling", "parchment",
                List.of(q(CHERRY_O, 980), q(uncertified, 500)), List.of(q(PARCH_O, 296)), "0.2");
        AuditFold fold = j.fold();
        LotAudit parchment = fold.lot(PARCH_O).orElseThrow();
        assertThat(parchment.holdings()).isEmpty();
        assertThat(parchment.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.MIXED_WITH_NON_QUALIFYING);
            assertThat(f.detail()).contains("organic").contains(uncertified);
            assertThat(f.records()).containsExactly(merge);
        });
        // the 980 kg of certified cherry that went into the mix leave the cooperative's organic stock as a downgrade
        PeriodBalance cherry = fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC).get(0);
        assertThat(cherry.downgradesKg()).isEqualByComparingTo("980");
        assertThat(cherry.closingKg()).isZero();
    }

    @Test
    void aRoastYieldOutsideItsBandIsFlaggedWithTheRoastAndItsInput() {
        AuditJourney j = build();
        // 110 / 157 = 0.7006, below green → roasted's band 0.80–0.88
        roast(j, 110);
        LotAudit roasted = j.fold().lot(ROASTED_O).orElseThrow();
        assertThat(roasted.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.YIELD_OUT_OF_BAND);
            assertThat(f.detail()).contains("green → roasted yield 0.7006").contains("0.8–0.88");
            assertThat(f.records()).hasSize(2);
        });
    }

    @Test
    void aSuspendedCertificateUsedAfterTheSuspensionIsInvalid() {
        AuditJourney j = new AuditJourney();
        Digest suspension = j.status(CERTIFIER, "2026-10-02T12:00:00.000Z", j.organic, "suspended", "2026-10-01T00:00:00.000Z",
                "unannounced inspection found prohibited herbicide in store");
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic);
        ClaimVerdict verdict = j.fold().lot(CHERRY_O).orElseThrow().claims().get(0);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains(AuditReason.CERTIFICATE_SUSPENDED);
        assertThat(verdict.detail()).contains(suspension.hex()).contains("2026-10-01T00:00:00Z");
    }

    @Test
    void aReinstatedCertificateBacksClaimsAgainButAWithdrawnOneNever() {
        AuditJourney j = new AuditJourney();
        j.status(CERTIFIER, "2026-10-02T12:00:00.000Z", j.organic, "suspended", "2026-10-01T00:00:00.000Z", "pending lab results");
        j.status(CERTIFIER, "2026-10-05T12:00:00.000Z", j.organic, "reinstated", "2026-10-05T00:00:00.000Z", "lab results clean");
        j.status(CERTIFIER, "2026-10-02T12:00:00.000Z", j.eudr, "withdrawn", "2026-10-01T00:00:00.000Z", "deforestation after cut-off");
        j.status(CERTIFIER, "2026-10-05T12:00:00.000Z", j.eudr, "reinstated", "2026-10-05T00:00:00.000Z", "appeal");
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic, j.eudr);
        List<ClaimVerdict> claims = j.fold().lot(CHERRY_O).orElseThrow().claims();
        assertThat(claims.get(0).valid()).isTrue();
        assertThat(claims.get(1).reason()).contains(AuditReason.CERTIFICATE_WITHDRAWN);
    }

    @Test
    void aStatusSignedByAnotherCertifierIsIgnoredAndReported() {
        AuditJourney j = new AuditJourney();
        Digest forged = j.status(EXPORTER, "2026-10-02T12:00:00.000Z", j.organic, "withdrawn", "2026-10-01T00:00:00.000Z", "rival");
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic);
        AuditFold fold = j.fold();
        assertThat(fold.lot(CHERRY_O).orElseThrow().claims().get(0).valid()).isTrue();
        assertThat(fold.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.STATUS_NOT_BY_ISSUER);
            assertThat(f.records()).containsExactly(forged);
        });
    }

    @Test
    void aPlotsEvidenceRevokedAfterExportTaintsTheRoastWithItsPath() {
        AuditJourney j = build();
        roast(j, 132);
        Digest withdrawal = j.status(CERTIFIER, "2026-12-15T12:00:00.000Z", j.eudr, "withdrawn", "2026-12-01T00:00:00.000Z",
                "satellite imagery shows clearing in 2022");
        LotAudit roasted = j.fold().lot(ROASTED_O).orElseThrow();
        // the claim was valid when made; the lot is tainted now
        assertThat(roasted.claims()).allSatisfy(c -> assertThat(c.valid()).isTrue());
        assertThat(roasted.taints()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.TAINTED_BY_WITHDRAWAL);
            assertThat(f.detail()).contains("eudr_deforestation_free").contains("BCA-EUDR-2026-0192")
                    .contains(ROASTED_O + " ← " + GREEN_O + " ← " + PARCH_O + " ← " + CHERRY_O);
            assertThat(f.records()).hasSize(5).startsWith(withdrawal);
        });
        assertThat(j.fold().lot(GREEN_W).orElseThrow().taints()).isEmpty();
        // the lot summary's standing: still valid, at its level, and tainted with the withdrawal as its reason
        ClaimStanding eudr = ClaimStanding.of(j.fold(), roasted, j.eudr);
        assertThat(eudr.valid()).isTrue();
        assertThat(eudr.level()).isPresent();
        assertThat(eudr.tainted()).isTrue();
        assertThat(eudr.reasons()).extracting(Finding::reason).containsExactly(AuditReason.TAINTED_BY_WITHDRAWAL);
        ClaimStanding organic = ClaimStanding.of(j.fold(), roasted, j.organic);
        assertThat(organic.tainted()).isFalse();
        assertThat(organic.reasons()).isEmpty();
    }

    @Test
    void aWomenProducedClaimOnAMixedLotIsInvalidNamingTheNonQualifyingInput() {
        AuditJourney j = new AuditJourney();
        String other = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-050";
        j.harvest(FARM_WOMEN, "2026-10-06T07:30:00.000-05:00", PLOT_WOMEN, CHERRY_W, 1250, j.women);
        j.harvest(FARM_WOMEN, "2026-10-06T09:30:00.000-05:00", PLOT_WOMEN_SECOND, other, 750);
        // (1250 + 750) × 0.2 = 400
        j.transform(FARM_WOMEN, "2026-10-07T09:00:00.000-05:00", "wet_milling", "parchment", List.of(q(CHERRY_W, 1250), q(other, 750)),
                List.of(q(PARCH_W, 400)), "0.2", j.women);
        LotAudit parchment = j.fold().lot(PARCH_W).orElseThrow();
        ClaimVerdict onParchment = parchment.claims().stream().filter(c -> c.lot().equals(PARCH_W)).findFirst().orElseThrow();
        assertThat(onParchment.valid()).isFalse();
        assertThat(onParchment.reason()).contains(AuditReason.MIXED_WITH_NON_QUALIFYING);
        assertThat(onParchment.detail()).contains(other);
    }

    @Test
    void aVolumeCapIsExceededByTheThirdSale() {
        AuditJourney j = new AuditJourney();
        Digest[] sales = new Digest[3];
        for (int i = 0; i < 3; i++) {
            String lot = "urn:trazo:lot:finca-el-mirador:cherry-2026-2" + i;
            j.harvest(FARM_ORGANIC, "2026-10-0" + (i + 1) + "T06:45:00.000-05:00", PLOT_ORGANIC, lot, 5000, j.organic);
            sales[i] = j.receive(COOPERATIVE, FARM_ORGANIC, "2026-10-0" + (i + 1) + "T16:00:00.000-05:00", lot, 5000);
        }
        // cap 12,000 kg: 5,000 and 10,000 stand, 15,000 does not
        AuditFold fold = j.fold();
        assertThat(fold.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.VOLUME_CAP_EXCEEDED);
            assertThat(f.detail()).contains("12000 kg").contains("15000 kg");
            assertThat(f.records()).containsExactly(sales);
        });
        assertThat(fold.lot("urn:trazo:lot:finca-el-mirador:cherry-2026-22").orElseThrow().findings())
                .extracting(Finding::reason).containsExactly(AuditReason.VOLUME_CAP_EXCEEDED);
        // what /actors/{actor}/mass-balance shows: the holder's latest finding per certificate, nobody else's
        assertThat(fold.massBalance().capErrors(FARM_ORGANIC, io.trazo.ledger.claim.ClaimType.ORGANIC)).isEqualTo(fold.findings());
        assertThat(fold.massBalance().capErrors(COOPERATIVE, io.trazo.ledger.claim.ClaimType.ORGANIC)).isEmpty();
        assertThat(fold.massBalance().capErrors(FARM_ORGANIC, io.trazo.ledger.claim.ClaimType.WOMEN_PRODUCED)).isEmpty();
    }

    @Test
    void aClaimNamingAnotherActorsCertificateIsInvalid() {
        AuditJourney j = new AuditJourney();
        j.harvest(FARM_WOMEN, "2026-10-06T07:30:00.000-05:00", PLOT_WOMEN, CHERRY_W, 1250, j.organic);
        ClaimVerdict verdict = j.fold().lot(CHERRY_W).orElseThrow().claims().get(0);
        assertThat(verdict.reason()).contains(AuditReason.NOT_CERTIFICATE_HOLDER);
        assertThat(verdict.detail()).contains(FARM_ORGANIC).contains(FARM_WOMEN);
        assertThat(j.fold().lot(CHERRY_W).orElseThrow().holdings()).isEmpty();
    }

    @Test
    void aHandoverCarriesTheClaimOfTheCounterpartyThatHoldsTheCertificateButNotOfAThirdParty() {
        AuditJourney j = new AuditJourney();
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic);
        // the co-op signs the receipt, the farm (the holder) co-signs it: the claim stands
        j.receive(COOPERATIVE, FARM_ORGANIC, "2026-10-07T16:00:00.000-05:00", CHERRY_O, 980, j.organic);
        // the exporter receives from the co-op and repeats the farm's claim: neither signer holds the certificate
        j.receive(EXPORTER, COOPERATIVE, "2026-10-09T16:00:00.000-05:00", CHERRY_O, 980, j.organic);
        List<ClaimVerdict> claims = j.fold().lot(CHERRY_O).orElseThrow().claims();
        assertThat(claims).extracting(ClaimVerdict::valid).containsExactly(true, true, false);
        assertThat(claims.get(1).level()).contains(CustodyLevel.IDENTITY_PRESERVED);
        assertThat(claims.get(2).reason()).contains(AuditReason.NOT_CERTIFICATE_HOLDER);
        assertThat(claims.get(2).detail()).contains(EXPORTER + " and " + COOPERATIVE);
    }

    @Test
    void aCertificateUsedOnAPlotItDoesNotNameIsInvalid() {
        AuditJourney j = new AuditJourney();
        j.harvest(FARM_WOMEN, "2026-10-06T07:30:00.000-05:00", PLOT_WOMEN_SECOND, CHERRY_W, 1250, j.women);
        assertThat(j.fold().lot(CHERRY_W).orElseThrow().claims().get(0).reason()).contains(AuditReason.SUBJECT_NOT_COVERED);
    }

    @Test
    void aClaimOnALotThatWasNeverCertifiedUpstreamHasNoCertifiedSource() {
        AuditJourney j = new AuditJourney();
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980);
        // the farm harvested without a claim, then claims organic on the sale
        j.ship(FARM_ORGANIC, COOPERATIVE, "2026-10-07T16:00:00.000-05:00", CHERRY_O, 980, j.organic);
        LotAudit cherry = j.fold().lot(CHERRY_O).orElseThrow();
        assertThat(cherry.holdings()).isEmpty();
        assertThat(cherry.claims()).singleElement().satisfies(c -> assertThat(c.reason()).contains(AuditReason.NO_CERTIFIED_SOURCE));
    }

    /** The correct journey up to the exporter's 157 kg of organic green, before any shipment. */
    private static AuditJourney journeyUpToGreen() {
        AuditJourney j = new AuditJourney();
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic, j.eudr);
        j.receive(COOPERATIVE, FARM_ORGANIC, "2026-10-07T17:20:00.000-05:00", CHERRY_O, 980);
        j.transform(COOPERATIVE, "2026-10-08T11:00:00.000-05:00", "wet_milling", "parchment", List.of(q(CHERRY_O, 980)),
                List.of(q(PARCH_O, 196)), "0.2");
        j.receive(EXPORTER, COOPERATIVE, "2026-10-22T11:30:00.000-05:00", PARCH_O, 196);
        j.transform(EXPORTER, "2026-10-24T12:00:00.000-05:00", "dry_milling", "green", List.of(q(PARCH_O, 196)),
                List.of(q(GREEN_O, 157)), "0.801");
        return j;
    }
}
