package io.trazo.ingest.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.append.audit.AuditReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the store audit's position was in memory only, so every restart sent it back to leaf 0 (on
 * a million records, 35 minutes at the default rate before the end of the log is checked again). Two
 * ingest instances in turn on one database of the Mongo-wire stand-in: the second resumes the pass at
 * the leaf where the first stopped, through ledger-mongo's {@code log_audit} cursor, and ends it clean.
 * Steps of 5 records, taken by hand.
 */
class LogAuditResumeTest {

    @Test
    void aRestartedInstanceResumesTheAuditPassWhereTheLastOneStopped() {
        try (IngestRig rig = new IngestRig()) {
            Map<String, Object> log = Map.of("trazo.log.enabled", "true", "trazo.log.origin", LogFixture.ORIGIN, "trazo.log.interval", "1h",
                    "trazo.log.instance", "test-instance", "trazo.log.signer-key", SequencerWiringTest.signerKey(),
                    "trazo.log.audit.enabled", "false", "trazo.log.audit.records-per-second", "5", "trazo.log.audit.interval", "1s");
            try (IngestInstance first = IngestInstance.start(rig, log)) {
                LogFixture.append(first.store(), LogFixture.JOURNEY);
                first.context().getBean(SequencerRunner.class).round();
                LogAuditRunner runner = first.context().getBean(LogAuditRunner.class);
                runner.step();
                runner.step();
                assertThat(runner.lastReport().orElseThrow().leavesAudited()).isEqualTo(10);
            }
            try (IngestInstance second = IngestInstance.start(rig, log)) {
                LogAuditRunner runner = second.context().getBean(LogAuditRunner.class);
                runner.step();
                assertThat(runner.lastReport().orElseThrow().leavesAudited()).as("resumed at leaf 10, then 5 more").isEqualTo(15);
                AuditReport report = runner.lastReport().orElseThrow();
                while (!report.complete()) {
                    runner.step();
                    report = runner.lastReport().orElseThrow();
                }
                assertThat(report.clean()).isTrue();
                assertThat(report.leavesAudited()).as("the records and the checkpoint's map-root leaf").isEqualTo(LogFixture.JOURNEY.size() + 1);
                assertThat(runner.alarm()).isEmpty();
            }
        }
    }
}
