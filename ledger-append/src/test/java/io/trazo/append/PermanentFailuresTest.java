package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record that no later arrival can make pass is refused at once, never deferred (docs/protocol.md
 * §14): one record at a time and in a batch, which ingest uses.
 */
class PermanentFailuresTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final DemoParties PARTIES = new DemoParties();

    private final LedgerStore store = new InMemoryLedgerStore();
    private final Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    static Stream<Arguments> appendPaths() {
        Function<Appender, Function<byte[], AppendOutcome>> one = a -> a::append;
        Function<Appender, Function<byte[], AppendOutcome>> batch = a -> w -> a.appendAll(List.of(w)).get(0);
        return Stream.of(Arguments.of("append", one), Arguments.of("appendAll", batch));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appendPaths")
    void aRegistryRecordSignedOutsideTheTrustRootIsRefusedAtOnce(String path, Function<Appender, Function<byte[], AppendOutcome>> via) {
        SigningKey exporter = DemoParties.stranger("self-registering exporter");
        byte[] ownKeyRecord = RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-11-01T00:00:00Z"))
                .body(Json.obj("keyId", exporter.keyId().value(), "actor", DemoParties.EXPORTER, "publicKey",
                        exporter.publicKey().base64Url(), "validFrom", "2026-11-01T00:00:00.000Z"))
                .sign(exporter);
        JOURNEY.forEach(appender::append);

        assertRefused(via.apply(appender).apply(ownKeyRecord), ReasonCode.NOT_TRUST_ROOT_KEY, "/sigs/0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appendPaths")
    void aRecordWithAnUnknownKeyAndAPermanentlyWrongSignatureIsRefusedAtOnce(String path,
            Function<Appender, Function<byte[], AppendOutcome>> via) {
        List<byte[]> before = JOURNEY.subList(0, JOURNEY.size() - 1);
        before.forEach(appender::append);
        SignedRecord sale = RecordCodec.parse(JOURNEY.get(JOURNEY.size() - 1));
        // the unknown key signs first, so the waiting finding is the first one
        byte[] wire = RecordBuilder.of(RecordType.EVENT, sale.actor()).time(sale.time()).links(sale.links()).body(sale.body())
                .sign(DemoParties.stranger("not yet registered"), PARTIES.key(DemoParties.CERTIFIER));

        assertRefused(via.apply(appender).apply(wire), ReasonCode.UNEXPECTED_SIGNER, "/sigs/1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appendPaths")
    void aMergeMissingOneLinkTargetButForkingTheOtherLotIsRefusedAtOnce(String path,
            Function<Appender, Function<byte[], AppendOutcome>> via) {
        int at = indexOfFirstMerge();
        JOURNEY.subList(0, at).forEach(appender::append);
        SignedRecord merge = RecordCodec.parse(JOURNEY.get(at));
        Digest nowhere = Digest.sha256(new byte[] {1});
        // each lot in turn links nowhere while the other keeps no link at all: whichever lot is looked at first
        for (Link kept : merge.links()) {
            List<Link> links = new ArrayList<>(List.of(new Link(kept.lot(), nowhere)));
            byte[] wire = RecordBuilder.of(RecordType.EVENT, merge.actor()).time(merge.time()).links(links).body(merge.body())
                    .sign(PARTIES.key(merge.actor()));

            assertRefused(via.apply(appender).apply(wire), ReasonCode.LINK_MISSING, "/links");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appendPaths")
    void aKeyIdTakenByAnotherActorIsAConflictAtOnceNotAWaitForItsActor(String path,
            Function<Appender, Function<byte[], AppendOutcome>> via) {
        JOURNEY.forEach(appender::append);
        SigningKey farm = PARTIES.key(DemoParties.FARM_WOMEN);
        byte[] sameKeyElsewhere = RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-11-01T00:00:00Z"))
                .body(Json.obj("keyId", farm.keyId().value(), "actor", "urn:trazo:actor:not-registered-yet", "publicKey",
                        farm.publicKey().base64Url(), "validFrom", "2026-11-01T00:00:00.000Z"))
                .sign(PARTIES.governance());

        assertRefused(via.apply(appender).apply(sameKeyElsewhere), ReasonCode.REGISTRY_CONFLICT, "/body/keyId");
    }

    private static int indexOfFirstMerge() {
        for (int i = 0; i < JOURNEY.size(); i++) {
            SignedRecord r = RecordCodec.parse(JOURNEY.get(i));
            if (r.links().size() == 2 && r.counterparty().isEmpty()) {
                return i;
            }
        }
        throw new IllegalStateException("the journey has no merge of two lots");
    }

    private static void assertRefused(AppendOutcome outcome, ReasonCode code, String path) {
        assertThat(outcome).isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.path()).isEqualTo(path);
        });
    }
}
