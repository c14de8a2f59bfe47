package io.trazo.ledger.event;

import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How protocol v2 reads a CBV-valued member — {@code bizStep}, {@code disposition}, a source or
 * destination {@code type} — into one full IRI (docs/protocol.md §9.2, "Vocabulary"). The spellings
 * GS1 tools write all mean the same value: the bare term ({@code shipping}), the CBV 1.x URN
 * ({@code urn:epcglobal:cbv:bizstep:shipping}), a compact IRI with a prefix the event or the EPCIS
 * context declares ({@code cbv:BizStep-shipping}), and the Web URI in either scheme. A value in the
 * CBV namespace must be a CBV 2.0 value; anything else must be an absolute URI of its own vocabulary.
 */
final class CbvValues {

    static final String CBV_NAMESPACE = "https://ref.gs1.org/cbv/";
    private static final String CBV_HTTP = "http://ref.gs1.org/cbv/";
    private static final Pattern HTTPS_URI = Pattern.compile("https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?/[!-~]{0,400}");
    private static final Pattern HTTP_URI = Pattern.compile("http://[A-Za-z0-9.-]+(?::[0-9]{1,5})?/[!-~]{0,400}");
    private static final Pattern URN = Pattern.compile("urn:[a-z0-9][a-z0-9-]{0,31}:[!-~]{1,400}");

    /** Which kinds of URI outside CBV a member admits. */
    enum Custom {
        /** https, http or URN: business steps and source/destination types name the exporter's own vocabulary. */
        ANY_URI,
        /** https only: a disposition outside CBV must be a dereferenceable, authenticated name. */
        HTTPS_ONLY
    }

    private final String contextPath;
    private final String urnPrefix;
    private final Custom custom;

    private CbvValues(String contextPath, String urnPrefix, Custom custom) {
        this.contextPath = contextPath;
        this.urnPrefix = urnPrefix;
        this.custom = custom;
    }

    static final CbvValues BIZ_STEP = new CbvValues("bizStep", "urn:epcglobal:cbv:bizstep:", Custom.ANY_URI);
    static final CbvValues DISPOSITION = new CbvValues("disposition", "urn:epcglobal:cbv:disp:", Custom.HTTPS_ONLY);
    static final CbvValues SOURCE_TYPE = new CbvValues("sourceList/type", "urn:epcglobal:cbv:sdt:", Custom.ANY_URI);
    static final CbvValues DESTINATION_TYPE = new CbvValues("destinationList/type", "urn:epcglobal:cbv:sdt:", Custom.ANY_URI);
    /** Like {@link #DISPOSITION}: a persistent disposition is a disposition that stays until unset. */
    static final CbvValues PERSISTENT_SET = new CbvValues("persistentDisposition/set", "urn:epcglobal:cbv:disp:", Custom.HTTPS_ONLY);
    static final CbvValues PERSISTENT_UNSET = new CbvValues("persistentDisposition/unset", "urn:epcglobal:cbv:disp:", Custom.HTTPS_ONLY);
    /** Like a source type: GS1's own application standards name business transaction types by URN. */
    static final CbvValues BIZ_TRANSACTION_TYPE = new CbvValues("bizTransactionList/type", "urn:epcglobal:cbv:btt:", Custom.ANY_URI);

    /**
     * The full IRI of {@code raw}.
     *
     * @throws RecordException {@link ReasonCode#UNKNOWN_CBV_VALUE} at {@code path} if it is not one
     */
    String normalise(String raw, JsonContext context, String path) {
        Map<String, String> terms = CbvVocabulary.epcis20().terms(contextPath);
        if (terms.containsKey(raw)) {
            return terms.get(raw);
        }
        if (raw.startsWith(urnPrefix)) {
            String term = terms.get(raw.substring(urnPrefix.length()));
            if (term == null) {
                throw unknown(raw, path, "names no CBV 2.0 value");
            }
            return term;
        }
        String iri = expandPrefix(raw, context);
        if (iri.startsWith(CBV_HTTP)) {
            iri = CBV_NAMESPACE + iri.substring(CBV_HTTP.length());
        }
        if (iri.startsWith(CBV_NAMESPACE)) {
            if (!terms.containsValue(iri)) {
                throw unknown(raw, path, "is in the CBV namespace but is not a CBV 2.0 " + contextPath + " value");
            }
            return iri;
        }
        boolean uri = HTTPS_URI.matcher(iri).matches()
                || custom == Custom.ANY_URI && (HTTP_URI.matcher(iri).matches() || URN.matcher(iri).matches());
        if (!uri) {
            throw unknown(raw, path, custom == Custom.HTTPS_ONLY
                    ? "is neither a CBV 2.0 value nor an https URI"
                    : "is neither a CBV 2.0 value nor a URI (prefixes must be declared in the event's @context)");
        }
        return iri;
    }

    private static String expandPrefix(String raw, JsonContext context) {
        int colon = raw.indexOf(':');
        if (colon <= 0 || raw.startsWith("//", colon + 1)) {
            return raw;
        }
        String prefix = raw.substring(0, colon);
        Optional<String> namespace = context.namespace(prefix)
                .or(() -> CbvVocabulary.epcis20().standardNamespace(prefix));
        return namespace.map(ns -> ns + raw.substring(colon + 1)).orElse(raw);
    }

    private static RecordException unknown(String raw, String path, String why) {
        return new RecordException(ReasonCode.UNKNOWN_CBV_VALUE, path, "\"" + raw + "\" " + why);
    }
}
