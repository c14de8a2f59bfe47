package io.trazo.web.page;

import io.trazo.web.map.Departments;
import tools.jackson.databind.JsonNode;

/** A plot of origin as a place on the map: the mean of its ring's distinct vertices, and the department it lies in. */
final class PlotPlaces {

    private PlotPlaces() {}

    static LotPage.Place of(JsonNode plot) {
        double lon = 0;
        double lat = 0;
        int n = 0;
        JsonNode ring = plot.path("coordinates");
        int distinct = ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1)) ? ring.size() - 1 : ring.size();
        for (int i = 0; i < distinct; i++) {
            lon += Double.parseDouble(ring.get(i).get(0).asString());
            lat += Double.parseDouble(ring.get(i).get(1).asString());
            n++;
        }
        String name = LotPageBuilder.text(plot, "name");
        if (n == 0) {
            return new LotPage.Place(name, "plot", null, LotPageBuilder.text(plot, "country"), null, null);
        }
        double x = lon / n;
        double y = lat / n;
        String country = LotPageBuilder.text(plot, "country");
        return new LotPage.Place(name, "plot", Departments.containing(country, x, y).orElse(null), country, x, y);
    }
}
