package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A record read from its wire bytes by {@link RecordCodec#parse}. It keeps the exact bytes received,
 * the canonical bytes that were hashed, and the hash, so nothing downstream ever re-serialises it to
 * decide what was signed.
 */
public final class SignedRecord {

    private final byte[] wire;
    private final JsonObject json;
    private final ProtocolVersion version;
    private final RecordType type;
    private final String actor;
    private final String counterparty;
    private final Instant time;
    private final List<Link> links;
    private final JsonObject body;
    private final List<SignatureEntry> signatures;
    private final Digest hash;
    private final boolean canonical;

    SignedRecord(byte[] wire, JsonObject json, ProtocolVersion version, RecordType type, String actor, String counterparty, Instant time,
            List<Link> links, JsonObject body, List<SignatureEntry> signatures, Digest hash,
            boolean canonical) {
        this.wire = wire;
        this.json = json;
        this.version = version;
        this.type = type;
        this.actor = actor;
        this.counterparty = counterparty;
        this.time = time;
        this.links = List.copyOf(links);
        this.body = body;
        this.signatures = List.copyOf(signatures);
        this.hash = hash;
        this.canonical = canonical;
    }

    /** The record hash: its identity in the ledger (docs/protocol.md §Record hash). */
    public Digest hash() {
        return hash;
    }

    /** The protocol version the record declares; it chooses the hash and signature domains. */
    public ProtocolVersion version() {
        return version;
    }

    public RecordType type() {
        return type;
    }

    /** The actor that performed the step and signs first. */
    public String actor() {
        return actor;
    }

    /** The receiving party of a handover, who must co-sign when present. */
    public Optional<String> counterparty() {
        return Optional.ofNullable(counterparty);
    }

    /** The instant at which key validity, revocation and role are judged. */
    public Instant time() {
        return time;
    }

    public List<Link> links() {
        return links;
    }

    public JsonObject body() {
        return body;
    }

    public List<SignatureEntry> signatures() {
        return signatures;
    }

    public JsonObject json() {
        return json;
    }

    /** The bytes exactly as received. */
    public byte[] wireBytes() {
        return wire.clone();
    }

    /**
     * Whether the wire bytes are exactly the RFC 8785 form of the whole record, signatures included.
     * Informational: the hash always covers the canonical form, whatever the wire looked like.
     */
    public boolean canonical() {
        return canonical;
    }

    public int wireLength() {
        return wire.length;
    }

    /** The message each signer signed: see {@link RecordHashing#signingMessage}. */
    public byte[] signingMessage() {
        return RecordHashing.signingMessage(version, hash);
    }

    @Override
    public String toString() {
        return type.wire() + " " + hash.hex() + " by " + actor;
    }
}
