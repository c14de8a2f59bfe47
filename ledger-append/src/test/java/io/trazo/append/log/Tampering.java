package io.trazo.append.log;

import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Edits an attacker with database access makes to stored records. */
public final class Tampering {

    private Tampering() {}

    /** The record with its first signature value replaced by {@code donor}'s: same record hash, other leaf. */
    public static byte[] swapSignature(byte[] wire, byte[] donor) {
        JsonObject record = RecordCodec.parse(wire).json();
        JsonObject donorSig = (JsonObject) ((JsonArray) RecordCodec.parse(donor).json().get("sigs").orElseThrow()).elements().get(0);
        List<JsonValue> sigs = new ArrayList<>(((JsonArray) record.get("sigs").orElseThrow()).elements());
        Map<String, JsonValue> first = new LinkedHashMap<>(((JsonObject) sigs.get(0)).members());
        first.put("sig", donorSig.get("sig").orElseThrow());
        sigs.set(0, new JsonObject(first));
        return with(record, "sigs", new JsonArray(sigs));
    }

    /** The record with its actor-visible time moved by one second: another record hash. */
    static byte[] editTime(byte[] wire) {
        SignedRecord parsed = RecordCodec.parse(wire);
        String moved = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(parsed.time().plusSeconds(1));
        return with(parsed.json(), "time", new JsonString(moved));
    }

    private static byte[] with(JsonObject record, String member, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(record.members());
        members.put(member, value);
        return Jcs.canonicalize(new JsonObject(members));
    }
}
