package io.trazo.ledger.claim;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A v2 certificate_status is signed by the certifier that signed the certificate (docs/protocol.md
 * §8.7), checked offline against the certificates the set accepted: another certifier is refused with
 * its own code, a certificate the set lacks is UNKNOWN_CERTIFICATE, a record that is no certificate is
 * INVALID_FIELD, all at /body/certificate.
 */
class CertificateStatusSignerTest {

    private static final SigningKey GOVERNANCE = SigningKey.fromSeed(Hex.decode("11".repeat(32)));
    private static final SigningKey ISSUER_KEY = SigningKey.fromSeed(Hex.decode("12".repeat(32)));
    private static final SigningKey RIVAL_KEY = SigningKey.fromSeed(Hex.decode("13".repeat(32)));
    private static final String ISSUER = "urn:trazo:actor:biocert-andes";
    private static final String RIVAL = "urn:trazo:actor:other-cert";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");

    private final Verifier verifier = new Verifier(TrustRoot.of(GOVERNANCE.publicKey()), RolePolicy.standard());
    private final byte[] certificate = RecordBuilder.of(RecordType.CERTIFICATE, ISSUER).time(Instant.parse("2026-03-10T14:00:00.000Z"))
            .body(obj("certificateId", "BC-2026-0042", "claim", "organic", "standard", "EU 2018/848",
                    "subject", obj("actor", "urn:trazo:actor:finca-el-mirador", "plots", arr("urn:trazo:plot:finca-el-mirador:lote-1")),
                    "scope", "Green coffee from the named plot", "validFrom", "2026-03-01T00:00:00.000Z",
                    "validUntil", "2027-03-01T00:00:00.000Z", "evidence", obj("sha256",
                            Digest.sha256("report".getBytes(StandardCharsets.UTF_8)).hex(), "mediaType", "application/pdf")))
            .sign(ISSUER_KEY);

    @Test
    void theIssuingCertifierMayChangeItsCertificatesStatus() {
        assertThat(reason(status(ISSUER, ISSUER_KEY, hashOf(certificate)), certificate)).isEmpty();
    }

    @Test
    void anotherCertifierSuspendingTheCertificateIsRefusedWithItsOwnReason() {
        assertThat(reason(status(RIVAL, RIVAL_KEY, hashOf(certificate)), certificate))
                .hasValue("CERTIFICATE_STATUS_WRONG_CERTIFIER /body/certificate");
    }

    @Test
    void aStatusWhoseCertificateTheSetLacksNamesAnUnknownCertificate() {
        assertThat(reason(status(ISSUER, ISSUER_KEY, hashOf(certificate)))).hasValue("UNKNOWN_CERTIFICATE /body/certificate");
    }

    @Test
    void aStatusNamingARecordThatIsNoCertificateIsAnInvalidField() {
        assertThat(reason(status(ISSUER, ISSUER_KEY, hashOf(registry().get(0))))).hasValue("INVALID_FIELD /body/certificate");
    }

    @Test
    void theCertificateMayComeAfterItsStatusInTheSet() {
        List<byte[]> set = new ArrayList<>(registry());
        byte[] status = status(ISSUER, ISSUER_KEY, hashOf(certificate));
        set.add(status);
        set.add(certificate);
        assertThat(verifier.verify(set).records()).allSatisfy(r -> assertThat(r.findings()).isEmpty());
    }

    private static byte[] status(String certifier, SigningKey key, Digest certificate) {
        return RecordBuilder.of(RecordType.CERTIFICATE_STATUS, certifier).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(obj("certificate", certificate.hex(), "status", "suspended", "effectiveFrom", "2026-11-25T00:00:00.000Z",
                        "reason", "Unannounced inspection found prohibited inputs"))
                .sign(key);
    }

    /** The reason of the last record of the set (registry, then {@code records}), as "CODE pointer". */
    private Optional<String> reason(byte[] last, byte[]... records) {
        List<byte[]> set = new ArrayList<>(registry());
        set.addAll(List.of(records));
        set.add(last);
        var reports = verifier.verify(set).records();
        reports.subList(0, set.size() - 1).forEach(r -> assertThat(r.findings()).as("setup").isEmpty());
        return reports.get(set.size() - 1).reason().map(f -> f.code() + " " + f.path());
    }

    static List<byte[]> registry() {
        List<byte[]> out = new ArrayList<>();
        for (var party : List.of(new Object[] {ISSUER, ISSUER_KEY}, new Object[] {RIVAL, RIVAL_KEY})) {
            String actor = (String) party[0];
            SigningKey key = (SigningKey) party[1];
            out.add(RecordBuilder.governance(RecordType.ACTOR).time(T0)
                    .body(obj("id", actor, "name", actor.substring(actor.lastIndexOf(':') + 1), "roles", arr("certifier")))
                    .sign(GOVERNANCE));
            out.add(RecordBuilder.governance(RecordType.KEY).time(T0)
                    .body(obj("keyId", key.keyId().value(), "actor", actor, "publicKey", key.publicKey().base64Url(),
                            "validFrom", RecordBuilder.formatTime(T0)))
                    .sign(GOVERNANCE));
        }
        return out;
    }

    private static Digest hashOf(byte[] wire) {
        return RecordCodec.parse(wire).hash();
    }
}
