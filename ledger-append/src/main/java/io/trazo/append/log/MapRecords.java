package io.trazo.append.log;

import io.trazo.ledger.record.RecordType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which records the status map reads (docs/protocol.md §20): those that register actors and keys, revoke
 * keys, issue or change certificates, and delegate lot namespaces. One definition for the sequencer, its
 * replay at start and {@code trazo monitor --replay}, so all three feed the map the same records.
 */
public final class MapRecords {

    private static final Set<RecordType> FED = EnumSet.of(RecordType.ACTOR, RecordType.KEY, RecordType.REVOCATION,
            RecordType.CERTIFICATE, RecordType.CERTIFICATE_STATUS, RecordType.DELEGATION);

    private MapRecords() {}

    public static boolean feeds(RecordType type) {
        return FED.contains(type);
    }

    /** By wire name, before a record is parsed: the sequencer reads the type member and parses only these. */
    public static boolean feeds(String wireType) {
        return RecordType.fromWire(wireType).map(FED::contains).orElse(false);
    }
}
