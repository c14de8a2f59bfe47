package io.trazo.query.location;

import io.trazo.ledger.location.Locations.Location;
import java.util.List;

/**
 * A location record as the API shows it (docs/protocol.md §8.7): the signed fields, the record they come
 * from, and whether it speaks for its GLN (its owner owns the GLN's company prefix).
 */
public record PlaceView(String gln, String name, String owner, String street, String locality, String region, String postalCode,
        String country, List<String> coordinates, String function, String record, boolean speaksForGln) {

    public static PlaceView of(GlnLocations.Candidate c) {
        Location l = c.location();
        return new PlaceView(l.gln(), l.name(), l.owner(), l.address().street().orElse(null), l.address().locality(),
                l.address().region().orElse(null), l.address().postalCode().orElse(null), l.country(),
                l.coordinates().map(x -> List.of(x.longitude(), x.latitude())).orElse(null), l.function().orElse(null),
                c.record().hex(), c.speaksForGln());
    }
}
