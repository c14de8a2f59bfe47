package io.trazo.ledger.chain;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-lot hash chains (docs/protocol.md §Chains). A record that touches a lot with history MUST link
 * to that lot's head; a record MUST NOT link a lot it does not touch. Chains of different lots join
 * where one event touches several lots (a merge, a split, an aggregation), so the links form a DAG.
 */
public final class LinkChecks {

    private LinkChecks() {}

    /** One result per touched lot, then one per link to an untouched lot. */
    public static List<LinkResult> check(SignedRecord record, Set<String> touchedLots, LotHeads heads) {
        Map<String, Digest> links = new HashMap<>();
        for (Link l : record.links()) {
            links.put(l.lot(), l.prev());
        }
        List<LinkResult> results = new ArrayList<>();
        for (String lot : touchedLots) {
            Optional<Digest> expected = heads.head(lot);
            Optional<Digest> prev = Optional.ofNullable(links.remove(lot));
            results.add(new LinkResult(lot, prev, expected, judge(lot, prev, expected)));
        }
        links.forEach((lot, prev) -> results.add(new LinkResult(lot, Optional.of(prev), Optional.empty(),
                Optional.of(new LinkFailure(ReasonCode.LINK_UNTOUCHED_LOT, "record links lot " + lot + ", which its event does not touch")))));
        return results;
    }

    private static Optional<LinkFailure> judge(String lot, Optional<Digest> prev, Optional<Digest> expected) {
        if (expected.isPresent() && prev.isEmpty()) {
            return Optional.of(new LinkFailure(ReasonCode.LINK_MISSING,
                    "lot " + lot + " has history ending at " + expected.get() + " but the record does not link to it"));
        }
        if (expected.isPresent() && !expected.equals(prev)) {
            return Optional.of(new LinkFailure(ReasonCode.FORK,
                    "record links lot " + lot + " to " + prev.get() + " but the lot's head is " + expected.get()));
        }
        if (expected.isEmpty() && prev.isPresent()) {
            return Optional.of(new LinkFailure(ReasonCode.LINK_TARGET_MISSING,
                    "record links lot " + lot + " to " + prev.get() + ", which is not known"));
        }
        return Optional.empty();
    }

    public record LinkResult(String lot, Optional<Digest> prev, Optional<Digest> expected, Optional<LinkFailure> failure) {}

    public record LinkFailure(ReasonCode code, String message) {}
}
