package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.provenance.SignerStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's head alone: one exact-key read, so a client that caches per head (the buyer's page) can ask on
 * every view whether the lot has a new record, without paying for a trace. The head alone is not enough
 * for a cached verdict: a key revoked later fails records without moving the head, so the view carries
 * the signer keys' status too ({@link SignerStatus}).
 */
@RestController
class LotHeadController {

    record HeadView(String lot, String head, long lotPosition,
            @Schema(description = "SHA-256 (hex) over the revocation status of every key that signs the lot's evidence: "
                    + "it changes when one of them is revoked, so a client caching the lot's verification per head "
                    + "keys its cache on head and keyStatus together") String keyStatus) {}

    private final LedgerReader reader;
    private final SignerStatus signers;

    LotHeadController(LedgerReader reader, SignerStatus signers) {
        this.reader = reader;
        this.signers = signers;
    }

    @GetMapping("/lots/{lot}/head")
    @Operation(summary = "The lot's latest accepted record (its chain head), its position in the lot's chain, and its signers' key status")
    HeadView head(@PathVariable String lot) {
        return reader.head(Params.lot(lot)).map(h -> new HeadView(lot, h.record().hex(), h.lotPosition(), signers.of(lot, h.record())))
                .orElseThrow(() -> NotFoundException.lot(lot));
    }
}
