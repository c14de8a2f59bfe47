package io.trazo.mongo.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.audit.AuditCursor;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.mongo.MongoTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store audit's cursor survives a restart exactly: what is loaded is what was saved, the last save wins, and clear forgets. */
class MongoAuditCursorStoreTest {

    @Test
    void theLastSavedCursorIsLoadedWholeAndClearForgetsIt() {
        MongoAuditCursorStore store = new MongoAuditCursorStore(MongoTarget.shared().freshDatabase("audit-cursor-"));
        assertThat(store.load()).isEmpty();
        AuditCursor first = cursor(300);
        AuditCursor second = cursor(513);
        store.save(first);
        store.save(second);
        assertThat(store.load()).contains(second);
        store.clear();
        assertThat(store.load()).isEmpty();
    }

    /** A cursor shaped as the audit writes it at {@code leaves}: level l holds the digits of leaves in base 256. */
    private static AuditCursor cursor(long leaves) {
        List<AuditCursor.Level> levels = new ArrayList<>();
        long rest = leaves;
        for (int level = 0; level < 8; level++) {
            List<TreeHash> hashes = new ArrayList<>();
            for (int i = 0; i < rest % 256; i++) {
                hashes.add(TreeHasher.leafHash(new byte[] {(byte) level, (byte) i}));
            }
            levels.add(new AuditCursor.Level(rest / 256, hashes));
            rest /= 256;
        }
        return new AuditCursor(leaves, leaves + 7, leaves + 40, levels);
    }
}
