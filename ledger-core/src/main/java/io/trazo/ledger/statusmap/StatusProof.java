package io.trazo.ledger.statusmap;

import io.trazo.ledger.crypto.Hex;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A proof of one map key's entry or of its absence (docs/protocol.md §20.4). Immutable; the siblings are
 * held from the root down, {@code null} for an empty one.
 *
 * <pre>
 * depth (u16) ‖ bitmap[⌈depth/8⌉] ‖ sibling[32] × popcount ‖ terminal (0x00 | 0x01 | 0x02 ‖ otherKey[32] ‖ otherValueHash[32])
 * </pre>
 */
public final class StatusProof {

    /** How the walk ends. */
    public enum Terminal { EMPTY, THIS_KEY, OTHER_KEY }

    /** The largest proof: depth 256, every sibling sent, an other-key terminal. */
    public static final int MAX_BYTES = 2 + 32 + 256 * 32 + 65;

    private final List<byte[]> siblings;
    private final Terminal terminal;
    private final byte[] otherKey;
    private final byte[] otherValueHash;

    private StatusProof(List<byte[]> siblings, Terminal terminal, byte[] otherKey, byte[] otherValueHash) {
        this.siblings = Collections.unmodifiableList(new ArrayList<>(siblings));
        this.terminal = terminal;
        this.otherKey = otherKey;
        this.otherValueHash = otherValueHash;
    }

    static StatusProof absentEmpty(List<byte[]> siblings) {
        return new StatusProof(siblings, Terminal.EMPTY, null, null);
    }

    static StatusProof present(List<byte[]> siblings) {
        return new StatusProof(siblings, Terminal.THIS_KEY, null, null);
    }

    static StatusProof absentOther(List<byte[]> siblings, byte[] otherKey, byte[] otherValueHash) {
        return new StatusProof(siblings, Terminal.OTHER_KEY, otherKey.clone(), otherValueHash.clone());
    }

    public int depth() {
        return siblings.size();
    }

    public Terminal terminal() {
        return terminal;
    }

    /** Whether the proof shows the key present (its value is carried beside the proof). */
    public boolean present() {
        return terminal == Terminal.THIS_KEY;
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int depth = siblings.size();
        out.write(depth >>> 8);
        out.write(depth & 0xff);
        byte[] bitmap = new byte[(depth + 7) / 8];
        for (int i = 0; i < depth; i++) {
            if (siblings.get(i) != null) {
                bitmap[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
        }
        out.writeBytes(bitmap);
        siblings.stream().filter(s -> s != null).forEach(out::writeBytes);
        out.write(terminal.ordinal());
        if (terminal == Terminal.OTHER_KEY) {
            out.writeBytes(otherKey);
            out.writeBytes(otherValueHash);
        }
        return out.toByteArray();
    }

    /** Parses §20.4's bytes exactly: step 1 and step 2 of its verification. */
    public static StatusProof decode(byte[] bytes) throws StatusProofException {
        if (bytes.length < 3 || bytes.length > MAX_BYTES) {
            throw StatusProofException.malformed("length " + bytes.length + " is outside 3.." + MAX_BYTES);
        }
        int depth = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        if (depth > MapKey.BITS) {
            throw StatusProofException.malformed("depth " + depth + " is above 256");
        }
        int at = 2;
        int bitmapLength = (depth + 7) / 8;
        if (bytes.length < at + bitmapLength + 1) {
            throw StatusProofException.malformed("truncated bitmap");
        }
        byte[] bitmap = Arrays.copyOfRange(bytes, at, at + bitmapLength);
        at += bitmapLength;
        if (depth % 8 != 0 && (bitmap[bitmapLength - 1] & (0xff >>> (depth % 8))) != 0) {
            throw StatusProofException.malformed("bitmap padding bits are not zero");
        }
        List<byte[]> siblings = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            if (MapKey.bit(bitmap, i) == 0) {
                siblings.add(null);
                continue;
            }
            if (bytes.length < at + 32) {
                throw StatusProofException.malformed("truncated sibling at depth " + i);
            }
            byte[] sibling = Arrays.copyOfRange(bytes, at, at + 32);
            if (MapHashing.isEmpty(sibling)) {
                throw StatusProofException.malformed("sibling at depth " + i + " is sent but empty");
            }
            siblings.add(sibling);
            at += 32;
        }
        if (depth > 0 && siblings.get(depth - 1) == null) {
            throw StatusProofException.malformed("the deepest sibling is empty, so the walk would have stopped above it");
        }
        if (at >= bytes.length) {
            throw StatusProofException.malformed("no terminal");
        }
        int kind = bytes[at++];
        int expectedEnd = at + (kind == 2 ? 64 : 0);
        if (kind < 0 || kind > 2 || bytes.length != expectedEnd) {
            throw StatusProofException.malformed(kind < 0 || kind > 2 ? "unknown terminal " + kind
                    : (bytes.length - expectedEnd) + " bytes after the terminal");
        }
        return kind == 2 ? absentOther(siblings, Arrays.copyOfRange(bytes, at, at + 32), Arrays.copyOfRange(bytes, at + 32, at + 64))
                : new StatusProof(siblings, Terminal.values()[kind], null, null);
    }

    /**
     * Verifies the proof of {@code key} against {@code root} (§20.4 steps 3–5).
     *
     * @param valueHash the hash of the value carried beside a presence proof; must be present exactly when
     *     {@link #present()} is true
     * @throws StatusProofException with the reason of the step that failed
     */
    public void verify(MapKey key, Optional<byte[]> valueHash, byte[] root) throws StatusProofException {
        if (valueHash.isPresent() != present()) {
            throw StatusProofException.malformed(present() ? "a presence proof needs its value" : "an absence proof carries a value");
        }
        byte[] k = key.internal();
        byte[] h = switch (terminal) {
            case EMPTY -> MapHashing.EMPTY;
            case THIS_KEY -> MapHashing.leafHash(k, valueHash.orElseThrow());
            case OTHER_KEY -> {
                int shared = MapKey.firstDifference(otherKey, k);
                if (shared == MapKey.BITS || shared < depth()) {
                    throw StatusProofException.wrongKey("the terminal leaf " + Hex.encode(otherKey)
                            + (shared == MapKey.BITS ? " is the key itself" : " is not on the path of " + key.hex()));
                }
                yield MapHashing.leafHash(otherKey, otherValueHash);
            }
        };
        for (int i = depth() - 1; i >= 0; i--) {
            byte[] s = siblings.get(i) == null ? MapHashing.EMPTY : siblings.get(i);
            h = key.bit(i) == 1 ? MapHashing.nodeHash(s, h) : MapHashing.nodeHash(h, s);
        }
        if (!Arrays.equals(h, root)) {
            throw StatusProofException.rootMismatch(Hex.encode(root), Hex.encode(h));
        }
    }
}
