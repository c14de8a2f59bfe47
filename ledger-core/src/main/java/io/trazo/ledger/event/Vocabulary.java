package io.trazo.ledger.event;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Business-step and disposition values. Bare CBV 2.0 values ({@code shipping}) expand to their
 * canonical URIs ({@code https://ref.gs1.org/cbv/BizStep-shipping}, CBV 2.0 §6.1); the legacy URN form
 * {@code urn:epcglobal:cbv:bizstep:shipping} maps to the same URI. Steps CBV does not name — harvesting,
 * milling, drying, roasting, customs clearance — use Trazo's vocabulary under {@link #TRAZO_BIZSTEP}.
 */
public final class Vocabulary {

    public static final String CBV_BIZSTEP = "https://ref.gs1.org/cbv/BizStep-";
    public static final String CBV_DISPOSITION = "https://ref.gs1.org/cbv/Disp-";
    public static final String TRAZO_BIZSTEP = "https://ns.trazo.dev/voc/BizStep-";

    static final Set<String> CBV_BIZSTEPS = Set.of("accepting", "arriving", "assembling", "collecting", "commissioning",
            "consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
            "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting", "installing",
            "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing",
            "replacing", "reserving", "retail_selling", "sampling", "sensor_reporting", "shipping", "staging_outbound",
            "stock_taking", "stocking", "storing", "transporting", "unloading", "unpacking", "void_shipping");
    public static final Set<String> TRAZO_BIZSTEPS = Set.of("harvesting", "wet_milling", "drying", "dry_milling",
            "roasting", "customs_clearing", "cupping");
    private static final Pattern WORD = Pattern.compile("[a-z_]{1,40}");
    private static final Pattern URI = Pattern.compile("https://[a-z0-9.-]+/[A-Za-z0-9._~/:#?=&%-]{1,200}");

    private Vocabulary() {}

    /** The canonical URI of a bizStep, or empty if the value is neither a CBV value nor a URI. */
    public static Optional<String> bizStep(String value) {
        return expand(value, "urn:epcglobal:cbv:bizstep:", CBV_BIZSTEP, CBV_BIZSTEPS);
    }

    public static Optional<String> disposition(String value) {
        return expand(value, "urn:epcglobal:cbv:disp:", CBV_DISPOSITION, null);
    }

    public static String trazoStep(String name) {
        return TRAZO_BIZSTEP + name;
    }

    private static Optional<String> expand(String value, String urnPrefix, String uriPrefix, Set<String> known) {
        String word = value.startsWith(urnPrefix) ? value.substring(urnPrefix.length()) : value;
        if (WORD.matcher(word).matches()) {
            return known == null || known.contains(word) ? Optional.of(uriPrefix + word) : Optional.empty();
        }
        return URI.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
