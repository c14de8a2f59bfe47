package io.trazo.query.provenance;

import io.trazo.ledger.plot.Plot;
import java.util.List;

/**
 * What a buyer sees first when scanning a lot.
 *
 * @param producedBy the bizStep of the lot's first event: the transformation that made it, or its harvest
 * @param custodian the actor of the lot's latest event
 * @param quantity the latest quantity recorded for the lot, if any event gave one
 * @param claims the ESG claims carried anywhere in the lot's upstream history, with the lots they were made on
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

    public record Claim(String claim, String standard, String certificateId, String issuer, String subject, List<String> lots,
            boolean validAtEvent, String certificate) {}
}
