package io.trazo.ledger.provenance;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.bundle.EvidenceRecord;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A memo of parsed records answers exactly what parsing the bytes offered now would, and nothing registry-dependent. */
class ParsedRecordsTest {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    private final List<byte[]> journey = CoffeeJourney.records();
    private final byte[] sale = journey.get(journey.size() - 1);
    private final byte[] roasting = journey.get(journey.size() - 3);

    @Test
    void theSameBytesUnderTheSameHashComeBackFromMemoryAndEqualAFreshParse() {
        ParsedRecords memo = new ParsedRecords(10);
        memo.parse(stored(sale));
        ParsedRecord first = memo.parse(stored(sale));
        ParsedRecord again = memo.parse(stored(sale));
        SignedRecord fresh = RecordCodec.parse(sale);

        assertThat(again).isSameAs(first);
        assertThat(again.record().hash()).isEqualTo(fresh.hash());
        assertThat(again.record().wireBytes()).isEqualTo(sale);
        assertThat(again.record().canonical()).isEqualTo(fresh.canonical());
        assertThat(again.event()).isSameAs(first.event());
        assertThat(again.event().orElseThrow()).isEqualTo(EventRecords.read(fresh));
    }

    @Test
    void otherBytesUnderARememberedHashAreParsedAfreshNotServedFromMemory() {
        ParsedRecords memo = new ParsedRecords(10);
        Digest saleHash = RecordCodec.parse(sale).hash();
        memo.parse(stored(sale));
        memo.parse(stored(sale));

        ParsedRecord swapped = memo.parse(stored(saleHash, roasting));

        assertThat(swapped.record().hash()).isEqualTo(RecordCodec.parse(roasting).hash()).isNotEqualTo(saleHash);
        assertThat(swapped.event().orElseThrow().eventId()).isEqualTo(EventRecords.read(RecordCodec.parse(roasting)).eventId());
    }

    @Test
    void bytesThatDoNotParseAreNeverRememberedNorMaskedByAnEarlierEntryUnderTheirHash() {
        ParsedRecords memo = new ParsedRecords(10);
        Digest saleHash = RecordCodec.parse(sale).hash();
        memo.parse(stored(sale));
        memo.parse(stored(sale));
        byte[] truncated = java.util.Arrays.copyOf(sale, sale.length - 1);

        assertThatThrownBy(() -> memo.parse(stored(saleHash, truncated))).isInstanceOf(RecordException.class);
        assertThatThrownBy(() -> memo.parse(stored(saleHash, truncated))).isInstanceOf(RecordException.class);
        assertThat(memo.parse(stored(sale)).record().hash()).isEqualTo(saleHash);
    }

    @Test
    void anEventBodyThatDoesNotReadFailsOnEveryRequest() {
        String body = new String(sale, StandardCharsets.UTF_8);
        byte[] wrongEventId = body.replaceFirst("sha-256;[0-9a-f]", "sha-256;x").getBytes(StandardCharsets.UTF_8);
        ParsedRecord parsed = new ParsedRecords(10).parse(stored(RecordCodec.parse(sale).hash(), wrongEventId));

        assertThatThrownBy(parsed::event).isInstanceOf(RecordException.class);
        assertThatThrownBy(parsed::event).isInstanceOf(RecordException.class);
    }

    @Test
    void theViewsEventIsTheVerifiedEventReadWithoutRecomputingItsHashId() {
        for (byte[] wire : journey) {
            SignedRecord fresh = RecordCodec.parse(wire);
            Optional<EpcisEvent> expected = fresh.type() == RecordType.EVENT ? Optional.of(EventRecords.read(fresh).event()) : Optional.empty();
            ParsedRecord cold = ParsedRecords.none().parse(stored(wire));
            ParsedRecord warm = ParsedRecords.none().parse(stored(wire));
            warm.event();
            assertThat(cold.epcisEvent()).isEqualTo(expected);
            assertThat(warm.epcisEvent()).isEqualTo(expected);
        }
        // a well-formed event hash ID that is not the event's: a view still shows the event, verification refuses it
        String body = new String(sale, StandardCharsets.UTF_8);
        int at = body.indexOf("sha-256;") + "sha-256;".length();
        String wrong = body.substring(0, at) + (body.charAt(at) == '0' ? '1' : '0') + body.substring(at + 1);
        ParsedRecord parsed = ParsedRecords.none().parse(stored(RecordCodec.parse(sale).hash(), wrong.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed.epcisEvent()).contains(EventRecords.read(RecordCodec.parse(sale)).event());
        assertThatThrownBy(parsed::event).isInstanceOfSatisfying(RecordException.class,
                e -> assertThat(e.code()).isEqualTo(io.trazo.ledger.record.ReasonCode.EVENT_HASH_MISMATCH));
    }

    @Test
    void aRecordIsKeptFromItsSecondParseSoOneOffRecordsNeitherEnterNorFlushTheMemo() {
        ParsedRecords memo = new ParsedRecords(3);
        ParsedRecord once = memo.parse(stored(sale));
        assertThat(memo.size()).isZero();
        ParsedRecord twice = memo.parse(stored(sale));
        assertThat(twice).isNotSameAs(once);
        for (byte[] wire : journey.subList(0, 20)) {
            memo.parse(stored(wire));
        }
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.parse(stored(sale))).isSameAs(twice);
    }

    @Test
    void theMemoIsBoundedAndDropsTheLeastRecentlyUsed() {
        ParsedRecords memo = new ParsedRecords(3);
        memo.parse(stored(journey.get(0)));
        ParsedRecord first = memo.parse(stored(journey.get(0)));
        for (byte[] wire : journey.subList(1, 10)) {
            memo.parse(stored(wire));
            memo.parse(stored(wire));
        }
        assertThat(memo.size()).isEqualTo(3);
        assertThat(memo.parse(stored(journey.get(0)))).isNotSameAs(first);
        assertThat(memo.parse(stored(journey.get(9)))).isSameAs(memo.parse(stored(journey.get(9))));
    }

    @Test
    void aMemoOfCapacityZeroParsesEveryTime() {
        ParsedRecords none = ParsedRecords.none();
        assertThat(none.parse(stored(sale))).isNotSameAs(none.parse(stored(sale)));
        assertThat(none.size()).isZero();
    }

    @Test
    void aRevocationAppendedAfterALotWasVerifiedThroughWarmMemosStillRejectsIt() {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        ParsedRecords memo = new ParsedRecords(1000);
        ProvenanceWalker walker = new ProvenanceWalker(store, memo);
        BundleExporter exporter = new BundleExporter(store, JourneyLedger.plots(), memo);
        Verifier remembering = new Verifier(ROOT, RolePolicy.standard(), Optional.of(new VerifiedSignatures(1000)));
        assertThat(verify(walker, exporter, remembering).failures()).isEmpty();
        assertThat(verify(walker, exporter, remembering).failures()).isEmpty();
        assertThat(memo.size()).isPositive();

        String before = MILLIS.format(RecordCodec.parse(sale).time().minusSeconds(1));
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(Instant.parse(before))
                .body(Json.obj("keyId", new DemoParties().key(DemoParties.ROASTER).keyId().value(), "revokedAt", before,
                        "reason", "compromised")).sign(new DemoParties().governance());
        assertThat(new Appender(store, ROOT, RolePolicy.standard()).append(revocation)).isInstanceOf(AppendOutcome.Accepted.class);

        VerificationReport remembered = verify(walker, exporter, remembering);
        List<byte[]> evidence = new BundleExporter(store, JourneyLedger.plots()).contents(new ProvenanceWalker(store).upstream(RETAIL, 1000))
                .stream().map(StoredRecord::wire).toList();
        assertThat(remembered).isEqualTo(new Verifier(ROOT, RolePolicy.standard()).verify(evidence));
        assertThat(remembered.failures()).anySatisfy(f -> assertThat(f.toString()).contains("KEY_REVOKED"));
    }

    @Test
    void acceptedRecordsKeptAreHandedBackByHashAndOnesKeptWhilePendingAreNot() {
        ParsedRecords memo = new ParsedRecords(10);
        Digest hash = RecordCodec.parse(sale).hash();
        StoredRecord pending = new StoredRecord(hash, sale, RecordType.EVENT, "urn:trazo:actor:test", Instant.EPOCH, Map.of(),
                RecordState.PENDING, OptionalLong.empty(), Optional.empty());
        memo.parse(pending);
        memo.parse(pending);
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.accepted(List.of(hash))).isEmpty();

        ParsedRecord parsed = memo.parse(stored(sale));
        Map<Digest, TracedRecord> kept = memo.accepted(List.of(hash, RecordCodec.parse(roasting).hash()));

        assertThat(kept).containsOnlyKeys(hash);
        assertThat(kept.get(hash).position()).isEqualTo(1);
        assertThat(kept.get(hash).record()).isSameAs(parsed.record());
        assertThat(kept.get(hash).stored().wire()).isEqualTo(sale);
        assertThat(ParsedRecords.none().accepted(List.of(hash))).isEmpty();
    }

    /** What the query service's verification does: walk, evidence, parsed re-verification. */
    private static VerificationReport verify(ProvenanceWalker walker, BundleExporter exporter, Verifier verifier) {
        List<EvidenceRecord> evidence = exporter.evidence(walker.upstream(RETAIL, 1000));
        Map<Digest, EventRecord> events = new HashMap<>();
        evidence.forEach(e -> e.event().ifPresent(body -> events.put(e.record().hash(), body)));
        return verifier.verifyParsed(evidence.stream().map(EvidenceRecord::record).toList(), events);
    }

    private static StoredRecord stored(byte[] wire) {
        return stored(RecordCodec.parse(wire).hash(), wire);
    }

    private static StoredRecord stored(Digest hash, byte[] wire) {
        return new StoredRecord(hash, wire, RecordType.EVENT, "urn:trazo:actor:test", Instant.EPOCH, Map.of(), RecordState.ACCEPTED,
                OptionalLong.of(1), Optional.empty());
    }
}
