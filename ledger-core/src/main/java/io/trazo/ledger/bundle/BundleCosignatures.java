package io.trazo.ledger.bundle;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The witness check of a bundle (protocol §19.5), run after the bundle and its log evidence verified:
 * the cosignature lines it carries, from the {@code cosignatures} member (bundle format 2) and from the
 * signature block of {@code log.checkpoint} (where {@code GET /checkpoint} puts them), checked against
 * the checkpoint note text as received.
 */
public final class BundleCosignatures {

    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(BundleFormat.MAX_BYTES, 8));
    private static final String SIGNATURE_LINE = "\u2014 ";

    private BundleCosignatures() {}

    /** Checks {@code quorum} over a bundle that already verified with its log evidence. */
    public static WitnessQuorum.Result check(byte[] bundle, WitnessQuorum quorum, Instant now) {
        JsonObject json;
        try {
            json = (JsonObject) PARSER.parse(bundle);
        } catch (JsonFormatException | ClassCastException e) {
            return malformed("the bundle is not a JSON object: " + e.getMessage());
        }
        Optional<String> note = json.get("log").filter(JsonObject.class::isInstance)
                .flatMap(log -> ((JsonObject) log).get("checkpoint")).filter(JsonString.class::isInstance)
                .map(c -> ((JsonString) c).value());
        if (note.isEmpty()) {
            return new WitnessQuorum.Result.Failed(WitnessQuorum.Failure.COSIGNATURE_TOO_FEW,
                    "the bundle has no log checkpoint, so nothing was witnessed");
        }
        int split = note.get().lastIndexOf("\n\n");
        if (split < 0) {
            return malformed("log.checkpoint is not a signed note");
        }
        String text = note.get().substring(0, split + 1);
        Set<String> lines = new LinkedHashSet<>(note.get().substring(split + 2).lines()
                .filter(l -> l.startsWith(SIGNATURE_LINE)).toList());
        Optional<JsonValue> member = json.get("cosignatures");
        if (member.isPresent()) {
            if (!(member.get() instanceof JsonArray array) || array.elements().isEmpty()
                    || array.elements().size() > WitnessQuorum.MAX_LINES) {
                return malformed("cosignatures is not an array of 1 to " + WitnessQuorum.MAX_LINES + " lines");
            }
            Set<String> seen = new HashSet<>();
            for (JsonValue value : array.elements()) {
                if (!(value instanceof JsonString line) || !seen.add(line.value())) {
                    return malformed("cosignatures holds a non-string or a repeated line");
                }
                lines.add(line.value());
            }
        }
        List<String> all = new ArrayList<>(lines);
        return quorum.check(text, all.size() > WitnessQuorum.MAX_LINES ? all.subList(0, WitnessQuorum.MAX_LINES) : all, now);
    }

    private static WitnessQuorum.Result malformed(String detail) {
        return new WitnessQuorum.Result.Failed(WitnessQuorum.Failure.COSIGNATURES_MALFORMED, detail);
    }
}
