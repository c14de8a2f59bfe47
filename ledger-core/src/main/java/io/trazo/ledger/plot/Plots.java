package io.trazo.ledger.plot;

import com.google.openlocationcode.OpenLocationCode;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads plot records (docs/protocol.md §Plots). Plots over 4 ha must be polygons, as EUDR
 * (Regulation (EU) 2023/1115, Art. 2(28)) requires; the Plus Code must be a full Open Location Code
 * whose area contains the point, or the mean of the polygon's vertices.
 */
public final class Plots {

    static final BigDecimal POLYGON_THRESHOLD_HA = new BigDecimal("4");
    private static final Set<String> MEMBERS = Set.of("plotId", "owner", "name", "country", "areaHa", "plusCode", "geometry");
    private static final Set<String> GEOMETRY_MEMBERS = Set.of("type", "coordinates");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern NAME = Pattern.compile("\\S(?:.{0,198}\\S)?");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}\\.\\d{1,9}");
    private static final int MAX_VERTICES = 2000;

    private Plots() {}

    public static Plot read(SignedRecord record) {
        if (record.type() != RecordType.PLOT) {
            throw new IllegalArgumentException("not a plot record: " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(MEMBERS);
        String areaHa = body.decimal("areaHa");
        if (new BigDecimal(areaHa).signum() <= 0) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("areaHa"), "area must be positive");
        }
        Fields geometry = body.object("geometry");
        geometry.requireOnly(GEOMETRY_MEMBERS);
        String type = geometry.string("type");
        List<Plot.Position> ring;
        Plot.GeometryType geometryType;
        if (type.equals("Point")) {
            if (new BigDecimal(areaHa).compareTo(POLYGON_THRESHOLD_HA) > 0) {
                throw new RecordException(ReasonCode.INVALID_FIELD, geometry.pathOf("type"),
                        "a plot of " + areaHa + " ha is over 4 ha and must be described by a Polygon (EUDR)");
            }
            geometryType = Plot.GeometryType.POINT;
            ring = List.of(position(geometry.value("coordinates"), geometry.pathOf("coordinates")));
        } else if (type.equals("Polygon")) {
            geometryType = Plot.GeometryType.POLYGON;
            ring = ring(geometry);
        } else {
            throw new RecordException(ReasonCode.INVALID_FIELD, geometry.pathOf("type"), "geometry is a Point or a Polygon");
        }
        String plusCode = body.string("plusCode");
        checkPlusCode(plusCode, ring, geometryType, body.pathOf("plusCode"));
        return new Plot(body.string("plotId", Identifiers.PLOT, "a plot URI urn:trazo:plot:<owner>:<id>"),
                body.string("owner", Identifiers.ACTOR, "an actor URI"), body.string("name", NAME, "a plot name"),
                body.string("country", COUNTRY, "an ISO 3166-1 alpha-2 code"), areaHa, plusCode, geometryType, ring,
                record.hash());
    }

    private static List<Plot.Position> ring(Fields geometry) {
        List<JsonValue> rings = geometry.array("coordinates");
        if (rings.size() != 1) {
            throw new RecordException(ReasonCode.INVALID_FIELD, geometry.pathOf("coordinates"), "a plot polygon has exactly one ring (no holes)");
        }
        String path = geometry.pathOf("coordinates") + "/0";
        List<JsonValue> raw = Fields.asArray(rings.get(0), path);
        if (raw.size() < 4 || raw.size() > MAX_VERTICES) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "a ring has 4 to " + MAX_VERTICES + " positions");
        }
        List<Plot.Position> ring = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ring.add(position(raw.get(i), path + "/" + i));
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "a ring is closed: its last position repeats the first (RFC 7946 §3.1.6)");
        }
        return ring;
    }

    private static Plot.Position position(JsonValue value, String path) {
        List<JsonValue> pair = Fields.asArray(value, path);
        if (pair.size() != 2) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "a position is [longitude, latitude]");
        }
        String lon = Fields.asString(pair.get(0), path + "/0");
        String lat = Fields.asString(pair.get(1), path + "/1");
        Fields.requireForm(lon, COORDINATE, "a decimal longitude string", path + "/0");
        Fields.requireForm(lat, COORDINATE, "a decimal latitude string", path + "/1");
        Plot.Position p = new Plot.Position(lon, lat);
        if (Math.abs(p.lon()) > 180 || Math.abs(p.lat()) > 90) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "position out of range");
        }
        return p;
    }

    private static void checkPlusCode(String code, List<Plot.Position> ring, Plot.GeometryType type, String path) {
        if (!OpenLocationCode.isValidCode(code) || !OpenLocationCode.isFullCode(code)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "\"" + code + "\" is not a full Plus Code");
        }
        int n = type == Plot.GeometryType.POINT ? 1 : ring.size() - 1;
        double lat = 0;
        double lon = 0;
        for (int i = 0; i < n; i++) {
            lat += ring.get(i).lat();
            lon += ring.get(i).lon();
        }
        if (!new OpenLocationCode(code).contains(lat / n, lon / n)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "Plus Code " + code + " does not contain the plot's "
                    + (type == Plot.GeometryType.POINT ? "point" : "vertex mean") + " " + lat / n + "," + lon / n);
        }
    }
}
