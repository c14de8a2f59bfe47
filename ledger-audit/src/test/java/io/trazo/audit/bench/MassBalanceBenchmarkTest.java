package io.trazo.audit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.audit.PeriodBalance;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Verifier;
import io.trazo.demo.DemoParties;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark at a small size: its generated year is a ledger the verifier accepts, and the audit finds it clean. */
class MassBalanceBenchmarkTest {

    @Test
    void aSmallYearVerifiesAuditsCleanAndItsCooperativeBalanceAddsUp() {
        List<byte[]> year = YearOfRecords.generate(12, 5, 1);
        List<byte[]> later = YearOfRecords.later(year, 12, 6, 2);
        List<byte[]> all = new java.util.ArrayList<>(year);
        all.addAll(later);
        var report = new Verifier(TrustRoot.of(new DemoParties().governance().publicKey()), RolePolicy.standard()).verify(all);
        assertThat(report.failures()).as("%s", report.failures().stream().limit(3).map(r -> r.reason()).toList()).isEmpty();
        // 4 registry records per party (actor, key; plot and certificate for each farm) and 2 per delivery
        assertThat(year.stream().filter(w -> RecordCodec.parse(w).type() != RecordType.EVENT)).hasSize(4 * 2 + 12 * 4);

        MassBalanceBenchmark.Result r = MassBalanceBenchmark.run(12, 5, 6, 1);
        assertThat(r.records()).as("registry, 2 per delivery, 4 per milling day").isGreaterThan(4 * 2 + 12 * 4 + 12 * 5 * 2);
        assertThat(r.fold().findings()).isEmpty();
        // the cooperative: every delivery is an organic input, every day's cherry is milled, every parchment handed on
        BigDecimal cherryIn = BigDecimal.ZERO;
        for (PeriodBalance b : r.balances()) {
            assertThat(b.errors()).isEmpty();
            if (b.form().equals("cherry")) {
                cherryIn = cherryIn.add(b.inputsKg());
            }
        }
        assertThat(cherryIn).isPositive();
        // a day milled late on the last of a quarter is handed on after midnight UTC, in the next quarter: only the year closes at zero
        List<PeriodBalance> parchment = r.balances().stream().filter(b -> b.form().equals("parchment")).toList();
        assertThat(parchment.get(parchment.size() - 1).closingKg()).isEqualByComparingTo("0");
        assertThat(parchment.stream().map(PeriodBalance::conversionInKg).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(parchment.stream().map(PeriodBalance::outputsKg).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(r.incrementalMaxUs()).isPositive();
    }
}
