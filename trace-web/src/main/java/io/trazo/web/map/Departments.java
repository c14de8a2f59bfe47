package io.trazo.web.map;

import java.util.Optional;

/** The Colombian department a point lies in, from the outlines: a region for places that record none. */
public final class Departments {

    private Departments() {}

    public static Optional<String> containing(String country, double lon, double lat) {
        if (!"CO".equals(country)) {
            return Optional.empty();
        }
        return Outlines.COLOMBIA_DEPARTMENTS.stream().filter(s -> s.contains(lon, lat)).map(Outlines.Shape::name).findFirst();
    }
}
