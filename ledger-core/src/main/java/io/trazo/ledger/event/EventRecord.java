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

    /**
     * The lots a claim covers (docs/protocol.md §8.1): the ones it lists, or every lot the event
     * touches when it lists none, so a harvest's claim covers the harvested lot.
     */
    public List<String> claimedLots(ClaimRef claim) {
        return claim.lots().isEmpty() ? List.copyOf(event.lots()) : claim.lots();
    }

    /**
     * A claim on some of the event's lots; an empty {@code lots} means every lot the event touches
     * (docs/protocol.md §8.1), which {@link #claimedLots} resolves.
     */
    public record ClaimRef(Digest certificate, List<String> lots) {
        public ClaimRef {
            lots = List.copyOf(lots);
        }
    }

    /** A trade document known by its SHA-256 digest: bill of lading, certificate of origin, phytosanitary certificate… */
    public record DocumentRef(String type, String id, Digest sha256) {}
}
