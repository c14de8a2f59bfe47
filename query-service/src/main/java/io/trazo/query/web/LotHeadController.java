package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.provenance.EvidenceVersion;
import io.trazo.query.provenance.SignerStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's head alone: one exact-key read, so a client that caches per head (the buyer's page) can ask on
 * every view whether the lot has a new record, without paying for a trace. The head alone is not enough
 * for a cached page: a key revoked later fails records, and a certificate suspended later changes a
 * claim's standing, without moving the head. So the view carries the signer keys' status
 * ({@link SignerStatus}) and a version of everything else the page shows ({@link EvidenceVersion}).
 */
@RestController
class LotHeadController {

    record HeadView(String lot, String head, long lotPosition,
            @Schema(description = "SHA-256 (hex) over the revocation status of every key that signs the lot's evidence: "
                    + "it changes when one of them is revoked") String keyStatus,
            @Schema(description = "SHA-256 (hex) over keyStatus, the audit's standing of every claim the lot carries (with "
                    + "each certificate's current suspension, withdrawal or reinstatement) and the newest delegation: a client "
                    + "caching the lot's page keys it on head and evidence together") String evidence) {}

    private final LedgerReader reader;
    private final SignerStatus signers;
    private final EvidenceVersion evidence;

    LotHeadController(LedgerReader reader, SignerStatus signers, EvidenceVersion evidence) {
        this.reader = reader;
        this.signers = signers;
        this.evidence = evidence;
    }

    @GetMapping("/lots/{lot}/head")
    @Operation(summary = "The lot's latest accepted record (its chain head), its position in the lot's chain, its signers' key "
            + "status and the version of its claims' standing")
    HeadView head(@PathVariable String lot) {
        return reader.head(Params.lot(lot)).map(h -> {
            String keys = signers.of(lot, h.record());
            return new HeadView(lot, h.record().hex(), h.lotPosition(), keys, evidence.of(lot, keys));
        }).orElseThrow(() -> NotFoundException.lot(lot));
    }
}
