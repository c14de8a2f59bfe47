#!/usr/bin/env bash
# The buyer's walkthrough (docs/walkthroughs/buyer.md), run against a running local stack: exactly the
# commands the page shows, each with the exit code and the lines the page says to expect.
#
#   deploy/local/walkthrough-buyer.sh      after 'deploy/local/trazo up'; honours TRAZO_HOME, TRAZO_QUERY_PORT and TRAZO_WEB_PORT
#
# A buyer trusts two public keys and nothing else: the governance (trust-root) key and the log's key.
# Locally both are files the runner wrote under TRAZO_HOME; in production they are published by the
# ledger's governance body and its log operator.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${TRAZO_HOME:-$ROOT/.trazo}"
QUERY="http://127.0.0.1:${TRAZO_QUERY_PORT:-8082}"
CLI_JAR="$ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar"
LOT="urn:epc:class:lgtin:0614141.077777.RC1187"
WORK="$(mktemp -d /tmp/trazo-buyer.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
CHECK_PREFIX='buyer: '
# shellcheck source=walkthrough-checks.sh
. "$ROOT/deploy/local/walkthrough-checks.sh"

trazo() { java -jar "$CLI_JAR" "$@"; }

for f in "$STATE/demo/trust-root.txt" "$STATE/log-verifier.key" "$STATE/witness-verifier.key" "$CLI_JAR"; do
  [ -f "$f" ] || { echo "walkthrough buyer: $f is missing; run 'deploy/local/trazo up' first" >&2; exit 1; }
done
TRUST_ROOT="$STATE/demo/trust-root.txt"
LOG_KEY="$(cat "$STATE/log-verifier.key")"
WITNESS_KEY="$(cat "$STATE/witness-verifier.key")"

echo "walkthrough buyer: against $QUERY"
WEB="http://127.0.0.1:${TRAZO_WEB_PORT:-8083}"
# 0. The buyer's page, as a scanned label opens it.
check "the label's page says the lot is verified, in Spanish" \
  expect 0 "$WORK/page.html" "✓ Verificado" "Rose City Roasters" "El recorrido" \
  -- curl -sf "$WEB/01/00614141777778/10/RC1187?lang=es"
check "a label that names no lot gets a 404 page" \
  expect 0 "$WORK/nopage.txt" "^404$" -- curl -s -o /dev/null -w '%{http_code}\n' "$WEB/01/00614141777778/10/NOSUCHLOT"
check "the label's QR code is an SVG" \
  expect 0 "$WORK/qr.svg" "^<svg " "\(01\)00614141777778\(10\)RC1187" -- curl -sf "$WEB/qr/01/00614141777778/10/RC1187.svg"
# 1. Trace the lot: the journey, upstream from the retail bags to both harvests.
check "trace prints the journey back to both harvests" \
  expect 0 "$WORK/trace.txt" "^Journey of $LOT \([0-9]+ steps" "harvesting .*asomucafe-villamaria" "harvesting .*finca-el-mirador" \
  "shipping" -- trazo trace --query-url "$QUERY" "$LOT"
# 2. Download the provenance bundle.
check "trace --bundle-out saves the provenance bundle" \
  expect 0 "$WORK/save.txt" "^provenance bundle saved to $WORK/bundle.json \([0-9]+ bytes\)" \
  -- trazo trace --query-url "$QUERY" --bundle-out "$WORK/bundle.json" "$LOT"
# 3. Verify it offline: no network from here on, only the two public keys.
check "verify-bundle with the trust root and the log key says VERIFIED" \
  expect 0 "$WORK/verify.txt" "^lot  $LOT" "^log  .* size [0-9]+ root [0-9a-f]{64}: every record proved" "^  OK   /records/0 " \
  "^VERIFIED: [0-9]+ records, the lot's history checks out against the trust root and the transparency log" \
  -- trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" "$WORK/bundle.json"
check "every record in the bundle is OK, none FAIL" bash -c "! grep -q '^  FAIL' '$WORK/verify.txt'"
# 4. Require proof that no signing key was revoked (the status map the log commits to, protocol §20.6) and the
#    local witness's cosignature (§19.5): what a dishonest server could otherwise leave out.
check "verify-bundle --require-status proves every key's status" \
  expect 0 "$WORK/status.txt" "^keys status proven: no signing key revoked, no claimed certificate suspended" \
  "^VERIFIED: [0-9]+ records" \
  -- trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" --require-status "$WORK/bundle.json"
# The witness cosigns each checkpoint a moment after the log signs it, so a bundle of the very latest checkpoint
# may not carry its cosignature yet: download it again until it does (as a buyer would, a little later).
witnessed() {
  local i
  for i in $(seq 1 30); do
    trazo trace --query-url "$QUERY" --bundle-out "$WORK/witnessed.json" "$LOT" >/dev/null
    if trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" --require-status \
      --witness "$WITNESS_KEY" --max-age 24h "$WORK/witnessed.json" >"$WORK/witnessed.txt"; then
      grep -E "^witnesses .*\(1 of 1" "$WORK/witnessed.txt"
      return
    fi
    sleep 1
  done
  cat "$WORK/witnessed.txt"
  return 1
}
check "with --witness, the bundle's cosignatures meet the quorum of the local witness" witnessed

# What failure looks like.
# One character of the first record's bytes (base64url in the bundle) changed, as a careless or dishonest copy would.
sed -E 's/("records":\["[A-Za-z0-9_-]{40})A/\1B/; t; s/("records":\["[A-Za-z0-9_-]{40})[^A]/\1A/' "$WORK/bundle.json" >"$WORK/tampered.json"
tampered_fails() {
  cmp -s "$WORK/bundle.json" "$WORK/tampered.json" && { echo "the edit changed nothing"; return 1; }
  expect 1 "$WORK/tampered.txt" "^  FAIL /records/0 " "^FAILED: " \
    -- trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" "$WORK/tampered.json"
}
check "a bundle with one byte of a record changed FAILS" tampered_fails
trazo log-keygen --origin "$(echo "$LOG_KEY" | cut -d+ -f1)" --out "$WORK/other-log.key" --verifier-out "$WORK/other-log.pub" >/dev/null
check "a bundle checked against another log's key FAILS: LOG_CHECKPOINT_NOT_SIGNED_BY_LOG" \
  expect 1 "$WORK/other.txt" "^FAILED: LOG_CHECKPOINT_NOT_SIGNED_BY_LOG at /log/checkpoint" \
  -- trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$(cat "$WORK/other-log.pub")" "$WORK/bundle.json"
check "verify-bundle without --log-key refuses a bundle that carries proofs (LOG_UNSUPPORTED)" \
  expect 1 "$WORK/nolog.txt" "^FAILED: LOG_UNSUPPORTED" \
  -- trazo verify-bundle --trust-root "$TRUST_ROOT" "$WORK/bundle.json"
check "tracing a lot the ledger does not know exits 1 with the query API's answer" \
  expect 1 "$WORK/unknown.txt" "^trazo trace: 404 " \
  -- trazo trace --query-url "$QUERY" "urn:epc:class:lgtin:0614141.077777.NOSUCHLOT"

echo "walkthrough buyer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
