package io.trazo.ledger.bundle;

import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.MapRootLeafException;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.statusmap.SubjectKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a bundle's {@code keyStatusProofs} member (docs/protocol.md §20.6) for an exporter that holds the
 * status map as of a checkpoint whose last leaf is that map's root leaf: the map-root evidence, then one
 * proof per key that signs a non-registry record of the bundle and per claimed certificate, in order of
 * first use. The verifier's side is {@code BundleStatusCheck}.
 */
public final class KeyStatusEvidence {

    private KeyStatusEvidence() {}

    /**
     * @param map the status map the map-root leaf commits to
     * @param mapRootLeaf the map-root leaf input, the last leaf ({@code leafIndex}) of the bundle's checkpoint
     * @param path the RFC 9162 inclusion path of that leaf in the checkpoint's tree
     * @param records the bundle's records, wire bytes in bundle order
     * @throws IllegalArgumentException if {@code mapRootLeaf} is not a map-root leaf of {@code map}
     */
    public static JsonArray of(StatusMap map, byte[] mapRootLeaf, long leafIndex, List<TreeHash> path, List<byte[]> records) {
        try {
            if (!Arrays.equals(MapRootLeaf.parse(mapRootLeaf).root(), map.root())) {
                throw new IllegalArgumentException("the map-root leaf commits to another map");
            }
        } catch (MapRootLeafException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<JsonValue> elements = new ArrayList<>();
        elements.add(Json.obj("kind", "map-root", "leaf", Base64.getEncoder().encodeToString(mapRootLeaf), "leafIndex", leafIndex,
                "path", path.stream().map(TreeHash::toHex).toList()));
        subjects(records).forEach((key, subject) -> elements.add(Json.obj("kind", subject[0], "id", subject[1],
                "proof", Base64.getEncoder().encodeToString(map.prove(key).encode()), "value", map.get(key).orElse(null))));
        return new JsonArray(elements);
    }

    private static Map<MapKey, String[]> subjects(List<byte[]> records) {
        Map<MapKey, String[]> out = new LinkedHashMap<>();
        for (byte[] w : records) {
            SignedRecord r = RecordCodec.parse(w);
            if (r.type().governance()) {
                continue;
            }
            r.signatures().forEach(s -> out.putIfAbsent(MapKey.of(SubjectKind.KEY, s.keyId().value()),
                    new String[] {SubjectKind.KEY.wire(), s.keyId().value()}));
            BundleStatusCheck.claims(r).forEach(c -> BundleStatusCheck.certificateOf(c).ifPresent(id ->
                    out.putIfAbsent(MapKey.of(SubjectKind.CERTIFICATE, id), new String[] {SubjectKind.CERTIFICATE.wire(), id})));
        }
        return out;
    }
}
