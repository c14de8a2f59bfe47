package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles and signs a record of either protocol version (v1 unless {@link #version} says otherwise). The wire form it emits is the JCS form of the whole
 * record, so a record built here is byte-identical wherever it is built.
 */
public final class RecordBuilder {

    private final RecordType type;
    private final String actor;
    private ProtocolVersion version = ProtocolVersion.V1;
    private String counterparty;
    private Instant time;
    private final List<Link> links = new ArrayList<>();
    private JsonObject body = new JsonObject(Map.of());

    private RecordBuilder(RecordType type, String actor) {
        this.type = Objects.requireNonNull(type);
        this.actor = Objects.requireNonNull(actor);
    }

    public static RecordBuilder of(RecordType type, String actor) {
        return new RecordBuilder(type, actor);
    }

    public static RecordBuilder governance(RecordType type) {
        return new RecordBuilder(type, Identifiers.GOVERNANCE_ACTOR);
    }

    public RecordBuilder version(ProtocolVersion version) {
        this.version = Objects.requireNonNull(version);
        return this;
    }

    public RecordBuilder counterparty(String counterparty) {
        this.counterparty = counterparty;
        return this;
    }

    public RecordBuilder time(Instant time) {
        this.time = time.truncatedTo(ChronoUnit.MILLIS);
        return this;
    }

    public RecordBuilder link(String lot, Digest prev) {
        links.add(new Link(lot, prev));
        return this;
    }

    public RecordBuilder links(List<Link> links) {
        this.links.addAll(links);
        return this;
    }

    public RecordBuilder body(JsonObject body) {
        this.body = Objects.requireNonNull(body);
        return this;
    }

    public JsonObject unsigned() {
        Objects.requireNonNull(time, "time");
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("v", JsonNumber.of(version.number()));
        m.put("type", new JsonString(type.wire()));
        m.put("actor", new JsonString(actor));
        if (counterparty != null) {
            m.put("counterparty", new JsonString(counterparty));
        }
        m.put("time", new JsonString(formatTime(time)));
        if (!links.isEmpty()) {
            List<JsonValue> ls = new ArrayList<>();
            for (Link l : links) {
                ls.add(new JsonObject(Map.of("lot", new JsonString(l.lot()), "prev", new JsonString(l.prev().hex()))));
            }
            m.put("links", new JsonArray(ls));
        }
        m.put("body", body);
        return new JsonObject(m);
    }

    public Digest hash() {
        return RecordHashing.recordHash(unsigned());
    }

    /** Signs with every key given, in order, and returns the wire bytes. */
    public byte[] sign(SigningKey... keys) {
        JsonObject unsigned = unsigned();
        Digest hash = RecordHashing.recordHash(unsigned);
        List<JsonValue> sigs = new ArrayList<>();
        for (SigningKey key : keys) {
            sigs.add(signatureEntry(key, version, hash));
        }
        return withSignatures(unsigned, sigs);
    }

    /** Adds one more signature to an already signed record, as a counterparty does at handover. */
    public static byte[] cosign(SignedRecord record, SigningKey key) {
        List<JsonValue> sigs = new ArrayList<>(((JsonArray) record.json().get(RecordHashing.SIGNATURES_MEMBER).orElseThrow()).elements());
        sigs.add(signatureEntry(key, record.version(), record.hash()));
        return withSignatures(record.json().without(RecordHashing.SIGNATURES_MEMBER), sigs);
    }

    private static JsonObject signatureEntry(SigningKey key, ProtocolVersion version, Digest hash) {
        Map<String, JsonValue> sig = new LinkedHashMap<>();
        sig.put("key", new JsonString(key.keyId().value()));
        sig.put("sig", new JsonString(key.sign(RecordHashing.signingMessage(version, hash)).base64Url()));
        return new JsonObject(sig);
    }

    private static byte[] withSignatures(JsonObject unsigned, List<JsonValue> sigs) {
        Map<String, JsonValue> m = new LinkedHashMap<>(unsigned.members());
        m.put(RecordHashing.SIGNATURES_MEMBER, new JsonArray(sigs));
        return Jcs.canonicalize(new JsonObject(m));
    }

    public static String formatTime(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(t);
    }
}
