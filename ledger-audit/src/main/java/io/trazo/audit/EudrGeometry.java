package io.trazo.audit;

import io.trazo.ledger.plot.Plot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The EU information system's rules for a plot's geometry (EUDR, Regulation (EU) 2023/1115, Art. 2(28)
 * and 9(1)(d), as its GeoJSON guidance states them): positions with 6 decimal places, a Point only for
 * a plot of at most 4 ha, a Polygon otherwise; a Polygon without holes (a Trazo plot has one ring by
 * construction), with no crossing edges and no vertex repeated once truncated to 6 decimals.
 *
 * <p>Hand-written rather than a geometry library because the rules are few and exact, and the module
 * stays free of dependencies an offline certifier would have to carry; the tests check the output
 * with JTS.
 */
final class EudrGeometry {

    static final int DECIMALS = 6;
    static final BigDecimal POINT_LIMIT_HA = new BigDecimal("4");

    private EudrGeometry() {}

    /** The plot's positions truncated to 6 decimals, a polygon's ring counter-clockwise (RFC 7946 §3.1.6); or a refusal. */
    static List<BigDecimal[]> check(Plot plot) {
        for (Plot.Position p : plot.ring()) {
            if (decimals(p.longitude()) < DECIMALS || decimals(p.latitude()) < DECIMALS) {
                throw new EudrRefusal(plot.plotId(), EudrRefusal.Rule.PRECISION_BELOW_6_DECIMALS,
                        "position [" + p.longitude() + ", " + p.latitude() + "] has fewer than 6 decimals");
            }
        }
        List<BigDecimal[]> ring = new ArrayList<>();
        for (Plot.Position p : plot.ring()) {
            ring.add(new BigDecimal[] {truncate(p.longitude()), truncate(p.latitude())});
        }
        if (plot.geometryType() == Plot.GeometryType.POINT) {
            if (new BigDecimal(plot.areaHa()).compareTo(POINT_LIMIT_HA) > 0) {
                throw new EudrRefusal(plot.plotId(), EudrRefusal.Rule.POINT_OVER_4_HA,
                        "a plot of " + plot.areaHa() + " ha must be a Polygon, not a Point");
            }
            return ring;
        }
        int n = ring.size() - 1;
        if (n < 3) {
            throw new EudrRefusal(plot.plotId(), EudrRefusal.Rule.TOO_FEW_VERTICES, "a polygon needs at least 3 distinct vertices");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String key = ring.get(i)[0].toPlainString() + "," + ring.get(i)[1].toPlainString();
            if (!seen.add(key)) {
                throw new EudrRefusal(plot.plotId(), EudrRefusal.Rule.DUPLICATE_VERTEX,
                        "vertex " + i + " [" + key + "] repeats an earlier vertex after truncation to 6 decimals");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                boolean adjacent = k == i + 1 || (i == 0 && k == n - 1);
                if (!adjacent && intersects(ring.get(i), ring.get(i + 1), ring.get(k), ring.get(k + 1))) {
                    throw new EudrRefusal(plot.plotId(), EudrRefusal.Rule.SELF_CROSSING, "edges " + i + " and " + k + " cross");
                }
            }
        }
        if (signedArea(ring).signum() < 0) {
            List<BigDecimal[]> reversed = new ArrayList<>(ring);
            java.util.Collections.reverse(reversed);
            return reversed;
        }
        return ring;
    }

    private static int decimals(String coordinate) {
        int dot = coordinate.indexOf('.');
        return dot < 0 ? 0 : coordinate.length() - dot - 1;
    }

    private static BigDecimal truncate(String coordinate) {
        return new BigDecimal(coordinate).setScale(DECIMALS, RoundingMode.DOWN);
    }

    /** Twice the shoelace area: positive for a counter-clockwise ring. Exact, in decimals. */
    private static BigDecimal signedArea(List<BigDecimal[]> ring) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum = sum.add(ring.get(i)[0].multiply(ring.get(i + 1)[1])).subtract(ring.get(i + 1)[0].multiply(ring.get(i)[1]));
        }
        return sum;
    }

    /** Whether segments ab and cd share any point, by exact orientation tests (touching counts as crossing). */
    private static boolean intersects(BigDecimal[] a, BigDecimal[] b, BigDecimal[] c, BigDecimal[] d) {
        int o1 = orientation(a, b, c);
        int o2 = orientation(a, b, d);
        int o3 = orientation(c, d, a);
        int o4 = orientation(c, d, b);
        if (o1 != o2 && o3 != o4) {
            return true;
        }
        return (o1 == 0 && within(a, b, c)) || (o2 == 0 && within(a, b, d)) || (o3 == 0 && within(c, d, a)) || (o4 == 0 && within(c, d, b));
    }

    private static int orientation(BigDecimal[] p, BigDecimal[] q, BigDecimal[] r) {
        return q[0].subtract(p[0]).multiply(r[1].subtract(p[1])).subtract(q[1].subtract(p[1]).multiply(r[0].subtract(p[0]))).signum();
    }

    private static boolean within(BigDecimal[] p, BigDecimal[] q, BigDecimal[] r) {
        return r[0].compareTo(p[0].min(q[0])) >= 0 && r[0].compareTo(p[0].max(q[0])) <= 0
                && r[1].compareTo(p[1].min(q[1])) >= 0 && r[1].compareTo(p[1].max(q[1])) <= 0;
    }
}
