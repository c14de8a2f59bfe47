package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.chain.HeadTracker;
import io.trazo.ledger.chain.LinkChecks;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.Registry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exhaustive: for chosen golden records, every single-byte change at every position, three ways,
 * must make the record fail verification in the context where the original passes.
 */
class EveryByteMattersTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final int[] FLIPS = {0x01, 0x20, 0x80};
    private final RecordVerifier verifier = new RecordVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    static Stream<Arguments> goldenRecords() {
        return Stream.of(
                Arguments.of("a governance key registration", indexOf(RecordType.KEY, 0)),
                Arguments.of("the co-signed export shipment", indexOfText("bill_of_lading")),
                Arguments.of("the merge at the wet mill", indexOfText("wet_milling")),
                Arguments.of("the retail sale", JOURNEY.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenRecords")
    void everySingleByteChangeBreaksVerification(String name, int index) {
        Registry registry = new Registry();
        HeadTracker heads = new HeadTracker();
        for (int i = 0; i < index; i++) {
            apply(RecordCodec.parse(JOURNEY.get(i)), registry, heads);
        }
        byte[] original = JOURNEY.get(index);
        assertThat(verifies(original, registry, heads)).as("the original verifies").isTrue();
        int tried = 0;
        for (int pos = 0; pos < original.length; pos++) {
            for (int flip : FLIPS) {
                byte[] mutated = original.clone();
                mutated[pos] ^= (byte) flip;
                assertThat(verifies(mutated, registry, heads))
                        .as("%s: byte %d ^ 0x%02x ('%c' -> '%c')", name, pos, flip, (char) original[pos], (char) mutated[pos])
                        .isFalse();
                tried++;
            }
        }
        assertThat(tried).isEqualTo(original.length * FLIPS.length);
    }

    private boolean verifies(byte[] wire, Registry registry, HeadTracker heads) {
        CheckedRecord checked = verifier.check(0, wire, registry);
        if (!checked.report().ok()) {
            return false;
        }
        // every linked record counts as accepted: a link that is not the head is then a FORK, still a failure
        return LinkChecks.check(checked.record().orElseThrow(), checked.lots(), heads, h -> true).stream()
                .allMatch(r -> r.failure().isEmpty());
    }

    private static void apply(SignedRecord r, Registry registry, HeadTracker heads) {
        switch (r.type()) {
            case ACTOR -> registry.add(RegistryRecords.actor(r));
            case KEY -> registry.add(RegistryRecords.key(r));
            case REVOCATION -> registry.add(RegistryRecords.revocation(r));
            case EVENT -> heads.advance(EventRecords.read(r).event().lots(), r.hash());
            default -> { }
        }
    }

    private static int indexOf(RecordType type, int nth) {
        return IntStream.range(0, JOURNEY.size()).filter(i -> RecordCodec.parse(JOURNEY.get(i)).type() == type)
                .skip(nth).findFirst().orElseThrow();
    }

    private static int indexOfText(String text) {
        return IntStream.range(0, JOURNEY.size())
                .filter(i -> new String(JOURNEY.get(i), java.nio.charset.StandardCharsets.UTF_8).contains(text))
                .findFirst().orElseThrow();
    }
}
