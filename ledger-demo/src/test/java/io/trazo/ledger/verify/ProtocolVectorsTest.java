package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trazo's own golden vectors under {@code src/test/resources/vectors/protocol}: the valid journey and
 * named mutations, each with the exact reason it must fail with. Run with
 * {@code -Dtrazo.regenerateVectors=true} to rewrite the files after a deliberate protocol change.
 */
class ProtocolVectorsTest {

    static final String DIR = "/vectors/protocol/";
    private static final ProtocolVectors GENERATOR = new ProtocolVectors();
    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void committedVectorsAreExactlyWhatTheProtocolProducesToday() throws IOException {
        if (Boolean.getBoolean("trazo.regenerateVectors")) {
            write();
        }
        assertThat(lines(resource("journey.jsonl"))).containsExactlyElementsOf(text(GENERATOR.journey()));
        assertThat(lines(resource("registry-extra.jsonl"))).containsExactlyElementsOf(text(GENERATOR.extraRegistry()));
        assertThat(new String(resource("trust-root.txt"), StandardCharsets.UTF_8).strip())
                .isEqualTo(CoffeeJourney.trustRoot().base64Url());
        for (ProtocolVectors.Mutation m : GENERATOR.mutations()) {
            assertThat(resource("invalid/" + m.name() + ".json")).as(m.name()).isEqualTo(m.wire());
        }
    }

    @Test
    void theValidJourneyVerifiesFromTheCommittedFiles() {
        List<byte[]> records = new ArrayList<>(bytes(lines(resource("journey.jsonl"))));
        records.addAll(bytes(lines(resource("registry-extra.jsonl"))));
        assertThat(verifier.verify(records).failures()).isEmpty();
    }

    static Stream<Arguments> mutations() {
        return lines(resource("invalid/EXPECTED.txt")).stream().filter(l -> !l.startsWith("#")).map(l -> {
            String[] parts = l.split(" ", 3);
            return Arguments.of(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
        });
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @MethodSource("mutations")
    void eachNamedMutationFailsWithItsExactReason(String name, String code, String path) {
        ProtocolVectors.Mutation m = GENERATOR.mutations().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        List<byte[]> set = new ArrayList<>(GENERATOR.journey().subList(0, GENERATOR.replaces(m)));
        set.addAll(GENERATOR.extraRegistry());
        set.add(resource("invalid/" + name + ".json"));
        VerificationReport report = verifier.verify(set);
        RecordReport mutated = report.records().get(set.size() - 1);
        assertThat(mutated.reason()).as(name).hasValueSatisfying(f -> {
            assertThat(f.code().name()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(path);
        });
        assertThat(report.failures()).as("only the mutated record fails").containsExactly(mutated);
    }

    private static void write() throws IOException {
        Path dir = Path.of("src/test/resources/vectors/protocol");
        Files.createDirectories(dir.resolve("invalid"));
        Files.writeString(dir.resolve("journey.jsonl"), String.join("\n", text(GENERATOR.journey())) + "\n");
        Files.writeString(dir.resolve("registry-extra.jsonl"), String.join("\n", text(GENERATOR.extraRegistry())) + "\n");
        Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        StringBuilder expected = new StringBuilder("# <mutation> <reason code> <JSON pointer of the finding>\n");
        for (ProtocolVectors.Mutation m : GENERATOR.mutations()) {
            Files.write(dir.resolve("invalid/" + m.name() + ".json"), m.wire());
            expected.append(m.name()).append(' ').append(m.code()).append(' ').append(m.path()).append('\n');
        }
        Files.writeString(dir.resolve("invalid/EXPECTED.txt"), expected.toString());
    }

    static byte[] resource(String name) {
        try (InputStream in = ProtocolVectorsTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> text(List<byte[]> records) {
        return records.stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
    }

    static List<byte[]> bytes(List<String> lines) {
        return lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
    }

}
