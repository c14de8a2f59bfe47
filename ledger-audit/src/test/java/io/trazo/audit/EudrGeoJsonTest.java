package io.trazo.audit;

import static io.trazo.audit.AuditJourney.PLOT_ORGANIC;
import static io.trazo.audit.AuditJourney.PLOT_WOMEN;
import static io.trazo.audit.CorrectJourneyTest.GREEN_W;
import static io.trazo.audit.CorrectJourneyTest.ROASTED_O;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.plot.Plot;
import io.trazo.ledger.record.RecordCodec;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The EUDR export, read back by an independent GeoJSON reader (JTS, with json-simple underneath) and
 * checked against RFC 7946 and the EU information system's rules; and refused for each rule broken.
 */
class EudrGeoJsonTest {

    static AuditFold fold;

    @BeforeAll
    static void journey() {
        AuditJourney j = CorrectJourneyTest.build();
        CorrectJourneyTest.roast(j, 132);
        fold = j.fold();
    }

    @Test
    void theRoastIsDeclaredByItsOrganicPlotAsAValidCounterClockwisePolygonWithoutHoles() throws Exception {
        String json = EudrGeoJson.forLotAsString(fold, ROASTED_O);
        GeometryCollection all = (GeometryCollection) new GeoJsonReader().read(json);
        assertThat(all.getNumGeometries()).isEqualTo(1);
        Polygon polygon = (Polygon) all.getGeometryN(0);
        assertThat(polygon.isValid()).isTrue();
        assertThat(polygon.getNumInteriorRing()).isZero();
        assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence())).isTrue();
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        assertThat(ring).hasSize(5);
        assertThat(Arrays.stream(ring).limit(4).distinct()).hasSize(4);
        for (Coordinate c : ring) {
            // [longitude, latitude]: Caldas lies near 75.5° W, 5.05° N
            assertThat(c.x).isBetween(-75.51, -75.49);
            assertThat(c.y).isBetween(5.04, 5.05);
            assertThat(BigDecimal.valueOf(c.x).scale()).isLessThanOrEqualTo(6);
            assertThat(BigDecimal.valueOf(c.y).scale()).isLessThanOrEqualTo(6);
        }
        assertThat(ring[0]).isEqualTo(new Coordinate(-75.502013, 5.046012));
        Map<?, ?> properties = properties(json, 0);
        assertThat(properties.get("ProducerName")).isEqualTo("Finca El Mirador");
        assertThat(properties.get("ProducerCountry")).isEqualTo("CO");
        assertThat(properties.get("ProductionPlace")).isEqualTo("El Mirador Alto");
        assertThat(((Number) properties.get("Area")).doubleValue()).isEqualTo(5.6);
    }

    @Test
    void aPlotOfAtMostFourHectaresIsAPointWithItsArea() throws Exception {
        String json = EudrGeoJson.forLotAsString(fold, GREEN_W);
        Geometry g = ((GeometryCollection) new GeoJsonReader().read(json)).getGeometryN(0);
        assertThat(g).isInstanceOf(Point.class);
        assertThat(g.getCoordinate()).isEqualTo(new Coordinate(-75.481296, 5.037714));
        Map<?, ?> properties = properties(json, 0);
        assertThat(((Number) properties.get("Area")).doubleValue()).isEqualTo(2.8).isLessThanOrEqualTo(4);
        assertThat(properties.get("ProducerName")).isEqualTo("Asociación de Mujeres Caficultoras de Villamaría");
    }

    @Test
    void theV1DemoIsRefusedNamingAPlotWhoseCoordinatesHaveFourDecimals() {
        AuditFold v1 = AuditFold.withDefaults();
        CoffeeJourney.records().forEach(w -> v1.accept(AuditRecord.of(RecordCodec.parse(w))));
        assertThatThrownBy(() -> EudrGeoJson.forLot(v1, CoffeeJourney.RETAIL)).isInstanceOfSatisfying(EudrRefusal.class, r -> {
            assertThat(r.rule()).isEqualTo(EudrRefusal.Rule.PRECISION_BELOW_6_DECIMALS);
            assertThat(r.plot()).isIn(CoffeeJourney.PLOT_WOMEN, CoffeeJourney.PLOT_ORGANIC);
            assertThat(r.getMessage()).contains(r.plot()).contains("fewer than 6 decimals");
        });
    }

    @Test
    void aLotWithoutAPlotOfOriginIsRefused() {
        AuditJourney j = new AuditJourney();
        String lot = "urn:trazo:lot:exportadora-andina:green-2026-9";
        j.transform(DemoParties.EXPORTER, "2026-10-24T10:00:00.000-05:00", "dry_milling", "green",
                List.of(AuditJourney.q("urn:trazo:lot:exportadora-andina:parchment-x", 100)), List.of(AuditJourney.q(lot, 80)), "0.8");
        assertThatThrownBy(() -> EudrGeoJson.forLot(j.fold(), lot)).isInstanceOfSatisfying(EudrRefusal.class,
                r -> assertThat(r.rule()).isEqualTo(EudrRefusal.Rule.NO_PLOT_OF_ORIGIN));
    }

    @Test
    void aHarvestOnAnUnregisteredPlotIsRefusedNamingIt() {
        AuditJourney j = new AuditJourney();
        String plot = "urn:trazo:plot:finca-el-mirador:unregistered";
        j.harvest(DemoParties.FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", plot, CorrectJourneyTest.CHERRY_O, 980);
        assertThatThrownBy(() -> EudrGeoJson.forLot(j.fold(), CorrectJourneyTest.CHERRY_O)).isInstanceOfSatisfying(EudrRefusal.class, r -> {
            assertThat(r.rule()).isEqualTo(EudrRefusal.Rule.PLOT_UNKNOWN);
            assertThat(r.plot()).isEqualTo(plot);
        });
    }

    @Test
    void aPointOverFourHectaresIsRefused() {
        Plot big = plot(Plot.GeometryType.POINT, "4.01", "-75.481296", "5.037714");
        assertRefused(big, EudrRefusal.Rule.POINT_OVER_4_HA);
    }

    @Test
    void aVertexRepeatedAfterTruncationToSixDecimalsIsRefused() {
        // the 2nd and 3rd vertices differ only in the 7th decimal
        Plot p = plot(Plot.GeometryType.POLYGON, "5.6", "-75.502013", "5.046012", "-75.4999871", "5.046018", "-75.4999879", "5.0460189",
                "-75.500004", "5.048231", "-75.502013", "5.046012");
        assertRefused(p, EudrRefusal.Rule.DUPLICATE_VERTEX);
    }

    @Test
    void aBowTieWhoseEdgesCrossIsRefused() {
        Plot p = plot(Plot.GeometryType.POLYGON, "5.6", "-75.502013", "5.046012", "-75.499987", "5.048231", "-75.499987", "5.046012",
                "-75.502013", "5.048231", "-75.502013", "5.046012");
        assertRefused(p, EudrRefusal.Rule.SELF_CROSSING);
    }

    @Test
    void aRingTooShortIsRefused() {
        Plot p = plot(Plot.GeometryType.POLYGON, "5.6", "-75.502013", "5.046012", "-75.499987", "5.048231", "-75.502013", "5.046012");
        assertRefused(p, EudrRefusal.Rule.TOO_FEW_VERTICES);
    }

    @Test
    void aPositionWithFewerThanSixDecimalsIsRefused() {
        assertRefused(plot(Plot.GeometryType.POINT, "2.8", "-75.48129", "5.037714"), EudrRefusal.Rule.PRECISION_BELOW_6_DECIMALS);
    }

    @Test
    void aClockwiseRingComesOutCounterClockwiseAndTruncatedNotRounded() {
        Plot p = plot(Plot.GeometryType.POLYGON, "5.6", "-75.5020139", "5.0460129", "-75.502031", "5.048207", "-75.500004", "5.048231",
                "-75.499987", "5.046018", "-75.5020139", "5.0460129");
        List<BigDecimal[]> ring = EudrGeometry.check(p);
        assertThat(ring.get(1)[0]).isEqualByComparingTo("-75.499987");
        assertThat(ring.get(0)[0]).isEqualByComparingTo("-75.502013");
        assertThat(ring.get(0)[1]).isEqualByComparingTo("5.046012");
    }

    private static void assertRefused(Plot plot, EudrRefusal.Rule rule) {
        assertThatThrownBy(() -> EudrGeometry.check(plot)).isInstanceOfSatisfying(EudrRefusal.class, r -> {
            assertThat(r.rule()).isEqualTo(rule);
            assertThat(r.plot()).isEqualTo(plot.plotId());
        });
    }

    private static Plot plot(Plot.GeometryType type, String areaHa, String... lonLat) {
        List<Plot.Position> ring = new java.util.ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(new Plot.Position(lonLat[i], lonLat[i + 1]));
        }
        return new Plot(PLOT_ORGANIC, DemoParties.FARM_ORGANIC, "El Mirador Alto", "CO", areaHa, "67Q62FWX+RH", type, ring,
                Digest.sha256(new byte[0]));
    }

    private static Map<?, ?> properties(String json, int feature) throws Exception {
        JSONObject root = (JSONObject) new JSONParser().parse(json);
        assertThat(root.get("type")).isEqualTo("FeatureCollection");
        JSONObject f = (JSONObject) ((JSONArray) root.get("features")).get(feature);
        assertThat(f.get("type")).isEqualTo("Feature");
        assertThat(((JSONObject) f.get("geometry")).get("coordinates")).isInstanceOf(JSONArray.class);
        return (JSONObject) f.get("properties");
    }
}
