package io.trazo.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trazo.audit.EudrGeoJson;
import io.trazo.audit.Fsma204Csv;
import io.trazo.audit.LotAuditView;
import io.trazo.query.web.Params;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lot's audit and its regulatory exports, computed by ledger-audit from the ledger's records (docs/audit.md). */
@RestController
@RequestMapping("/lots/{lot}")
class AuditController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AuditLedger ledger;

    AuditController(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "The lot's audit: claims with status, level and reason, chain-of-custody and yield findings, taints")
    @ApiResponse(responseCode = "404", description = "no accepted event names the lot (problem type unknown-lot)")
    @ApiResponse(responseCode = "200", description = "the audit, as RFC 8785 canonical JSON: the same bytes `trazo audit --json` "
            + "prints for the lot's bundle", content = @Content(mediaType = "application/json", schema = @Schema(implementation = LotAuditView.class)))
    @GetMapping(value = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> audit(@PathVariable String lot) {
        Params.lot(lot);
        LotAuditView view = ledger.read(fold -> fold.lot(lot).map(LotAuditView::of)).orElseThrow(() -> new UnknownAuditLot(lot));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view.json());
    }

    @Operation(summary = "EUDR due-diligence geolocation of the lot's plots of origin (RFC 7946 GeoJSON)")
    @ApiResponse(responseCode = "422", description = "a plot of origin lacks adequate geometry (problem type audit/eudr-geometry, naming the plot)")
    @GetMapping(value = "/eudr.geojson", produces = "application/geo+json")
    ResponseEntity<byte[]> eudr(@PathVariable String lot) {
        Params.lot(lot);
        byte[] body = ledger.read(fold -> {
            if (fold.lot(lot).isEmpty()) {
                throw new UnknownAuditLot(lot);
            }
            return EudrGeoJson.forLot(fold, lot);
        });
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @Operation(summary = "FSMA 204-style sortable spreadsheet of the critical tracking events of the lot and its upstream (CSV)")
    @GetMapping(value = "/fsma204.csv", produces = "text/csv")
    ResponseEntity<byte[]> fsma(@PathVariable String lot) {
        Params.lot(lot);
        byte[] body = ledger.read(fold -> {
            if (fold.lot(lot).isEmpty()) {
                throw new UnknownAuditLot(lot);
            }
            return Fsma204Csv.forLot(fold, lot);
        });
        return ResponseEntity.ok().contentType(CSV).body(body);
    }
}
