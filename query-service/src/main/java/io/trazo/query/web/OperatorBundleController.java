package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trazo.ledger.bundle.ExportedBundle;
import io.trazo.ledger.bundle.OperatorPeriod;
import io.trazo.ledger.bundle.PeriodException;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Identifiers;
import io.trazo.query.audit.AuditLedger;
import io.trazo.query.provenance.PeriodBundles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An operator's period bundle (docs/protocol.md §18.1), for a certifier's offline mass balance with {@code trazo audit}. */
@RestController
class OperatorBundleController {

    private final AuditLedger ledger;
    private final PeriodBundles bundles;

    OperatorBundleController(AuditLedger ledger, PeriodBundles bundles) {
        this.ledger = ledger;
        this.bundles = bundles;
    }

    @GetMapping("/actors/{actor}/bundle")
    @Operation(summary = "An operator's period bundle: every record it signed or took part in as counterparty in whole UTC "
            + "quarters, their upstream and evidence, with log proofs; `trazo audit --scheme S --json` of it prints "
            + "`/actors/{actor}/mass-balance?scheme=S&from=…&to=…` for the bundle's from and to",
            description = "`from` and `to` are widened to whole quarters (the bundle states the widened dates), at most "
                    + OperatorPeriod.MAX_QUARTERS + " quarters, because a mass balance is kept per quarter and audited per year. "
                    + "What the bundle proves and what it cannot (a record of the period that nothing in it links to could "
                    + "be left out) is in docs/protocol.md §18.1.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The bundle's exact bytes (RFC 8785 JSON, format 2)", headers = {
                    @Header(name = LotController.LOG_EVIDENCE, description = "`included` or `pending`, as for a lot's bundle",
                            schema = @Schema(type = "string", allowableValues = {"included", "pending"})),
                    @Header(name = LotController.LOG_TREE_SIZE, description = "Tree size of the checkpoint in `log`, when included",
                            schema = @Schema(type = "integer"))}),
                @ApiResponse(responseCode = "400", description = "actor, from or to malformed, to before from, or more than "
                        + OperatorPeriod.MAX_QUARTERS + " quarters (problem type bad-parameter)"),
                @ApiResponse(responseCode = "404", description = "no actor record registers the operator (problem type unknown-actor)"),
                @ApiResponse(responseCode = "422", description = "more than 10,000 records: ask for fewer quarters (trace-too-large)")})
    ResponseEntity<byte[]> bundle(@PathVariable String actor,
            @Parameter(description = "a day (YYYY-MM-DD, UTC) in the first quarter") @RequestParam String from,
            @Parameter(description = "a day (YYYY-MM-DD, UTC) in the last quarter") @RequestParam String to) {
        if (!Identifiers.ACTOR.matcher(actor).matches()) {
            throw BadParameterException.of("actor", "expected an actor URI urn:trazo:actor:<name>");
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            // checked before widening: two days of one quarter in the wrong order are still a mistake
            throw BadParameterException.of("to", "is before from (" + from + ")");
        }
        OperatorPeriod period;
        try {
            period = OperatorPeriod.covering(actor, first, last);
        } catch (PeriodException e) {
            // widened dates can only be too far apart, which the last quarter asked for makes so
            throw BadParameterException.of("to", e.detail());
        }
        List<Digest> own = ledger.read((fold, index) -> {
            if (!fold.knowsActor(actor)) {
                throw NotFoundException.actor(actor);
            }
            return index.records(actor, period.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        });
        ExportedBundle bundle = bundles.bundle(period, own);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trazo-period-bundle.json\"");
        if (bundle.log() instanceof ExportedBundle.LogCoverage.Proved proved) {
            response.header(LotController.LOG_EVIDENCE, "included").header(LotController.LOG_TREE_SIZE, Long.toString(proved.treeSize()));
        } else {
            response.header(LotController.LOG_EVIDENCE, "pending");
        }
        return response.body(bundle.bytes());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BadParameterException.of(name, "expected a date YYYY-MM-DD, got \"" + value + "\"");
        }
    }
}
