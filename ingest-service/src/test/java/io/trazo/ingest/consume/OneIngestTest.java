package io.trazo.ingest.consume;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import org.junit.jupiter.api.AfterEach;

/**
 * A test that runs one ingest instance against its own broker topics and stand-in database, and reads
 * receipts with a probe: the rig, the probe and the instance are closed after each test, instance first,
 * so nothing a test starts outlives it.
 */
abstract class OneIngestTest {

    protected final IngestRig rig = new IngestRig();
    protected final IngestProbe probe = new IngestProbe(rig);
    /** Set by the test once it has started the instance with the settings it needs. */
    protected IngestInstance ingest;

    @AfterEach
    void closeIngestProbeAndRig() {
        if (ingest != null) {
            ingest.close();
        }
        probe.close();
        rig.close();
    }
}
