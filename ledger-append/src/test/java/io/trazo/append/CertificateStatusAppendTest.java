package io.trazo.append;

import static io.trazo.append.CertificateStatusFixtures.laterCertificate;
import static io.trazo.append.CertificateStatusFixtures.rivalRegistration;
import static io.trazo.append.CertificateStatusFixtures.rivalSuspension;
import static io.trazo.append.CertificateStatusFixtures.suspension;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The append path applies the certificate_status signer rule of docs/protocol.md §8.7 as the offline
 * verifier does: another certifier is refused at once, a certificate not yet in the ledger is waited
 * for, one at a time and in a batch alike.
 */
class CertificateStatusAppendTest {

    private static final byte[] JOURNEY_CERTIFICATE = CoffeeJourney.records().stream()
            .filter(w -> RecordCodec.parse(w).type() == RecordType.CERTIFICATE).findFirst().orElseThrow();

    private Appender appender;

    @BeforeEach
    void journeyAndARivalCertifier() {
        appender = new Appender(new InMemoryLedgerStore(), TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        CoffeeJourney.records().forEach(appender::append);
        rivalRegistration().forEach(r -> assertThat(appender.append(r)).as("setup").isInstanceOf(AppendOutcome.Accepted.class));
    }

    @Test
    void theIssuingCertifiersSuspensionIsAccepted() {
        assertThat(appender.append(suspension(JOURNEY_CERTIFICATE))).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void anotherCertifiersSuspensionIsRejectedAtOnce() {
        assertThat(appender.append(rivalSuspension(JOURNEY_CERTIFICATE))).isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.CERTIFICATE_STATUS_WRONG_CERTIFIER);
            assertThat(r.path()).isEqualTo("/body/certificate");
        });
        assertThat(appender.appendAll(List.of(rivalSuspension(JOURNEY_CERTIFICATE)))).singleElement()
                .isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(ReasonCode.CERTIFICATE_STATUS_WRONG_CERTIFIER));
    }

    @Test
    void aStatusWhoseCertificateIsNotInTheLedgerWaitsForIt() {
        byte[] status = suspension(laterCertificate());
        assertThat(appender.append(status)).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.UNKNOWN_CERTIFICATE));
        assertThat(appender.append(laterCertificate())).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(appender.append(status)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void inOneBatchTheCertificateIsAcceptedBeforeItsStatusIsJudged() {
        List<AppendOutcome> outcomes = appender.appendAll(List.of(suspension(laterCertificate()), laterCertificate(),
                rivalSuspension(laterCertificate())));
        assertThat(outcomes.get(0)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(outcomes.get(1)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(outcomes.get(2)).isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ReasonCode.CERTIFICATE_STATUS_WRONG_CERTIFIER));
    }
}
