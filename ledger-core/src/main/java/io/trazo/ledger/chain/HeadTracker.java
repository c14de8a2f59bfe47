package io.trazo.ledger.chain;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lot heads held in memory, for tools that build records in order (the CLI, the demo, tests). */
public final class HeadTracker implements LotHeads {

    private final Map<String, Digest> heads = new HashMap<>();

    @Override
    public Optional<Digest> head(String lot) {
        return Optional.ofNullable(heads.get(lot));
    }

    /** The links a new record touching {@code lots} must carry: one per lot that already has history. */
    public List<Link> linksFor(Collection<String> lots) {
        List<Link> links = new ArrayList<>();
        for (String lot : lots) {
            head(lot).ifPresent(h -> links.add(new Link(lot, h)));
        }
        return links;
    }

    public void advance(Collection<String> lots, Digest recordHash) {
        lots.forEach(lot -> heads.put(lot, recordHash));
    }
}
