#!/usr/bin/env python3
"""Independent generator of the status-map vectors (docs/protocol.md section 20).

Written from the protocol text alone, with python3's standard library (hashlib, json, base64), so
that the Java implementation is checked against a second reading of the spec. The tree here is the
naive recursive definition of section 20.3, not a trie. Run it from this folder:

    python3 gen_vectors.py

It rewrites the *.json files next to it; their bytes must not change unless the spec does.
"""
import base64
import hashlib
import json

Z = bytes(32)


def sha(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p)
    return h.digest()


def jcs(value):
    # RFC 8785 equals this for the values used here: strings, small integers, ASCII member names.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def map_key(kind, ident):
    return sha(b"trazo:map-key:v1\x00", kind.encode(), b"\x00", ident.encode())


def value_hash(value):
    return sha(b"trazo:map-value:v1\x00", jcs(value))


def leaf_hash(key, vh):
    return sha(b"\x02", key, vh)


def node_hash(left, right):
    return sha(b"\x03", left, right)


def bit(key, i):
    return (key[i // 8] >> (7 - i % 8)) & 1


def tree_hash(entries, depth=0):
    """entries: list of (mapKey, valueHash)."""
    if not entries:
        return Z
    if len(entries) == 1:
        return leaf_hash(*entries[0])
    zero = [e for e in entries if bit(e[0], depth) == 0]
    one = [e for e in entries if bit(e[0], depth) == 1]
    return node_hash(tree_hash(zero, depth + 1), tree_hash(one, depth + 1))


def prove(entries, key):
    siblings, depth, subset = [], 0, entries
    while len(subset) >= 2:
        zero = [e for e in subset if bit(e[0], depth) == 0]
        one = [e for e in subset if bit(e[0], depth) == 1]
        mine, other = (one, zero) if bit(key, depth) else (zero, one)
        siblings.append(tree_hash(other, depth + 1))
        subset, depth = mine, depth + 1
    if not subset:
        kind, terminal = 0, b"\x00"
    elif subset[0][0] == key:
        kind, terminal = 1, b"\x01"
    else:
        kind, terminal = 2, b"\x02" + subset[0][0] + subset[0][1]
    bitmap = bytearray((depth + 7) // 8)
    for i, s in enumerate(siblings):
        if s != Z:
            bitmap[i // 8] |= 0x80 >> (i % 8)
    return depth.to_bytes(2, "big") + bytes(bitmap) + b"".join(s for s in siblings if s != Z) + terminal, kind


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def shared_bits(a, b):
    for i in range(256):
        if bit(a, i) != bit(b, i):
            return i
    return 256


def actor_value(actor, record, roles):
    return {"actor": actor, "record": record, "roles": sorted(roles)}


def entry(kind, ident, value):
    return {"kind": kind, "id": ident, "value": value}


def map_case(name, entries, absent):
    keyed = [(map_key(e["kind"], e["id"]), value_hash(e["value"])) for e in entries]
    proofs = []
    for e in entries + absent:
        p, terminal = prove(keyed, map_key(e["kind"], e["id"]))
        proofs.append({"kind": e["kind"], "id": e["id"], "present": e in entries, "terminal": terminal,
                       "depth": int.from_bytes(p[:2], "big"), "proof": b64(p)})
    return {"name": name, "entries": entries, "root": tree_hash(keyed).hex(), "proofs": proofs}


def find_absent(entries, want_terminal):
    """The first key id ed25519:<n> whose absence proof ends in the wanted terminal, if any does."""
    keyed = [(map_key(e["kind"], e["id"]), value_hash(e["value"])) for e in entries]
    for n in range(2000):
        cand = {"kind": "key", "id": "ed25519:%032x" % n}
        if prove(keyed, map_key("key", cand["id"]))[1] == want_terminal:
            return cand
    return None


def deep_pair():
    """Two actor ids whose map keys share the longest prefix among 60,000 candidates."""
    seen, best = {}, None
    for n in range(60000):
        ident = "urn:trazo:actor:deep-%d" % n
        k = map_key("actor", ident)
        prefix = k[:3]
        if prefix in seen:
            other = seen[prefix]
            s = shared_bits(k, map_key("actor", other))
            if best is None or s > best[0]:
                best = (s, other, ident)
        seen[prefix] = ident
    return best


def maps():
    a = entry("actor", "urn:trazo:actor:asomucafe-villamaria",
              actor_value("urn:trazo:actor:asomucafe-villamaria", "11" * 32, ["farm", "cooperative"]))
    b = entry("key", "ed25519:00112233445566778899aabbccddeeff",
              {"actor": "urn:trazo:actor:asomucafe-villamaria", "key": "22" * 32, "roles": ["cooperative", "farm"]})
    c = entry("key", "ed25519:ffeeddccbbaa99887766554433221100",
              {"actor": "urn:trazo:actor:asomucafe-villamaria", "key": "33" * 32, "roles": ["cooperative", "farm"],
               "revocation": {"reason": "compromised", "record": "44" * 32, "revokedAt": "2026-10-01T00:00:00.000Z"}})
    shared, first, second = deep_pair()
    d1 = entry("actor", first, actor_value(first, "55" * 32, ["mill"]))
    d2 = entry("actor", second, actor_value(second, "66" * 32, ["exporter"]))
    cases = []
    for name, es in [("empty", []), ("one", [a]), ("two", [a, b]), ("three", [a, b, c]),
                     ("deep-collision", [d1, d2]), ("deep-collision-plus-one", [d1, d2, a])]:
        absent = [x for x in (find_absent(es, 0), find_absent(es, 2)) if x is not None]
        cases.append(map_case(name, es, absent))
    cases[4]["sharedBits"] = shared
    cases[5]["sharedBits"] = shared
    return cases


# ---- the fold of section 20.2, over records in log order -------------------------------------------

SIG = b64url(bytes(64))
PK1 = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")  # RFC 8032 7.1 TEST 1
PK2 = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")  # RFC 8032 7.1 TEST 2
GOV = "urn:trazo:governance"
FARM = "urn:trazo:actor:asomucafe-villamaria"
CERTIFIER = "urn:trazo:actor:ecocert-colombia"


def key_id(pk):
    return "ed25519:" + sha(b"trazo:key-id:v1\x00", pk)[:16].hex()


def record(v, rtype, actor, time, body):
    unsigned = {"v": v, "type": rtype, "actor": actor, "time": time, "body": body}
    rhash = sha(b"trazo:record:v%d\x00" % v, jcs(unsigned)).hex()
    wire = dict(unsigned, sigs=[{"key": key_id(PK1), "sig": SIG}])  # signatures are not the fold's business
    return rhash, jcs(wire)


def fold_records():
    k1, k2 = key_id(PK1), key_id(PK2)
    out = []
    add = lambda *a: out.append(record(*a))
    add(1, "actor", GOV, "2026-09-01T10:00:00.000Z", {"id": FARM, "name": "Asomucafe", "roles": ["farm", "cooperative"]})
    add(1, "actor", GOV, "2026-09-01T10:00:01.000Z", {"id": CERTIFIER, "name": "Ecocert", "roles": ["certifier"]})
    add(1, "key", GOV, "2026-09-01T10:00:02.000Z", {"keyId": k1, "actor": FARM, "publicKey": b64url(PK1),
                                                   "validFrom": "2026-09-01T00:00:00.000Z"})
    add(1, "key", GOV, "2026-09-01T10:00:03.000Z", {"keyId": k2, "actor": CERTIFIER, "publicKey": b64url(PK2),
                                                   "validFrom": "2026-09-01T00:00:00.000Z"})
    add(1, "plot", FARM, "2026-09-02T10:00:00.000Z", {"plotId": "urn:trazo:plot:asomucafe-villamaria:p1"})
    add(1, "certificate", CERTIFIER, "2026-09-03T10:00:00.000Z", {"certificateId": "CO-BIO-1"})
    cert = out[-1][0]
    add(1, "revocation", GOV, "2026-10-02T10:00:00.000Z", {"keyId": k1, "revokedAt": "2026-10-01T00:00:00.000Z",
                                                          "reason": "compromised"})
    add(2, "certificate_status", CERTIFIER, "2026-10-03T10:00:00.000Z", {"certificate": cert, "status": "suspended",
                                                                       "effectiveFrom": "2026-10-03T00:00:00.000Z",
                                                                       "reason": "audit overdue"})
    add(2, "certificate_status", FARM, "2026-10-04T10:00:00.000Z", {"certificate": cert, "status": "reinstated",
                                                                  "effectiveFrom": "2026-10-04T00:00:00.000Z",
                                                                  "reason": "not the certifier: changes nothing"})
    add(2, "delegation", GOV, "2026-10-05T10:00:00.000Z", {"namespace": "gs1:7701234", "delegate": FARM,
                                                         "validFrom": "2026-10-05T00:00:00.000Z"})
    add(2, "delegation", GOV, "2026-10-05T10:00:01.000Z", {"namespace": "gs1:7701234", "delegate": CERTIFIER,
                                                         "validFrom": "2026-10-05T00:00:00.000Z",
                                                         "validUntil": "2027-10-05T00:00:00.000Z"})
    add(1, "revocation", GOV, "2026-10-06T10:00:00.000Z", {"keyId": k1, "revokedAt": "2026-10-06T00:00:00.000Z",
                                                          "reason": "retired"})
    add(1, "actor", GOV, "2026-10-07T10:00:00.000Z", {"id": FARM, "name": "Asomucafe again", "roles": ["farm"]})
    return out


def apply(state, rhash, rec):
    t, b, actor = rec["type"], rec["body"], rec["actor"]
    if t == "actor" and ("actor", b["id"]) not in state:
        state[("actor", b["id"])] = actor_value(b["id"], rhash, b["roles"])
    elif t == "key" and ("key", b["keyId"]) not in state:
        roles = state.get(("actor", b["actor"]), {}).get("roles", [])
        state[("key", b["keyId"])] = {"actor": b["actor"], "key": rhash, "roles": list(roles)}
    elif t == "revocation" and ("key", b["keyId"]) in state and "revocation" not in state[("key", b["keyId"])]:
        state[("key", b["keyId"])]["revocation"] = {"reason": b["reason"], "record": rhash, "revokedAt": b["revokedAt"]}
    elif t == "certificate" and ("certificate", rhash) not in state:
        state[("certificate", rhash)] = {"certificate": rhash, "certifier": actor, "status": "active"}
    elif t == "certificate_status":
        c = state.get(("certificate", b["certificate"]))
        if c is not None and c["certifier"] == actor:
            c.setdefault("history", []).append({"effectiveFrom": b["effectiveFrom"], "record": rhash, "status": b["status"]})
            c["status"] = b["status"]
    elif t == "delegation":
        n = state.setdefault(("namespace", b["namespace"]), {"namespace": b["namespace"], "delegations": []})
        if all(d["delegate"] != b["delegate"] for d in n["delegations"]):
            d = {"delegate": b["delegate"], "record": rhash, "validFrom": b["validFrom"]}
            if "validUntil" in b:
                d["validUntil"] = b["validUntil"]
            n["delegations"].append(d)
            n["delegations"].sort(key=lambda x: x["record"])


def fold():
    state, steps = {}, []
    for rhash, wire in fold_records():
        apply(state, rhash, json.loads(wire))
        keyed = [(map_key(k, i), value_hash(v)) for (k, i), v in state.items()]
        steps.append({"record": b64url(wire), "recordHash": rhash, "root": tree_hash(keyed).hex(), "entries": len(state)})
    final = [{"kind": k, "id": i, "value": v} for (k, i), v in sorted(state.items())]
    return {"steps": steps, "final": final}


def hashes():
    value = {"actor": FARM, "record": "11" * 32, "roles": ["cooperative", "farm"]}
    k = map_key("actor", FARM)
    vh = value_hash(value)
    left, right = leaf_hash(k, vh), sha(b"right")
    return {
        "mapKeys": [{"kind": kind, "id": ident, "mapKey": map_key(kind, ident).hex()} for kind, ident in [
            ("key", key_id(PK1)), ("actor", FARM), ("certificate", "ab" * 32), ("namespace", "urn:trazo:lot:asomucafe"),
            ("namespace", "gs1:7701234")]],
        "value": value, "valueJcs": jcs(value).decode(), "valueHash": vh.hex(),
        "leaf": {"mapKey": k.hex(), "valueHash": vh.hex(), "leafHash": left.hex()},
        "node": {"left": left.hex(), "right": right.hex(), "nodeHash": node_hash(left, right).hex()},
    }


def map_root_leaf():
    root = sha(b"an example map root")
    leaf = b"trazo:map-root:v1\x00" + (1000000).to_bytes(8, "big") + (4242).to_bytes(8, "big") + root
    return {"entries": 1000000, "lastLeafIndex": 4242, "root": root.hex(), "leafInput": leaf.hex(),
            "logLeafHash": sha(b"\x00", leaf).hex()}


def write(name, value):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    write("hashes.json", hashes())
    write("maps.json", maps())
    write("fold.json", fold())
    write("map-root-leaf.json", map_root_leaf())
