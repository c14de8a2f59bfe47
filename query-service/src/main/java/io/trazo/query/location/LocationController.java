package io.trazo.query.location;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.query.web.BadParameterException;
import io.trazo.query.web.NotFoundException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A GLN's place and every accepted location record signed for it (docs/protocol.md §8.7, "A GLN's location"). */
@RestController
class LocationController {

    private static final Pattern GLN = Pattern.compile("[0-9]{13}");

    record LocationsView(String gln,
            @Schema(description = "The GLN's place: the first accepted location record whose signer owns the GLN's company prefix; "
                    + "null when none does") PlaceView place,
            @Schema(description = "Every accepted location record for the GLN, in ledger order, those that do not speak for it included")
            List<PlaceView> records) {}

    private final GlnLocations locations;

    LocationController(GlnLocations locations) {
        this.locations = locations;
    }

    @GetMapping("/locations/{gln}")
    @Operation(summary = "A GLN's place (v2 location records) and every location record signed for it")
    LocationsView location(@PathVariable String gln) {
        if (!GLN.matcher(gln).matches()) {
            throw BadParameterException.of("gln", "expected a GLN, 13 digits, got \"" + gln + "\"");
        }
        List<GlnLocations.Candidate> all = locations.candidates(gln);
        if (all.isEmpty()) {
            throw NotFoundException.location(gln);
        }
        return new LocationsView(gln, all.stream().filter(GlnLocations.Candidate::speaksForGln).findFirst().map(PlaceView::of).orElse(null),
                all.stream().map(PlaceView::of).toList());
    }
}
