package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.trazo.ledger.store.LedgerReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's head alone: one exact-key read, so a client that caches per head (the buyer's page) can ask on
 * every view whether the lot has a new record, without paying for a trace.
 */
@RestController
class LotHeadController {

    record HeadView(String lot, String head, long lotPosition) {}

    private final LedgerReader reader;

    LotHeadController(LedgerReader reader) {
        this.reader = reader;
    }

    @GetMapping("/lots/{lot}/head")
    @Operation(summary = "The lot's latest accepted record (its chain head) and its position in the lot's chain")
    HeadView head(@PathVariable String lot) {
        return reader.head(Params.lot(lot)).map(h -> new HeadView(lot, h.record().hex(), h.lotPosition()))
                .orElseThrow(() -> NotFoundException.lot(lot));
    }
}
