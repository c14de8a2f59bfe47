package io.trazo.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.web.page.LotPage.Place;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MapSvgTest {

    private static final Place PLOT = new Place("La Cumbre", "plot", "Caldas", -75.48, 5.06);
    private static final Place MILL = new Place("Beneficiadero", "wet_mill", "Caldas", -75.5, 5.07);
    private static final Place PORT = new Place("Buenaventura", "port", "Valle del Cauca", -77.03, 3.88);
    private static final Place ROASTERY = new Place("Portland", "roastery", null, -122.68, 45.52);

    @Test
    void aDemoPlotLiesInCaldas() {
        assertThat(Departments.containing("CO", -75.48, 5.06)).contains("Caldas");
        assertThat(Departments.containing("US", -75.48, 5.06)).isEmpty();
    }

    @Test
    void plotsAreMarkedButOnlyThePlacesTheCoffeePassedThroughAreJoinedByLegs() {
        String plotsOnly = MapSvg.render(List.of(PLOT, PLOT), "map");
        assertThat(plotsOnly).contains("<title id=\"map-title\">map</title>", ">1</text>", ">2</text>").doesNotContain("class=\"leg\"");
        String journey = MapSvg.render(List.of(PLOT, MILL, PORT, ROASTERY), "map");
        assertThat(journey.split("class=\"leg\"", -1)).hasSize(3);
        assertThat(journey).contains(">4</text>");
    }

    @Test
    void theDestinationCountryIsDrawnOnlyWhenAPlaceIsThere() {
        assertThat(MapSvg.render(List.of(PLOT), "map")).doesNotContain("class=\"land\"");
        assertThat(MapSvg.render(List.of(PLOT, PORT, ROASTERY), "map")).contains("class=\"land\"");
    }

    @Test
    void placesWithoutCoordinatesAreLeftOffTheMap() {
        assertThat(MapSvg.render(List.of(new Place("Bodega", "warehouse", null, null, null)), "map")).doesNotContain("class=\"mark\"");
    }

    private static final Pattern TRANSFORM = Pattern.compile("transform=\"matrix\\(([^ ]+) 0 0 ([^ ]+) ([^ ]+) ([^ )]+)\\)\"");

    @Test
    void theOutlinesPathDataIsTheSameOnEveryPageAndOnlyTheTransformMoves() {
        String colombia = MapSvg.render(List.of(PLOT), "map");
        String toPortland = MapSvg.render(List.of(PLOT, PORT, ROASTERY), "map");
        String departments = MapSvg.paths(Outlines.COLOMBIA_DEPARTMENTS, "dept");
        assertThat(colombia).contains(departments);
        assertThat(toPortland).contains(departments);
        assertThat(transform(colombia)).isNotEqualTo(transform(toPortland));
    }

    /** The old per-page projection, spelled out: an outline vertex must land where it put it. */
    @Test
    void theTransformPutsAnOutlineVertexWhereTheEquirectangularViewOfThePlacesPutsIt() {
        for (List<Place> places : List.of(List.of(PLOT), List.of(PLOT, PORT, ROASTERY))) {
            double[] box = {-79.2, -4.3, -66.8, 12.6};
            for (Place p : places) {
                box[0] = Math.min(box[0], p.lon() - 0.6);
                box[1] = Math.min(box[1], p.lat() - 0.6);
                box[2] = Math.max(box[2], p.lon() + 0.6);
                box[3] = Math.max(box[3], p.lat() + 0.6);
            }
            double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
            double scale = 600 / ((box[2] - box[0]) * kx);
            double[] m = transform(MapSvg.render(places, "map"));
            double[] ring = Outlines.COLOMBIA_DEPARTMENTS.get(5).rings().get(0);
            double lon = ring[2];
            double lat = ring[3];
            assertThat(m[0] * Math.round(lon * 100) + m[2]).as("x").isCloseTo((lon - box[0]) * kx * scale, within(0.05));
            assertThat(m[1] * Math.round(-lat * 100) + m[3]).as("y").isCloseTo((box[3] - lat) * scale, within(0.05));
        }
    }

    @Test
    void pathDataStepsRelativelyInHundredthsOfADegree() {
        Outlines.Shape square = new Outlines.Shape("X", "x", List.of(new double[] {-75.5, 5.0, -75.48, 5.0, -75.48, 5.03, -75.5, 5.03}));
        assertThat(MapSvg.paths(List.of(square), "dept")).isEqualTo("<path class=\"dept\" d=\"M-7550 -500l2 0 0-3-2 0z\"/>");
    }

    private static double[] transform(String svg) {
        Matcher m = TRANSFORM.matcher(svg);
        assertThat(m.find()).as("a transform in " + svg.substring(0, 300)).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4))};
    }
}
