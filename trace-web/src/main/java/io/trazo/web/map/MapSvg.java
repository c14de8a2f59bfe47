package io.trazo.web.map;

import io.trazo.web.page.LotPage.Place;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The lot's map as inline SVG, drawn on the server: Colombia's departments and the countries around the
 * places, the places that have coordinates as numbered marks (the numbers match the text list beside it)
 * and the legs between consecutive places. Equirectangular, scaled by the cosine of the middle latitude:
 * at these extents it reads as well as any projection and costs nothing.
 *
 * <p>The outlines are the same on every page; only the view moves. So their path data is written once, in
 * hundredths of a degree (the outline files' precision, so each relative step is an exact small integer),
 * and each page places it with one {@code transform}. Formatting every vertex per page was most of a cold
 * page's render time (issue 18). Marks and legs stay in page units, so circles stay round and text upright.
 */
public final class MapSvg {

    private static final double WIDTH = 600;
    /** Colombia's mainland: the map always shows the country where the coffee grew. */
    private static final double[] COLOMBIA = {-79.2, -4.3, -66.8, 12.6};
    private static final double PAD = 0.6;
    /** Path units per degree. */
    private static final double UNITS = 100;

    private static final String DEPARTMENTS = paths(Outlines.COLOMBIA_DEPARTMENTS, "dept");
    private static final List<String> COUNTRY_PATHS = Outlines.COUNTRIES.stream().map(c -> paths(List.of(c), "land")).toList();

    private MapSvg() {}

    /** @param title the accessible name, already in the page's language */
    public static String render(List<Place> places, String title) {
        double[] box = COLOMBIA.clone();
        List<Place> located = places.stream().filter(p -> p.lon() != null && p.lat() != null).toList();
        for (Place p : located) {
            box[0] = Math.min(box[0], p.lon() - PAD);
            box[1] = Math.min(box[1], p.lat() - PAD);
            box[2] = Math.max(box[2], p.lon() + PAD);
            box[3] = Math.max(box[3], p.lat() + PAD);
        }
        double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scale = WIDTH / ((box[2] - box[0]) * kx);
        double height = Math.ceil((box[3] - box[1]) * scale);
        Projection at = (lon, lat) -> new double[] {(lon - box[0]) * kx * scale, (box[3] - lat) * scale};
        StringBuilder svg = new StringBuilder(16_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append((int) WIDTH).append(' ').append((int) height)
                .append("\" role=\"img\" aria-labelledby=\"map-title\" class=\"map\"><title id=\"map-title\">")
                .append(HtmlUtils.htmlEscape(title)).append("</title><rect width=\"100%\" height=\"100%\" class=\"sea\"/>");
        // path unit (lon·100, −lat·100) to page unit: x' = a·x + e, y' = d·y + f
        svg.append("<g transform=\"matrix(").append(f(kx * scale / UNITS)).append(" 0 0 ").append(f(scale / UNITS)).append(' ')
                .append(f(-box[0] * kx * scale)).append(' ').append(f(box[3] * scale)).append(")\">");
        for (int i = 0; i < Outlines.COUNTRIES.size(); i++) {
            Outlines.Shape country = Outlines.COUNTRIES.get(i);
            if (!"CO".equals(country.id()) && overlaps(country, box)) {
                svg.append(COUNTRY_PATHS.get(i));
            }
        }
        svg.append(DEPARTMENTS).append("</g>");
        // legs join the places the coffee passed through in order; plots of origin are where it began, not a route
        List<Place> route = located.stream().filter(p -> !"plot".equals(p.function())).toList();
        for (int i = 1; i < route.size(); i++) {
            double[] a = at.xy(route.get(i - 1).lon(), route.get(i - 1).lat());
            double[] b = at.xy(route.get(i).lon(), route.get(i).lat());
            svg.append("<line class=\"leg\" x1=\"").append(n(a[0])).append("\" y1=\"").append(n(a[1])).append("\" x2=\"")
                    .append(n(b[0])).append("\" y2=\"").append(n(b[1])).append("\"/>");
        }
        for (int i = 0; i < located.size(); i++) {
            double[] p = at.xy(located.get(i).lon(), located.get(i).lat());
            svg.append("<g class=\"mark\"><circle cx=\"").append(n(p[0])).append("\" cy=\"").append(n(p[1])).append("\" r=\"9\"/><text x=\"")
                    .append(n(p[0])).append("\" y=\"").append(n(p[1] + 4)).append("\" text-anchor=\"middle\">").append(i + 1).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private interface Projection {
        double[] xy(double lon, double lat);
    }

    /** One {@code <path>} per shape: an absolute move to each ring's start, then relative steps, all integers. */
    static String paths(List<Outlines.Shape> shapes, String css) {
        StringBuilder svg = new StringBuilder();
        for (Outlines.Shape shape : shapes) {
            svg.append("<path class=\"").append(css).append("\" d=\"");
            for (double[] ring : shape.rings()) {
                long x = Math.round(ring[0] * UNITS);
                long y = Math.round(-ring[1] * UNITS);
                svg.append('M').append(x).append(' ').append(y).append('l');
                for (int i = 2; i < ring.length; i += 2) {
                    long nx = Math.round(ring[i] * UNITS);
                    long ny = Math.round(-ring[i + 1] * UNITS);
                    step(svg, nx - x, i > 2);
                    step(svg, ny - y, true);
                    x = nx;
                    y = ny;
                }
                svg.append('z');
            }
            svg.append("\"/>");
        }
        return svg.toString();
    }

    /** A number of a path's data: a minus sign separates it from the one before as well as a space would. */
    private static void step(StringBuilder svg, long v, boolean separate) {
        if (separate && v >= 0) {
            svg.append(' ');
        }
        svg.append(v);
    }

    /** Whether any vertex is in view: shapes wholly outside it would only add bytes. */
    private static boolean overlaps(Outlines.Shape shape, double[] box) {
        for (double[] ring : shape.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                if (ring[i] >= box[0] && ring[i] <= box[2] && ring[i + 1] >= box[1] && ring[i + 1] <= box[3]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The transform's factors: 5 decimals keep the outlines within a hundredth of a page unit of where they were. */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}
