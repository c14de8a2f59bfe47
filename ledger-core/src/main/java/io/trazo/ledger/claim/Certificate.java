package io.trazo.ledger.claim;

import io.trazo.ledger.crypto.Digest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A certifier's signed statement that a subject holds an ESG claim for a window of time.
 *
 * @param volumeLimit the certified volume, if the scheme caps it (exact decimal and unit), for audits of over-selling
 */
public record Certificate(String certificateId, ClaimType claim, String standard, String issuer, Subject subject,
        String scope, Instant validFrom, Instant validUntil, Digest evidenceSha256, String evidenceMediaType,
        Optional<Volume> volumeLimit, Digest recordHash) {

    public boolean validAt(Instant t) {
        return !t.isBefore(validFrom) && t.isBefore(validUntil);
    }

    /** Who or what the claim is about: an actor, optionally narrowed to plots and lots. */
    public record Subject(String actor, List<String> plots, List<String> lots) {
        public Subject {
            plots = List.copyOf(plots);
            lots = List.copyOf(lots);
        }
    }

    public record Volume(String amount, String uom) {}
}
