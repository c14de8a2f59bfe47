package io.trazo.ledger.chain;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.registry.LotOwnership;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Per-lot hash chains (docs/protocol.md §11). A record that touches a lot with history MUST link to
 * that lot's head; a record MUST NOT link a lot it does not touch. Chains of different lots join
 * where one event touches several lots (a merge, a split, an aggregation), so the links form a DAG.
 *
 * <p>{@link #judge} is the one link rule, in §11's order, that both the offline verifier and the
 * append path apply, so that they give the same code for the same link.
 */
public final class LinkChecks {

    private LinkChecks() {}

    /** What the verifier knows of the record a link names. */
    public enum Target {
        /** Not an accepted record: absent, still pending, or (offline) refused. */
        UNKNOWN,
        /** An accepted record that is not where the lot's chain continues: not its head, or not touching the lot. */
        NOT_HEAD,
        /** The record the lot's chain continues from. */
        HEAD
    }

    /**
     * One result per touched lot, then one per link to an untouched lot.
     *
     * @param accepted whether a record hash names a record already accepted (offline: by this verifier, in this set)
     */
    public static List<LinkResult> check(SignedRecord record, Set<String> touchedLots, LotHeads heads, Predicate<Digest> accepted) {
        Map<String, Digest> links = new HashMap<>();
        for (Link l : record.links()) {
            links.put(l.lot(), l.prev());
        }
        List<LinkResult> results = new ArrayList<>();
        for (String lot : touchedLots) {
            Optional<Digest> expected = heads.head(lot);
            Optional<Digest> prev = Optional.ofNullable(links.remove(lot));
            Target target = prev.map(p -> !accepted.test(p) ? Target.UNKNOWN
                    : expected.equals(prev) ? Target.HEAD : Target.NOT_HEAD).orElse(Target.UNKNOWN);
            results.add(new LinkResult(lot, prev, expected, judge(lot, prev, expected.isPresent(), target)));
        }
        links.forEach((lot, prev) -> results.add(new LinkResult(lot, Optional.of(prev), Optional.empty(), Optional.of(untouched(lot)))));
        return results;
    }

    /**
     * The link rule of §11, in its order: a lot with history needs a link ({@code LINK_MISSING}); a link
     * to a record that is not accepted is {@code LINK_TARGET_MISSING}, whatever the lot's head; a link to
     * an accepted record the chain does not continue from is {@code FORK}, also for a lot without history.
     *
     * @param target ignored when {@code prev} is empty
     */
    public static Optional<LinkFailure> judge(String lot, Optional<Digest> prev, boolean lotHasHistory, Target target) {
        if (prev.isEmpty()) {
            return lotHasHistory ? Optional.of(new LinkFailure(ReasonCode.LINK_MISSING,
                    "lot " + lot + " has history but the record does not link to its head")) : Optional.empty();
        }
        return switch (target) {
            case UNKNOWN -> Optional.of(new LinkFailure(ReasonCode.LINK_TARGET_MISSING,
                    "record links lot " + lot + " to " + prev.get() + ", which is not an accepted record"));
            case NOT_HEAD -> Optional.of(new LinkFailure(ReasonCode.FORK,
                    "record links lot " + lot + " to " + prev.get() + ", which is not where the lot's chain continues"));
            case HEAD -> Optional.empty();
        };
    }

    /**
     * Lot owners (§11, v2): a v2 record that opens {@code lot} (no link, no history) needs the lot's
     * namespace to be its actor's at the record's time. v1 records are never checked, so they keep their verdicts.
     */
    public static Optional<LinkFailure> ownership(SignedRecord record, String lot, RegistryView registry) {
        if (record.version() == ProtocolVersion.V1) {
            return Optional.empty();
        }
        return LotOwnership.refusal(lot, record.actor(), record.time(), registry)
                .map(why -> new LinkFailure(ReasonCode.LOT_NOT_OWNED, why));
    }

    /** A link to a lot the record's event does not touch; checked after every touched lot. */
    public static LinkFailure untouched(String lot) {
        return new LinkFailure(ReasonCode.LINK_UNTOUCHED_LOT, "record links lot " + lot + ", which its event does not touch");
    }

    public record LinkResult(String lot, Optional<Digest> prev, Optional<Digest> expected, Optional<LinkFailure> failure) {}

    public record LinkFailure(ReasonCode code, String message) {}
}
