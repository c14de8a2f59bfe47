package io.trazo.query.provenance;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.ledger.plot.Plot;
import java.util.List;

/**
 * What a buyer sees first when scanning a lot.
 *
 * @param producedBy the bizStep of the lot's first event: the transformation that made it, or its harvest
 * @param custodian the actor of the lot's latest event
 * @param quantity the latest quantity recorded for the lot, if any event gave one
 * @param claims the ESG claims carried anywhere in the lot's upstream history, with the lots they were made on, and where
 *        each stands for this lot by the audit (docs/audit.md)
 */
public record LotSummary(String lot, String head, String producedBy, String custodian, String lastEventTime, Amount quantity,
        List<Origin> plotsOfOrigin, List<Claim> claims, int upstreamRecords) {

    public record Amount(java.math.BigDecimal amount, String uom) {}

    public record Origin(String plotId, String name, String owner, String country, String areaHa, String plusCode,
            String geometryType, List<List<String>> coordinates, String record) {

        static Origin of(Plot p) {
            return new Origin(p.plotId(), p.name(), p.owner(), p.country(), p.areaHa(), p.plusCode(), p.geometryType().name(),
                    p.ring().stream().map(x -> List.of(x.longitude(), x.latitude())).toList(), p.recordHash().hex());
        }
    }

    /**
     * @param claim the scheme ({@code organic}, {@code women_produced}…)
     * @param certificate the record hash of the certificate the claim rests on
     * @param status {@code valid} or {@code invalid} for this lot, by the audit; null while the audit has not folded the lot
     * @param level the chain-of-custody level at which this lot holds the claim ({@code IP}, {@code MIP}, {@code SG},
     *        {@code MB}); null when invalid
     * @param reasons why it is invalid (typed reasons of docs/audit.md), then any taint by a later suspension or withdrawal
     */
    public record Claim(String claim, String standard, String certificateId, String issuer, String subject, List<String> lots,
            boolean validAtEvent, String certificate,
            @Schema(description = "valid or invalid for this lot, by the audit (docs/audit.md); null while the audit has not folded the lot",
                    allowableValues = {"valid", "invalid"}) String status,
            @Schema(description = "chain-of-custody level at which this lot holds the claim; null when invalid",
                    allowableValues = {"IP", "MIP", "SG", "MB"}) String level,
            @Schema(description = "why it is invalid (the audit's typed reasons), then any taint by a later suspension or withdrawal")
            List<Reason> reasons,
            @Schema(description = "a certificate the lot's claim rests on was suspended or withdrawn since") boolean tainted) {

        Claim standing(io.trazo.audit.ClaimStanding s) {
            return new Claim(claim, standard, certificateId, issuer, subject, lots, validAtEvent, certificate, s.status(),
                    s.level().map(l -> l.abbreviation()).orElse(null), s.reasons().stream().map(Reason::of).toList(), s.tainted());
        }
    }

    /** A typed reason, with the records behind it (hex). */
    public record Reason(String reason, String detail, List<String> records) {

        static Reason of(io.trazo.audit.Finding f) {
            return new Reason(f.reason().wire(), f.detail(), f.records().stream().map(d -> d.hex()).toList());
        }
    }
}
