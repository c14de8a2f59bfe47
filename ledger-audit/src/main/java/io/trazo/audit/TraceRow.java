package io.trazo.audit;

import io.trazo.ledger.crypto.Digest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One critical tracking event for one traceability lot, with the key data elements of FSMA 204
 * (21 CFR 1.1325–1.1350): what, how much, from where to where, when, where the lot code was assigned,
 * the reference document, and for a transformation the lots that went in.
 *
 * @param quantity as the event wrote it, an exact decimal; empty when the event names the lot without a quantity (v2)
 */
public record TraceRow(Instant time, String cte, String lot, Optional<BigDecimal> quantity, String unit, String product, String shipFrom,
        String shipTo, String tlcSource, String documentTypes, String documentNumbers, List<String> inputLots, Digest record) {

    public TraceRow {
        inputLots = List.copyOf(inputLots);
    }
}
