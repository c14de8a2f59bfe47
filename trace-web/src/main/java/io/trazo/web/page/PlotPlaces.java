package io.trazo.web.page;

import io.trazo.web.map.Departments;
import io.trazo.web.query.PageView;
import java.util.List;

/** A plot of origin as a place on the map: the mean of its ring's distinct vertices, and the department it lies in. */
final class PlotPlaces {

    private PlotPlaces() {}

    static LotPage.Place of(PageView.Plot plot) {
        double lon = 0;
        double lat = 0;
        int n = 0;
        List<List<String>> ring = plot.coordinates();
        int distinct = ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1)) ? ring.size() - 1 : ring.size();
        for (int i = 0; i < distinct; i++) {
            lon += Double.parseDouble(ring.get(i).get(0));
            lat += Double.parseDouble(ring.get(i).get(1));
            n++;
        }
        if (n == 0) {
            return new LotPage.Place(plot.name(), "plot", null, plot.country(), null, null);
        }
        double x = lon / n;
        double y = lat / n;
        return new LotPage.Place(plot.name(), "plot", Departments.containing(plot.country(), x, y).orElse(null), plot.country(), x, y);
    }
}
