package io.trazo.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import java.util.Map;

/**
 * A record for reading. {@code wire} is the exact signed bytes (base64url): verify those, not the
 * decoded fields, which are a convenience. Every record served has passed the store's record-hash
 * check; {@code logLeaf}, given for a record asked for by hash, says whether its whole bytes were also
 * checked against its log leaf ({@code matched}) or are newer than the latest checkpoint
 * ({@code not-yet-logged}), so only the record hash, which leaves out the signatures, vouches for them.
 */
record RecordView(String hash, String type, String state, Long position, String actor, String counterparty, String time,
        Map<String, Long> lots, List<LinkView> links, List<String> signedBy, Object body, String wire,
        @JsonInclude(JsonInclude.Include.NON_NULL) String logLeaf) {

    record LinkView(String lot, String prev) {}

    static RecordView of(StoredRecord stored) {
        SignedRecord r = RecordCodec.parse(stored.wire());
        return new RecordView(stored.hash().hex(), r.type().wire(), stored.state().name(),
                stored.position().isPresent() ? stored.position().getAsLong() : null, r.actor(), r.counterparty().orElse(null),
                r.time().toString(), stored.lotPositions(), r.links().stream().map(l -> new LinkView(l.lot(), l.prev().hex())).toList(),
                r.signatures().stream().map(s -> s.keyId().value()).toList(), JsonValues.plain(r.body()), Base64Url.encode(stored.wire()),
                null);
    }

    RecordView withLogLeaf(String outcome) {
        return new RecordView(hash, type, state, position, actor, counterparty, time, lots, links, signedBy, body, wire, outcome);
    }
}
