package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.trazo.ledger.chain.LinkChecks;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.StoreRegistry;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the record reader and verifier, seeded with the journey and the named
 * mutations. Normal test runs replay the corpus under {@code RecordFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes. Findings land in the same folders and stay as regression inputs.
 */
class RecordFuzzTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final byte[] SALE = JOURNEY.get(JOURNEY.size() - 1);
    private static final InMemoryLedgerStore STORE = new InMemoryLedgerStore();
    private static final RecordVerifier VERIFIER = new RecordVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    static {
        Appender appender = new Appender(STORE, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        JOURNEY.subList(0, JOURNEY.size() - 1).forEach(appender::append);
    }

    /** Whatever the bytes, verification returns a report; it never throws. */
    @FuzzTest(maxDuration = "60s")
    void verifyingArbitraryBytesAlwaysYieldsAReport(byte[] data) {
        CheckedRecord checked = VERIFIER.check(0, data, new StoreRegistry(STORE));
        assertThat(checked.report()).isNotNull();
        if (checked.report().ok()) {
            assertThat(checked.record()).isPresent();
        } else {
            assertThat(checked.report().findings()).allSatisfy(f -> assertThat(f.code()).isNotNull());
        }
    }

    /**
     * Edits to a valid record: if the result still verifies, links included, it must be the same
     * record up to JSON formatting (its canonical form is unchanged).
     */
    @FuzzTest(maxDuration = "60s")
    void anEditedRecordThatStillVerifiesIsTheSameRecord(FuzzedDataProvider data) {
        byte[] edited = SALE.clone();
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edited[data.consumeInt(0, edited.length - 1)] = data.consumeByte();
        }
        CheckedRecord checked = VERIFIER.check(0, edited, new StoreRegistry(STORE));
        boolean verifies = checked.report().ok() && LinkChecks.check(checked.record().orElseThrow(), checked.lots(),
                lot -> STORE.head(lot).map(h -> h.record()), h -> STORE.record(h).isPresent()).stream().allMatch(r -> r.failure().isEmpty());
        if (verifies) {
            JsonValue original = StrictJson.parseRecord(SALE);
            assertThat(Jcs.canonicalize(RecordCodec.parse(edited).json())).isEqualTo(Jcs.canonicalize(original));
        } else {
            assertThat(Arrays.equals(edited, SALE)).isFalse();
        }
    }
}
