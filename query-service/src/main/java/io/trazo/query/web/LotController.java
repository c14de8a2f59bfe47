package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trazo.ledger.bundle.ExportedBundle;
import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.query.location.GlnLocations;
import io.trazo.query.provenance.LotSummaries;
import io.trazo.query.provenance.LotSummary;
import io.trazo.query.provenance.Provenance;
import io.trazo.query.store.IntegrityAlarm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot: its summary, traces both ways, server-side verification, and the offline bundle. The bundle
 * format is closed, so whether it carries log evidence is said in a header: {@value #LOG_EVIDENCE}
 * is {@code included} (and {@value #LOG_TREE_SIZE} names the checkpoint's tree size) or {@code pending}
 * (some record is not yet in the latest checkpoint; fetch again shortly).
 */
@RestController
@RequestMapping("/lots/{lot}")
class LotController {

    static final String LOG_EVIDENCE = "Trazo-Log-Evidence";
    static final String LOG_TREE_SIZE = "Trazo-Log-Tree-Size";

    private final Provenance provenance;
    private final LotSummaries summaries;
    private final IntegrityAlarm alarm;
    private final int maxPage;
    private final GlnLocations places;

    LotController(Provenance provenance, LotSummaries summaries, IntegrityAlarm alarm, io.trazo.query.QueryProperties properties,
            GlnLocations places) {
        this.provenance = provenance;
        this.places = places;
        this.alarm = alarm;
        this.summaries = summaries;
        this.maxPage = properties.maxPageSize();
    }

    @GetMapping
    LotSummary summary(@PathVariable String lot) {
        return summaries.summary(Params.lot(lot));
    }

    @GetMapping("/trace/{direction}")
    Object trace(@PathVariable String lot, @PathVariable String direction, @RequestParam(defaultValue = "dag") String view,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer maxRecords) {
        Params.lot(lot);
        int bound = Params.limit("maxRecords", maxRecords, provenance.maxRecords());
        int page = Params.limit("limit", limit, maxPage);
        Trace trace = switch (direction) {
            case "upstream" -> provenance.upstream(lot, bound);
            case "downstream" -> provenance.downstream(lot, bound);
            default -> throw BadParameterException.of("direction", "expected upstream or downstream, got \"" + direction + "\"");
        };
        return switch (view) {
            case "dag" -> dag(trace, page, cursor);
            case "journey" -> journey(trace, page, cursor);
            default -> throw BadParameterException.of("view", "expected dag or journey, got \"" + view + "\"");
        };
    }

    /** A store that fails its integrity checks fails the verification: that is the answer, not a server error. */
    @GetMapping("/verification")
    VerificationView verification(@PathVariable String lot) {
        Params.lot(lot);
        return VerificationView.checked(lot, () -> provenance.verify(lot), alarm);
    }

    @GetMapping("/bundle")
    @Operation(summary = "The lot's provenance bundle, for offline verification with `trazo verify-bundle`",
            description = "With log evidence the bundle is format 2 (protocol §18) when the log commits to a status map: "
                    + "`keyStatusProofs` proves the status of every key that signs a record in it, and every claimed certificate, "
                    + "against the map-root leaf that ends its checkpoint (§20.6), and `cosignatures` carries the witness "
                    + "cosignature lines stored for that checkpoint (§19.5). A bundle without log evidence (`pending`), or whose "
                    + "map the server could not reproduce from the log, has no proofs: `trazo verify-bundle` then reports key "
                    + "status not proven, and `--require-status` refuses it.",
            responses = @ApiResponse(responseCode = "200", description = "The bundle's exact bytes (RFC 8785 JSON)", headers = {
                @Header(name = LOG_EVIDENCE, description = "`included`: the bundle's `log` member proves every record against "
                        + "the latest checkpoint; `pending`: some record is newer than it, so the bundle has no `log`",
                        schema = @Schema(type = "string", allowableValues = {"included", "pending"})),
                @Header(name = LOG_TREE_SIZE, description = "Tree size of the checkpoint in `log`, when included",
                        schema = @Schema(type = "integer"))}))
    ResponseEntity<byte[]> bundle(@PathVariable String lot) {
        ExportedBundle bundle = provenance.bundle(Params.lot(lot));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trazo-bundle.json\"");
        if (bundle.log() instanceof ExportedBundle.LogCoverage.Proved proved) {
            response.header(LOG_EVIDENCE, "included").header(LOG_TREE_SIZE, Long.toString(proved.treeSize()));
        } else {
            response.header(LOG_EVIDENCE, "pending");
        }
        return response.body(bundle.bytes());
    }

    private TraceView dag(Trace trace, int page, String cursor) {
        long after = cursor == null ? -1 : positionCursor(cursor);
        List<TracedRecord> rest = trace.records().stream().filter(t -> t.position() > after).toList();
        List<TracedRecord> slice = rest.subList(0, Math.min(page, rest.size()));
        String next = rest.size() > page
                ? Base64Url.encode(("p:" + slice.get(slice.size() - 1).position()).getBytes(StandardCharsets.UTF_8)) : null;
        return TraceView.of(trace, slice, next);
    }

    private JourneyView journey(Trace trace, int page, String cursor) {
        return JourneyView.page(trace, page, Params.cursor("cursor", cursor), places);
    }

    private static long positionCursor(String cursor) {
        try {
            String raw = new String(Base64Url.decode(cursor), StandardCharsets.UTF_8);
            if (raw.matches("p:\\d{1,18}")) {
                return Long.parseLong(raw.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw BadParameterException.of("cursor", "cursor \"" + cursor + "\" was not issued by this service");
    }
}
