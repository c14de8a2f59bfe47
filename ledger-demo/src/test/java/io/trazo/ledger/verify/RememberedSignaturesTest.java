package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verifier that remembers Ed25519 successes and reuses parsed records answers exactly as a fresh one does. */
class RememberedSignaturesTest {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final TrustRoot root = TrustRoot.of(CoffeeJourney.trustRoot());
    private final Verifier fresh = new Verifier(root, RolePolicy.standard());
    private final VerifiedSignatures memo = new VerifiedSignatures(10_000);
    private final Verifier remembering = new Verifier(root, RolePolicy.standard(), Optional.of(memo));

    @Test
    void aRevocationBoundAfterTheSignaturesWereRememberedStillRejectsTheRecordsItCovers() {
        assertThat(remembering.verify(CoffeeJourney.records()).failures()).isEmpty();
        assertThat(memo.size()).isPositive();

        SignedRecord sale = RecordCodec.parse(CoffeeJourney.records().get(CoffeeJourney.records().size() - 1));
        String before = MILLIS.format(sale.time().minusSeconds(1));
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(Instant.parse(before))
                .body(Json.obj("keyId", new DemoParties().key(DemoParties.ROASTER).keyId().value(), "revokedAt", before,
                        "reason", "compromised")).sign(new DemoParties().governance());
        List<byte[]> withRevocation = new ArrayList<>(CoffeeJourney.records());
        withRevocation.add(revocation);

        VerificationReport expected = fresh.verify(withRevocation);
        VerificationReport remembered = remembering.verify(withRevocation);
        assertThat(expected.failures()).isNotEmpty();
        assertThat(remembered).isEqualTo(expected);
        assertThat(remembered.failures()).anySatisfy(f -> assertThat(f.toString()).contains("KEY_REVOKED"));
    }

    @Test
    void aFlippedSignatureBitIsRejectedEvenAfterTheGenuineSignatureWasRemembered() {
        ProtocolVectors vectors = new ProtocolVectors();
        assertThat(remembering.verify(vectors.journey()).failures()).isEmpty();
        ProtocolVectors.Mutation flipped = vectors.mutations().stream().filter(m -> m.name().equals("flipped-signature-bit"))
                .findFirst().orElseThrow();
        List<byte[]> set = new ArrayList<>(vectors.journey().subList(0, vectors.replaces(flipped)));
        set.add(flipped.wire());
        assertThat(remembering.verify(set)).isEqualTo(fresh.verify(set));
        assertThat(remembering.verify(set).failures()).anySatisfy(f -> assertThat(f.toString()).contains("BAD_SIGNATURE"));
    }

    @Test
    void verifyingParsedRecordsWithTheirEventBodiesReportsExactlyWhatVerifyingTheBytesDoes() {
        List<SignedRecord> parsed = CoffeeJourney.records().stream().map(RecordCodec::parse).toList();
        Map<io.trazo.ledger.crypto.Digest, EventRecord> events = new HashMap<>();
        parsed.stream().filter(r -> r.type() == RecordType.EVENT).forEach(r -> events.put(r.hash(), EventRecords.read(r)));
        assertThat(remembering.verifyParsed(parsed, events)).isEqualTo(fresh.verify(CoffeeJourney.records()));
        assertThat(remembering.verifyParsed(parsed, Map.of())).isEqualTo(fresh.verify(CoffeeJourney.records()));
    }

    @Test
    void theMemoIsBounded() {
        VerifiedSignatures small = new VerifiedSignatures(3);
        new Verifier(root, RolePolicy.standard(), Optional.of(small)).verify(CoffeeJourney.records());
        assertThat(small.size()).isEqualTo(3);
    }
}
