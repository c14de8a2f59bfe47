package io.trazo.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.web.page.LotPage.Place;
import java.util.List;
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
}
