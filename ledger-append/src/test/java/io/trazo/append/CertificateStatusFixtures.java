package io.trazo.append;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Records for the certificate_status signer rule (docs/protocol.md §8.7), next to the demo journey: a
 * second certifier (registered by the demo governance key), a second certificate by the journey's
 * certifier, and status records naming either. Test kit: the ingest tests use it too.
 */
public final class CertificateStatusFixtures {

    public static final String RIVAL = "urn:trazo:actor:rival-cert";
    public static final SigningKey RIVAL_KEY = DemoParties.seeded(RIVAL);
    private static final DemoParties PARTIES = new DemoParties();
    private static final Instant REGISTERED = Instant.parse("2026-01-01T00:00:00.000Z");

    private CertificateStatusFixtures() {}

    /** The rival certifier's actor and key records, signed by the demo governance key. */
    public static List<byte[]> rivalRegistration() {
        return List.of(
                RecordBuilder.governance(RecordType.ACTOR).time(REGISTERED)
                        .body(obj("id", RIVAL, "name", "Rival Cert", "roles", arr("certifier"))).sign(PARTIES.governance()),
                RecordBuilder.governance(RecordType.KEY).time(REGISTERED)
                        .body(obj("keyId", RIVAL_KEY.keyId().value(), "actor", RIVAL, "publicKey", RIVAL_KEY.publicKey().base64Url(),
                                "validFrom", RecordBuilder.formatTime(REGISTERED)))
                        .sign(PARTIES.governance()));
    }

    /** A certificate the journey's certifier issues after the journey, so the journey's ledger lacks it. */
    public static byte[] laterCertificate() {
        return RecordBuilder.of(RecordType.CERTIFICATE, DemoParties.CERTIFIER).time(Instant.parse("2026-11-20T10:00:00.000Z"))
                .body(obj("certificateId", "BC-2026-0777", "claim", "organic", "standard", "EU 2018/848",
                        "subject", obj("actor", DemoParties.FARM_ORGANIC), "scope", "Green coffee", "validFrom",
                        "2026-11-01T00:00:00.000Z", "validUntil", "2027-11-01T00:00:00.000Z", "evidence", obj("sha256",
                                Digest.sha256("BC-2026-0777".getBytes(StandardCharsets.UTF_8)).hex(), "mediaType", "application/pdf")))
                .sign(PARTIES.key(DemoParties.CERTIFIER));
    }

    /** A v2 suspension of {@code certificate} signed by the journey's certifier. */
    public static byte[] suspension(byte[] certificate) {
        return suspension(certificate, DemoParties.CERTIFIER, PARTIES.key(DemoParties.CERTIFIER));
    }

    /** A v2 suspension of {@code certificate} signed by the rival certifier, who did not issue it. */
    public static byte[] rivalSuspension(byte[] certificate) {
        return suspension(certificate, RIVAL, RIVAL_KEY);
    }

    private static byte[] suspension(byte[] certificate, String certifier, SigningKey key) {
        return RecordBuilder.of(RecordType.CERTIFICATE_STATUS, certifier).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(obj("certificate", RecordCodec.parse(certificate).hash().hex(), "status", "suspended",
                        "effectiveFrom", "2026-11-25T00:00:00.000Z", "reason", "Unannounced inspection found prohibited inputs"))
                .sign(key);
    }
}
