package io.trazo.web.page;

import tools.jackson.databind.JsonNode;

/**
 * A journey step's place as query resolves it: the location record that speaks for the GLN of the step's
 * bizLocation or readPoint (docs/protocol.md §8.7, "A GLN's location"). Coordinates are decimal strings
 * as signed; the map needs only their approximate value.
 */
final class StepPlaces {

    private StepPlaces() {}

    static LotPage.Place of(JsonNode place) {
        if (place.isMissingNode() || place.isNull()) {
            return null;
        }
        String locality = LotPageBuilder.text(place, "locality");
        String region = LotPageBuilder.text(place, "region");
        JsonNode at = place.path("coordinates");
        boolean located = at.isArray() && at.size() == 2;
        String function = LotPageBuilder.text(place, "function");
        return new LotPage.Place(LotPageBuilder.text(place, "name"), function == null ? "other" : function,
                region == null ? locality : locality + ", " + region, LotPageBuilder.text(place, "country"),
                located ? Double.valueOf(at.get(0).asString()) : null, located ? Double.valueOf(at.get(1).asString()) : null);
    }
}
