package io.trazo.audit;

import static io.trazo.audit.ProductForm.CHERRY;
import static io.trazo.audit.ProductForm.DRIED_CHERRY;
import static io.trazo.audit.ProductForm.GREEN;
import static io.trazo.audit.ProductForm.PARCHMENT;
import static io.trazo.audit.ProductForm.ROASTED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversion factors: defaults for coffee, which an organisation may override from an effective date
 * (its own mill measured a different yield, and its certifier accepted it).
 *
 * <p>Sources for the defaults: the International Coffee Organization's conversion factors for coffee
 * statistics (ICO Rules on Statistics, Statistical Reports: dry parchment × 0.8 = green; dried cherry
 * × 0.5 = green; roasted × 1.19 = green, i.e. green → roasted ≈ 0.84) and the usual 5 to 7 kg of fresh
 * cherry per kg of green coffee (so cherry → parchment ≈ 0.18–0.22 and cherry → green ≈ 1/7–1/5).
 * The bands are ours: wide enough for normal variation in moisture and roast degree, narrow enough
 * to catch a yield that would hide added coffee (docs/audit.md, "Conversion factors").
 */
public final class ConversionTable {

    private final Map<ProductForm, Map<ProductForm, ConversionFactor>> defaults = new EnumMap<>(ProductForm.class);
    private final List<OwnFactor> overrides = new ArrayList<>();

    /** An organisation's own factor from {@code effectiveFrom}; the latest effective override wins. */
    public record OwnFactor(String organisation, ConversionFactor factor, Instant effectiveFrom) {}

    public static ConversionTable defaults() {
        ConversionTable t = new ConversionTable();
        t.put(ConversionFactor.of(CHERRY, PARCHMENT, "0.2", "0.18", "0.22"));
        t.put(ConversionFactor.of(DRIED_CHERRY, GREEN, "0.5", "0.45", "0.55"));
        t.put(ConversionFactor.of(PARCHMENT, GREEN, "0.8", "0.76", "0.84"));
        t.put(ConversionFactor.of(GREEN, ROASTED, "0.84", "0.8", "0.88"));
        t.put(ConversionFactor.of(CHERRY, GREEN, "0.16", "0.142", "0.2"));
        return t;
    }

    private void put(ConversionFactor f) {
        defaults.computeIfAbsent(f.from(), k -> new EnumMap<>(ProductForm.class)).put(f.to(), f);
    }

    public ConversionTable override(String organisation, ConversionFactor factor, Instant effectiveFrom) {
        overrides.add(new OwnFactor(organisation, factor, effectiveFrom));
        return this;
    }

    /** The factor that applies to {@code organisation}'s conversion at {@code t}, if the table knows the pair. */
    public Optional<ConversionFactor> factor(String organisation, ProductForm from, ProductForm to, Instant t) {
        Optional<ConversionFactor> own = overrides.stream()
                .filter(o -> o.organisation().equals(organisation) && o.factor().from() == from && o.factor().to() == to)
                .filter(o -> !o.effectiveFrom().isAfter(t)).max(Comparator.comparing(OwnFactor::effectiveFrom)).map(OwnFactor::factor);
        return own.or(() -> Optional.ofNullable(defaults.getOrDefault(from, Map.of()).get(to)));
    }
}
