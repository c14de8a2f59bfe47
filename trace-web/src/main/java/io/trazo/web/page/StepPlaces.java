package io.trazo.web.page;

import io.trazo.web.query.PageView;

/**
 * A journey step's place as query resolves it: the location record that speaks for the GLN of the step's
 * bizLocation or readPoint (docs/protocol.md §8.7, "A GLN's location"). Coordinates are decimal strings
 * as signed; the map needs only their approximate value.
 */
final class StepPlaces {

    private StepPlaces() {}

    static LotPage.Place of(PageView.Place place) {
        if (place == null) {
            return null;
        }
        boolean located = place.coordinates() != null && place.coordinates().size() == 2;
        String region = place.region();
        return new LotPage.Place(place.name(), place.function() == null ? "other" : place.function(),
                region == null ? place.locality() : place.locality() + ", " + region, place.country(),
                located ? Double.valueOf(place.coordinates().get(0)) : null, located ? Double.valueOf(place.coordinates().get(1)) : null);
    }
}
