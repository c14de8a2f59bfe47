package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The append path and the offline verifier give a link the same code (docs/protocol.md §11: missing
 * target before fork). An independent verifier found them disagreeing both ways before they shared one rule.
 */
class SharedLinkRuleTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot TRUST_ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "link-to-unknown-record, LINK_TARGET_MISSING, Deferred",
        "new-lot-linked-to-known-record, FORK, Rejected",
        "swapped-link, FORK, Rejected"})
    void ingestAndTheOfflineVerifierAgreeOnALinksCode(String mutation, ReasonCode code, String outcome) throws IOException {
        byte[] wire = mutation(mutation);
        List<byte[]> before = JOURNEY.subList(0, JOURNEY.size() - 1);

        List<byte[]> set = new ArrayList<>(before);
        set.add(wire);
        ReasonCode offline = new Verifier(TRUST_ROOT, RolePolicy.standard()).verify(set).records().get(set.size() - 1)
                .reason().map(Finding::code).orElseThrow();

        Appender appender = new Appender(new InMemoryLedgerStore(), TRUST_ROOT, RolePolicy.standard());
        before.forEach(appender::append);
        AppendOutcome ingest = appender.append(wire);

        assertThat(offline).isEqualTo(code);
        assertThat(ingest.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(ingest).satisfiesAnyOf(
                o -> assertThat(o).isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(code)),
                o -> assertThat(o).isInstanceOfSatisfying(AppendOutcome.Deferred.class, d -> assertThat(d.code()).isEqualTo(code)));
    }

    private static byte[] mutation(String name) throws IOException {
        try (InputStream in = SharedLinkRuleTest.class.getResourceAsStream("/vectors/protocol/invalid/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
