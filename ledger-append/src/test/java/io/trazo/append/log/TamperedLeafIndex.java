package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test kit: a leaf index with one entry replaced, as an attacker with write access to the store would leave it. */
public final class TamperedLeafIndex {

    private TamperedLeafIndex() {}

    public static LeafIndexReader replacing(LeafIndexReader real, long leaf, LeafEntry entry) {
        return new LeafIndexReader() {
            @Override
            public Optional<Long> indexOf(Digest record) {
                return real.indexOf(record);
            }

            @Override
            public Optional<Digest> recordAt(long leafIndex) {
                return real.recordAt(leafIndex);
            }

            @Override
            public List<LeafEntry> entries(long from, int count) {
                List<LeafEntry> found = new ArrayList<>(real.entries(from, count));
                if (leaf >= from && leaf < from + found.size()) {
                    found.set((int) (leaf - from), entry);
                }
                return found;
            }
        };
    }
}
