package io.trazo.ledger.event;

import io.trazo.ledger.crypto.Digest;
import java.util.List;

/**
 * The body of an event record: the EPCIS event, its CBV 2.0 event hash ID, the ESG claims it carries
 * (references to certificate records) and digests of the trade documents that go with it.
 */
public record EventRecord(EpcisEvent event, String eventId, List<ClaimRef> claims, List<DocumentRef> documents) {

    public EventRecord {
        claims = List.copyOf(claims);
        documents = List.copyOf(documents);
    }

    /** A claim on some of the event's lots (all of its output lots when {@code lots} is empty). */
    public record ClaimRef(Digest certificate, List<String> lots) {
        public ClaimRef {
            lots = List.copyOf(lots);
        }
    }

    /** A trade document known by its SHA-256 digest: bill of lading, certificate of origin, phytosanitary certificate… */
    public record DocumentRef(String type, String id, Digest sha256) {}
}
