package io.trazo.ledger.record;

/**
 * {@link Identifiers#ACTOR} and {@link Identifiers#EVENT_HASH_ID} decided by a scan: every record
 * checks its actor and every event record its event hash ID, and the regexes cost a
 * {@link java.util.regex.Matcher} and a walk through their nodes each time. Neither regex can match
 * in more than one way (fixed literals around runs of one class each), so the scan decides exactly
 * what it matches, as {@link LotForm} does for lots.
 */
final class IdentifierForms {

    private static final String ACTOR = "urn:trazo:actor:";
    private static final String NI = "ni:///sha-256;";
    private static final String CBV2 = "?ver=CBV2.0";
    private static final int SHA256_HEX = 64;
    private static final int MAX_NAME = 64;

    private IdentifierForms() {}

    /** {@code urn:trazo:actor:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?}. */
    static boolean isActor(String s) {
        int name = s.length() - ACTOR.length();
        if (name < 1 || name > MAX_NAME || !s.startsWith(ACTOR) || s.charAt(ACTOR.length()) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = ACTOR.length(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ni:///sha-256;[0-9a-f]{64}\?ver=CBV2\.0}. */
    static boolean isEventHashId(String s) {
        if (s.length() != NI.length() + SHA256_HEX + CBV2.length() || !s.startsWith(NI) || !s.endsWith(CBV2)) {
            return false;
        }
        for (int i = NI.length(); i < NI.length() + SHA256_HEX; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
