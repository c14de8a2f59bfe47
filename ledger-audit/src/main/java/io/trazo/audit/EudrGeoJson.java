package io.trazo.audit;

import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.plot.Plot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lot's EUDR due-diligence geolocation as GeoJSON (RFC 7946): a FeatureCollection with one Feature
 * per plot of origin, numeric [longitude, latitude] positions, and the properties the EU information
 * system reads ({@code ProducerName}, {@code ProducerCountry}, {@code ProductionPlace}, {@code Area} in
 * hectares). A lot with any plot lacking adequate geometry is refused ({@link EudrRefusal}), naming the
 * plot: a declaration cannot leave a plot out.
 */
public final class EudrGeoJson {

    private EudrGeoJson() {}

    /** The GeoJSON document, UTF-8; throws {@link EudrRefusal} when a plot's geometry is not adequate. */
    public static byte[] forLot(AuditFold fold, String lot) {
        LotAudit audit = fold.lot(lot).orElseThrow(() -> new IllegalArgumentException("no event names " + lot));
        if (audit.plots().isEmpty()) {
            throw new EudrRefusal(null, EudrRefusal.Rule.NO_PLOT_OF_ORIGIN, lot + " has no plot of origin in the records");
        }
        List<JsonValue> features = new ArrayList<>();
        for (String plotId : audit.plots()) {
            Plot plot = fold.plot(plotId).orElseThrow(() -> new EudrRefusal(plotId, EudrRefusal.Rule.PLOT_UNKNOWN,
                    "no plot record by its owner"));
            features.add(feature(fold, plot, EudrGeometry.check(plot)));
        }
        return Jcs.canonicalize(object("type", new JsonString("FeatureCollection"), "features", new JsonArray(features)));
    }

    public static String forLotAsString(AuditFold fold, String lot) {
        return new String(forLot(fold, lot), StandardCharsets.UTF_8);
    }

    private static JsonObject feature(AuditFold fold, Plot plot, List<BigDecimal[]> positions) {
        JsonValue geometry = plot.geometryType() == Plot.GeometryType.POINT
                ? object("type", new JsonString("Point"), "coordinates", position(positions.get(0)))
                : object("type", new JsonString("Polygon"), "coordinates",
                        new JsonArray(List.of(new JsonArray(positions.stream().map(EudrGeoJson::position).toList()))));
        String producer = fold.actor(plot.owner()).map(Registrations.Actor::name).orElse(plot.owner());
        JsonObject properties = object("ProducerName", new JsonString(producer), "ProducerCountry", new JsonString(plot.country()),
                "ProductionPlace", new JsonString(plot.name()), "Area", new JsonNumber(new BigDecimal(plot.areaHa()), false));
        return object("type", new JsonString("Feature"), "geometry", geometry, "properties", properties);
    }

    private static JsonValue position(BigDecimal[] p) {
        return new JsonArray(List.of(new JsonNumber(p[0], false), new JsonNumber(p[1], false)));
    }

    private static JsonObject object(Object... namesAndValues) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        }
        return new JsonObject(m);
    }
}
