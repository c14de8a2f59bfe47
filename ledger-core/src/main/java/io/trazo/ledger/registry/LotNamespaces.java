package io.trazo.ledger.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The namespaces that can own a lot (docs/protocol.md §11, "Lot owners"): Trazo's private
 * {@code urn:trazo:lot:NAME}, or a GS1 company prefix written {@code gs1:<digits>}.
 *
 * <p>An EPC URI of a GS1 scheme states its company prefix (the digits before the first dot), so it
 * has one candidate. A GS1 Digital Link does not delimit it: a GS1 key holds the prefix at a fixed
 * offset but with a length of 6 to 12 digits, so it has up to seven candidates, and a lot belongs to
 * whoever holds one of them (GS1 allocates prefixes so that none is a prefix of another).
 */
public final class LotNamespaces {

    /** The namespace form of a GS1 company prefix, as {@code delegation} records and this class write it. */
    public static final String GS1 = "gs1:";
    private static final String TRAZO_LOT = "urn:trazo:lot:";
    private static final int MIN_PREFIX = 6;
    private static final int MAX_PREFIX = 12;
    /** EPC Tag Data Standard 2.x schemes whose first component is a GS1 company prefix. */
    private static final Set<String> GS1_EPC_SCHEMES = Set.of("sgtin", "lgtin", "sscc", "sgln", "grai", "giai", "gsrn",
            "gsrnp", "gdti", "cpi", "sgcn", "ginc", "gsin", "itip", "upui", "pgln");
    private static final Pattern EPC = Pattern.compile("urn:epc:(?:id|class|idpat):([a-z0-9]+):([0-9]{6,12})\\..*");
    /** Primary-key application identifiers and where the company prefix starts in their value. */
    private static final Map<String, Integer> DIGITAL_LINK_KEYS = Map.ofEntries(Map.entry("01", 1), Map.entry("00", 1),
            Map.entry("8006", 1), Map.entry("8003", 1), Map.entry("414", 0), Map.entry("417", 0), Map.entry("253", 0),
            Map.entry("255", 0), Map.entry("8004", 0), Map.entry("8018", 0), Map.entry("8017", 0), Map.entry("401", 0),
            Map.entry("402", 0), Map.entry("8010", 0));
    /**
     * GS1 Digital Link 1.0/1.1 short names of those keys: deprecated since 1.2, but still written by
     * tools (the CBV 2.0 §8.9 hash maps them to AIs too), and the same key whichever way it is spelt.
     */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("gtin", "01"), Map.entry("sscc", "00"),
            Map.entry("itip", "8006"), Map.entry("grai", "8003"), Map.entry("gln", "414"), Map.entry("party", "417"),
            Map.entry("gdti", "253"), Map.entry("gcn", "255"), Map.entry("giai", "8004"), Map.entry("gsrn", "8018"),
            Map.entry("gsrnp", "8017"), Map.entry("ginc", "401"), Map.entry("gsin", "402"), Map.entry("cpid", "8010"));
    private static final Pattern DIGITAL_LINK = Pattern.compile("https://[^/]+(?:/.*?)??/(\\d{2,4}|[a-z]{3,5})/(\\d{7,30})(?:/.*)?");

    private LotNamespaces() {}

    /** Every namespace that would own {@code lot}; empty when the lot has no namespace Trazo can tell. */
    public static List<String> candidates(String lot) {
        if (lot.startsWith(TRAZO_LOT)) {
            int colon = lot.indexOf(':', TRAZO_LOT.length());
            return colon < 0 ? List.of() : List.of(lot.substring(0, colon));
        }
        Matcher epc = EPC.matcher(lot);
        if (epc.matches()) {
            return GS1_EPC_SCHEMES.contains(epc.group(1)) ? List.of(GS1 + epc.group(2)) : List.of();
        }
        Matcher link = DIGITAL_LINK.matcher(lot);
        String key = link.matches() ? SHORT_NAMES.getOrDefault(link.group(1), link.group(1)) : "";
        if (DIGITAL_LINK_KEYS.containsKey(key)) {
            String digits = link.group(2).substring(DIGITAL_LINK_KEYS.get(key));
            List<String> out = new ArrayList<>();
            for (int n = MIN_PREFIX; n <= Math.min(MAX_PREFIX, digits.length()); n++) {
                out.add(GS1 + digits.substring(0, n));
            }
            return out;
        }
        return List.of();
    }

    /** The private namespace an actor owns by its name: {@code urn:trazo:actor:NAME} owns {@code urn:trazo:lot:NAME}. */
    public static String ownNamespace(String actorId) {
        return TRAZO_LOT + actorId.substring(actorId.lastIndexOf(':') + 1);
    }
}
