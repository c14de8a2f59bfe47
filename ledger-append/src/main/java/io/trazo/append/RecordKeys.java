package io.trazo.append;

import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Kafka key a producer gives a record on the records topic, so that records that must be
 * appended in order share a partition (docs/operations.md §Ingest, partitioning):
 * <ul>
 *   <li>an event: its primary lot, the lexically smallest lot URI it touches (a merge or split touches
 *       several; its other lots may live on other partitions, and the append protocol defers the event
 *       until their predecessors are in); a lot-less observation (docs/protocol.md §9.2), which joins
 *       no chain and so has nothing to be ordered behind: its actor;
 *   <li>an actor registration: the actor id; a key registration: the actor it belongs to, so it
 *       follows its actor; a revocation: the key id;
 *   <li>a certificate or a plot: its actor.
 * </ul>
 * Bytes that are not a readable record get no key: ingest rejects them wherever they land.
 */
public final class RecordKeys {

    private RecordKeys() {}

    public static Optional<String> keyOf(byte[] wire) {
        try {
            return Optional.of(keyOf(RecordCodec.parse(wire)));
        } catch (RecordException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String keyOf(SignedRecord record) {
        return switch (record.type()) {
            case EVENT -> {
                TreeSet<String> lots = new TreeSet<>(EventRecords.read(record).event().lots());
                yield lots.isEmpty() ? record.actor() : lots.first();
            }
            case ACTOR -> RegistryRecords.actor(record).id();
            case KEY -> RegistryRecords.key(record).actor();
            case REVOCATION -> RegistryRecords.revocation(record).keyId().value();
            // a grant goes with its delegate, so it reaches ingest in order with the delegate's actor record
            case DELEGATION -> RegistryRecords.delegation(record).delegate();
            case CERTIFICATE, PLOT, CERTIFICATE_STATUS, AUDIT_REPORT, LOCATION -> record.actor();
        };
    }
}
