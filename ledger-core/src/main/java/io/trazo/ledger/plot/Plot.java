package io.trazo.ledger.plot;

import io.trazo.ledger.crypto.Digest;
import java.util.List;

/**
 * A registered production plot. Coordinates are exact decimal strings in GeoJSON order
 * (longitude, latitude; RFC 7946 §3.1.1) because signed content holds no binary floating point.
 *
 * @param ring for a polygon, its closed exterior ring; for a point, the single position
 */
public record Plot(String plotId, String owner, String name, String country, String areaHa, String plusCode,
        GeometryType geometryType, List<Position> ring, Digest recordHash) {

    public Plot {
        ring = List.copyOf(ring);
    }

    public enum GeometryType {
        POINT,
        POLYGON
    }

    public record Position(String longitude, String latitude) {
        public double lon() {
            return Double.parseDouble(longitude);
        }

        public double lat() {
            return Double.parseDouble(latitude);
        }
    }
}
