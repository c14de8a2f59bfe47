package io.trazo.ledger.record;

import java.util.regex.Pattern;

/**
 * The identifier forms a record may use (docs/protocol.md §Identifiers).
 *
 * <p>Lots and other objects are EPC or EPC-class URIs ({@code urn:epc:id:…}, {@code urn:epc:class:…}),
 * GS1 Digital Link URIs, or, for growers without a GS1 company prefix, Trazo's private scheme
 * {@code urn:trazo:lot:<actor-name>:<local-id>}. Actors are {@code urn:trazo:actor:<name>}.
 */
public final class Identifiers {

    public static final String GOVERNANCE_ACTOR = "urn:trazo:governance";

    private static final String NAME = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    public static final Pattern ACTOR = Pattern.compile("urn:trazo:actor:" + NAME);
    public static final Pattern PLOT = Pattern.compile("urn:trazo:plot:" + NAME + ":[A-Za-z0-9._~-]{1,64}");
    public static final Pattern LOT = Pattern.compile(
            "urn:epc:(?:id|class|idpat):[a-z0-9]+:[A-Za-z0-9.*%:_!'()+,;=-]{1,200}"
                    + "|https://[a-z0-9.-]{1,253}(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]{1,100}){2,12}"
                    + "|urn:trazo:lot:" + NAME + ":[A-Za-z0-9._~-]{1,64}");
    public static final Pattern EVENT_HASH_ID = Pattern.compile("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");

    private Identifiers() {}

    /** Whether {@code s} matches {@link #ACTOR}, decided without running the regex. */
    public static boolean isActor(String s) {
        return IdentifierForms.isActor(s);
    }

    /** Whether {@code s} matches {@link #EVENT_HASH_ID}, decided without running the regex. */
    public static boolean isEventHashId(String s) {
        return IdentifierForms.isEventHashId(s);
    }

    /** Whether {@code s} matches {@link #LOT}, decided without running the regex. */
    public static boolean isLot(String s) {
        return LotForm.matches(s);
    }
}
