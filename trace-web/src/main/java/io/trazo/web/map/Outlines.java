package io.trazo.web.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Outlines derived from Natural Earth (resources {@code map/*.txt}, made by {@code trace-web/tools/outlines.py};
 * sources and licences in {@code map/README.md}): countries, and Colombia's departments.
 */
public final class Outlines {

    /** One named shape; each ring is {@code [lon0, lat0, lon1, lat1, …]} in degrees. */
    public record Shape(String id, String name, List<double[]> rings) {

        boolean contains(double lon, double lat) {
            boolean inside = false;
            for (double[] r : rings) {
                for (int i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                    if ((r[i + 1] > lat) != (r[j + 1] > lat)
                            && lon < (r[j] - r[i]) * (lat - r[i + 1]) / (r[j + 1] - r[i + 1]) + r[i]) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    static final List<Shape> COUNTRIES = load("map/countries.txt");
    static final List<Shape> COLOMBIA_DEPARTMENTS = load("map/departments-co.txt");

    private Outlines() {}

    private static List<Shape> load(String resource) {
        try (InputStream in = Outlines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing map resource " + resource);
            }
            List<Shape> shapes = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t");
                List<double[]> rings = new ArrayList<>();
                for (String ring : f[2].split("\\|")) {
                    String[] points = ring.split(" ");
                    double[] r = new double[points.length * 2];
                    for (int i = 0; i < points.length; i++) {
                        int comma = points[i].indexOf(',');
                        r[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                        r[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                    }
                    rings.add(r);
                }
                shapes.add(new Shape(f[0], f[1], List.copyOf(rings)));
            }
            return List.copyOf(shapes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
