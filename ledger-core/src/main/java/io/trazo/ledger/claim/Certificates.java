package io.trazo.ledger.claim;

import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads certificate record bodies (docs/protocol.md §Certificates). */
public final class Certificates {

    private static final Set<String> MEMBERS = Set.of("certificateId", "claim", "standard", "subject", "scope",
            "validFrom", "validUntil", "evidence", "volumeLimit");
    private static final Set<String> SUBJECT_MEMBERS = Set.of("actor", "plots", "lots");
    private static final Set<String> EVIDENCE_MEMBERS = Set.of("sha256", "mediaType");
    private static final Set<String> VOLUME_MEMBERS = Set.of("amount", "uom");
    private static final Pattern TEXT = Pattern.compile("\\S(?:.{0,498}\\S)?");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]{1,80}");
    private static final Pattern UOM = Pattern.compile("[A-Z0-9]{2,3}");

    private Certificates() {}

    public static Certificate read(SignedRecord record) {
        if (record.type() != RecordType.CERTIFICATE) {
            throw new IllegalArgumentException("not a certificate record: " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(MEMBERS);
        String claimWire = body.string("claim");
        ClaimType claim = ClaimType.fromWire(claimWire).orElseThrow(() -> new RecordException(ReasonCode.INVALID_FIELD,
                body.pathOf("claim"), "unknown claim \"" + claimWire + "\""));
        Fields subject = body.object("subject");
        subject.requireOnly(SUBJECT_MEMBERS);
        List<String> plots = subject.optional("plots").isPresent() ? subject.strings("plots", Identifiers.PLOT, "a plot URI") : List.of();
        List<String> lots = subject.optional("lots").isPresent() ? subject.strings("lots", Identifiers.LOT, "a lot URI") : List.of();
        Fields evidence = body.object("evidence");
        evidence.requireOnly(EVIDENCE_MEMBERS);
        Instant validFrom = body.time("validFrom");
        Instant validUntil = body.time("validUntil");
        if (!validUntil.isAfter(validFrom)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("validUntil"), "validUntil must be after validFrom");
        }
        Optional<Certificate.Volume> volume = body.optionalObject("volumeLimit").map(v -> {
            v.requireOnly(VOLUME_MEMBERS);
            return new Certificate.Volume(v.decimal("amount"), v.string("uom", UOM, "a UN/ECE Rec 20 unit code"));
        });
        return new Certificate(body.string("certificateId", TEXT, "a certificate number"), claim,
                body.string("standard", TEXT, "the standard certified against"), record.actor(),
                new Certificate.Subject(subject.string("actor", Identifiers.ACTOR, "an actor URI"), plots, lots),
                body.string("scope", TEXT, "a scope statement"), validFrom, validUntil, evidence.digest("sha256"),
                evidence.string("mediaType", MEDIA_TYPE, "a media type"), volume, record.hash());
    }
}
