package io.trazo.audit;

import java.util.Arrays;
import java.util.Optional;

/** The product forms of coffee, as events declare them in {@code trazo:productForm}. */
public enum ProductForm {
    CHERRY("cherry"),
    DRIED_CHERRY("dried_cherry"),
    PARCHMENT("parchment"),
    GREEN("green"),
    ROASTED("roasted");

    public static final String MEMBER = "trazo:productForm";

    private final String wire;

    ProductForm(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ProductForm> fromWire(String wire) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(wire)).findFirst();
    }
}
