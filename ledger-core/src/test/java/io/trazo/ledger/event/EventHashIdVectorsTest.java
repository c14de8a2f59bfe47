package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisHashVectors.Vector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event of every public vector document (see {@code vectors-public/epcis-hash/README.md}):
 * the pre-hash string first, so that a failure shows where the strings part, then the ID.
 */
class EventHashIdVectorsTest {

    /**
     * Events on which this implementation deliberately differs from the reference implementation.
     * Each must keep differing ({@link #knownDivergencesStillDiverge}), so this list cannot rot.
     */
    static final Map<String, String> KNOWN_DIVERGENCES = Map.of(
            "ralphtro-examples/epcisDocHavingEventWithIgnoreFields.jsonld#0",
            "uses the reference implementation's document-level ignoreFields hook (not in CBV 2.0 §8.9), "
                    + "which drops repository-x:hash and example:captureID from the hash",
            "ralphtro-examples/epcisQueryDocHavingEventWithIgnoreFields.jsonld#0",
            "same ignoreFields hook, declared in queryResults of a query document",
            "gs1-examples-computed/object_event_all_possible_fields.jsonld#0",
            "component 'example:x' uses an undeclared prefix; the reference expanded it with a namespace "
                    + "left over from an earlier document in the same process",
            "gs1-examples-computed/transaction_event_all_possible_fields.jsonld#0",
            "same undeclared 'example:' prefix in sensorReport component",
            "gs1-examples-computed/association_event_all_possible_fields.jsonld#0",
            "same undeclared 'example:' prefix in sensorReport component",
            "gs1-examples-computed/SensorDataExample8.jsonld#0",
            "a misplaced bizRules inside sensorReport: we write it inside its sensorReport, the reference "
                    + "re-emits its whole path at the end of the event",
            "gs1-examples-computed/SensorDataExample12.jsonld#0",
            "extensions nested in sensor elements use namespaces without a trailing '/': we write them inside "
                    + "their element, the reference moves them to the end of the event");

    /**
     * Documents that are not I-JSON (RFC 7493 §2.3: duplicate member names), which our strict
     * parser refuses. The duplicated member is dropped textually to check the event itself.
     */
    static final Map<String, String> DUPLICATE_MEMBERS = Map.of(
            "gs1-examples-computed/AssociationEvent-h.jsonld#0",
            "\"eventID\": \"ni:///sha-256;fec9667280c4710a3fa9558b7bc8ddc2ced0dc442d87f82becae24bb6ca6a46f?ver=CBV2.0\",");

    static Stream<Vector> reproducible() {
        return EpcisHashVectors.all().stream()
                .filter(v -> !KNOWN_DIVERGENCES.containsKey(v.id()) && !DUPLICATE_MEMBERS.containsKey(v.id()));
    }

    static Stream<Vector> withDuplicateMembers() {
        return EpcisHashVectors.all().stream().filter(v -> DUPLICATE_MEMBERS.containsKey(v.id()));
    }

    static Stream<Vector> divergent() {
        return EpcisHashVectors.all().stream().filter(v -> KNOWN_DIVERGENCES.containsKey(v.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproducible")
    void publishedPreHashAndEventHashIdAreReproduced(Vector vector) {
        JsonObject document = EpcisHashVectors.document(vector.file());
        JsonObject event = (JsonObject) EventHashId.eventList(document).get(vector.index());
        JsonContext context = JsonContext.fromDocument(document);

        assertThat(EventHashId.preHash(event, context)).isEqualTo(vector.preHash());
        assertThat(EventHashId.compute(event, context)).isEqualTo(vector.eventHashId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("divergent")
    void knownDivergencesStillDiverge(Vector vector) {
        JsonObject document = EpcisHashVectors.document(vector.file());
        JsonObject event = (JsonObject) EventHashId.eventList(document).get(vector.index());
        JsonContext context = JsonContext.fromDocument(document);

        assertThat(EventHashId.preHash(event, context)).isNotEqualTo(vector.preHash());
        assertThat(EventHashId.compute(event, context)).isNotEqualTo(vector.eventHashId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withDuplicateMembers")
    void documentsWithDuplicateMembersAreRefusedButTheirEventsReproduceWithoutTheDuplicate(Vector vector) {
        byte[] bytes = EpcisHashVectors.bytes(vector.file());
        assertThatThrownBy(() -> EpcisHashVectors.parse(bytes))
                .isInstanceOfSatisfying(JsonFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.DUPLICATE_KEY));

        String text = new String(bytes, StandardCharsets.UTF_8);
        String duplicate = DUPLICATE_MEMBERS.get(vector.id());
        assertThat(text).contains(duplicate);
        JsonObject document = (JsonObject) EpcisHashVectors.parse(
                text.replace(duplicate, "").getBytes(StandardCharsets.UTF_8));
        JsonObject event = (JsonObject) EventHashId.eventList(document).get(vector.index());
        JsonContext context = JsonContext.fromDocument(document);

        assertThat(EventHashId.preHash(event, context)).isEqualTo(vector.preHash());
        assertThat(EventHashId.compute(event, context)).isEqualTo(vector.eventHashId());
    }

    @Test
    void everyListedExceptionNamesAnExistingVector() {
        List<String> ids = EpcisHashVectors.all().stream().map(Vector::id).toList();
        assertThat(ids).containsAll(KNOWN_DIVERGENCES.keySet()).containsAll(DUPLICATE_MEMBERS.keySet());
    }

    @Test
    void allPublishedUpstreamVectorsExceptTheIgnoreFieldsEventsAreReproduced() {
        List<Vector> upstream = EpcisHashVectors.all().stream()
                .filter(v -> v.set().equals(EpcisHashVectors.UPSTREAM_EXPECTED))
                .toList();
        assertThat(upstream).hasSize(43);
        assertThat(upstream.stream().filter(v -> KNOWN_DIVERGENCES.containsKey(v.id()))).hasSize(2);
    }

    @Test
    void manifestAgreesWithTheHashesAndPrehashesFiles() {
        Map<String, List<Vector>> byFile = EpcisHashVectors.all().stream()
                .collect(java.util.stream.Collectors.groupingBy(Vector::file));
        byFile.forEach((file, vectors) -> {
            String stem = file.substring(0, file.length() - ".jsonld".length());
            assertThat(EpcisHashVectors.lines(stem + ".hashes")).as(file)
                    .containsExactlyElementsOf(vectors.stream().map(Vector::eventHashId).toList());
            assertThat(EpcisHashVectors.lines(stem + ".prehashes")).as(file)
                    .containsExactlyElementsOf(vectors.stream().map(Vector::preHash).toList());
        });
    }

    @Test
    void computeAllWalksEventListsAndQueryResults() {
        for (String file : List.of("ralphtro-examples/epcisDocWithVariousEventTypes.jsonld",
                "ralphtro-examples/epcisQueryDocument.jsonld")) {
            List<String> expected = EpcisHashVectors.lines(file.replace(".jsonld", ".hashes"));
            JsonValue document = EpcisHashVectors.parse(EpcisHashVectors.bytes(file));
            assertThat(EventHashId.computeAll((JsonObject) document)).as(file).isEqualTo(expected);
        }
    }
}
