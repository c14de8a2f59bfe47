package io.trazo.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trazo.audit.MassBalanceView;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.Identifiers;
import io.trazo.query.web.BadParameterException;
import io.trazo.query.web.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An operator's mass balance in one scheme, read from the same in-memory fold that serves the lot audits
 * (docs/audit.md, "Mass balance"): nothing is recomputed per request.
 */
@RestController
class MassBalanceController {

    private static final String SCHEMES = Arrays.stream(ClaimType.values()).map(ClaimType::wire).collect(Collectors.joining(", "));
    private final AuditLedger ledger;

    MassBalanceController(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "An operator's certified mass balance in one scheme, per product form and period (a UTC quarter), with "
            + "hard errors citing record hashes")
    @ApiResponse(responseCode = "200", description = "RFC 8785 canonical JSON, byte for byte what `trazo audit --scheme S --json` "
            + "prints for the operator's period bundle of the same from/to (`/actors/{actor}/bundle`)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MassBalanceView.class)))
    @ApiResponse(responseCode = "400", description = "scheme unknown or missing, or from/to not a date (problem type bad-parameter)")
    @ApiResponse(responseCode = "404", description = "no actor record registers the operator (problem type unknown-actor)")
    @GetMapping("/actors/{actor}/mass-balance")
    ResponseEntity<byte[]> massBalance(@PathVariable String actor,
            @Parameter(description = "the scheme: organic, fairtrade, rainforest_alliance, women_produced, eudr_deforestation_free or other")
            @RequestParam String scheme,
            @Parameter(description = "first day (YYYY-MM-DD, UTC) a period must reach to be listed; default: no bound")
            @RequestParam(required = false) String from,
            @Parameter(description = "last day (YYYY-MM-DD, UTC, inclusive) a period must reach to be listed; default: no bound")
            @RequestParam(required = false) String to) {
        if (!Identifiers.ACTOR.matcher(actor).matches()) {
            throw BadParameterException.of("actor", "expected an actor URI urn:trazo:actor:<name>");
        }
        ClaimType type = ClaimType.fromWire(scheme)
                .orElseThrow(() -> BadParameterException.of("scheme", "\"" + scheme + "\" is not a scheme; expected one of " + SCHEMES));
        LocalDate first = date("from", from, LocalDate.MIN);
        LocalDate last = date("to", to, LocalDate.MAX.minusDays(1));
        if (first.isAfter(last)) {
            throw BadParameterException.of("to", "is before from (" + from + ")");
        }
        byte[] json = ledger.read(fold -> {
            if (!fold.knowsActor(actor)) {
                throw NotFoundException.actor(actor);
            }
            return MassBalanceView.of(fold.massBalance(), actor, type, from, to, first, last).json();
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw BadParameterException.of(name, "expected a date YYYY-MM-DD, got \"" + value + "\"");
        }
    }
}
