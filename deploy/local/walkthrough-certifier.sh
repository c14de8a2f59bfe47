#!/usr/bin/env bash
# The certifier's walkthrough (docs/walkthroughs/certifier.md), run against a running local stack: exactly
# the commands the page shows, each with the exit code and the lines the page says to expect.
#
#   deploy/local/walkthrough-certifier.sh      after 'deploy/local/trazo up'; honours TRAZO_HOME and TRAZO_QUERY_PORT
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${TRAZO_HOME:-$ROOT/.trazo}"
QUERY="http://127.0.0.1:${TRAZO_QUERY_PORT:-8082}"
CLI_JAR="$ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar"
WOMEN=urn:trazo:actor:asomucafe-villamaria
CHERRY=urn:trazo:lot:asomucafe-villamaria:cherry-2026-041
PARCHMENT=urn:trazo:lot:coop-cafeteros-caldas:parchment-2026-112
LOT=urn:epc:class:lgtin:0614141.077777.RC1187
WORK="$(mktemp -d /tmp/trazo-certifier.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
CHECK_PREFIX='certifier: '
# shellcheck source=walkthrough-checks.sh
. "$ROOT/deploy/local/walkthrough-checks.sh"

trazo() { java -jar "$CLI_JAR" "$@"; }

for f in "$STATE/demo/trust-root.txt" "$STATE/log-verifier.key" "$CLI_JAR"; do
  [ -f "$f" ] || { echo "walkthrough certifier: $f is missing; run 'deploy/local/trazo up' first" >&2; exit 1; }
done
TRUST_ROOT="$STATE/demo/trust-root.txt"
LOG_KEY="$(cat "$STATE/log-verifier.key")"

echo "walkthrough certifier: against $QUERY"
# 1. The certificates in the ledger.
check "type=certificate lists the demo's seven certificates (three v1, four v2)" \
  bash -c "curl -sf '$QUERY/records?type=certificate' | tee '$WORK/certs.json' | grep -o '\"type\":\"certificate\"' | wc -l | grep -qx 7"
check "an unknown record type is a bad-parameter problem" \
  expect 0 "$WORK/badtype.txt" "^400 " -- bash -c "curl -s -o '$WORK/badtype.json' -w '%{http_code} ' '$QUERY/records?type=certificates'; cat '$WORK/badtype.json'"
check "the problem names its type" grep -q '"type":"https://trazo.dev/problems/bad-parameter"' "$WORK/badtype.txt"
# 2. Where each claim stands on a lot.
check "on the harvest, women-produced is valid at IP" \
  expect 0 "$WORK/cherry.json" '"claim":"women_produced"[^}]*"status":"valid","level":"IP"' -- curl -sf "$QUERY/lots/$CHERRY"
check "on the parchment, the merge left it invalid: MIXED_WITH_NON_QUALIFYING" \
  expect 0 "$WORK/parchment.json" '"claim":"women_produced"[^}]*"status":"invalid"' '"reason":"MIXED_WITH_NON_QUALIFYING"' \
  -- curl -sf "$QUERY/lots/$PARCHMENT"
# 3. The offline audit of the retail lot's bundle.
check "trace --bundle-out saves the provenance bundle" \
  expect 0 "$WORK/save.txt" "^provenance bundle saved to $WORK/bundle.json" \
  -- trazo trace --query-url "$QUERY" --bundle-out "$WORK/bundle.json" "$LOT"
check "audit verifies the bundle and reports the demo's findings (exit 3)" \
  expect 3 "$WORK/audit.txt" "^lot        $LOT" "^verified   [0-9]+ records against the trust root and the transparency log" \
  "MIXED_WITH_NON_QUALIFYING" "YIELD_OUT_OF_BAND: parchment → green yield 0.4709" "^AUDIT FINDINGS: " \
  -- trazo audit "$WORK/bundle.json" --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY"
offline_equals_online() {
  trazo audit "$WORK/bundle.json" --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" --json > "$WORK/offline.json" || [ $? -eq 3 ]
  curl -sf "$QUERY/lots/$LOT/audit" > "$WORK/online.json"
  cmp <(head -c -1 "$WORK/offline.json") "$WORK/online.json" && echo "offline and online audits are identical"
}
check "the offline audit's JSON is byte for byte the service's /lots/{lot}/audit" offline_equals_online
# 4. An operator's mass balance.
check "the women's farm balances: 2562.5 kg in (1250 + 1312.5), 2562.5 kg out, ok" \
  expect 0 "$WORK/balance.json" '"ok":true' '"form":"cherry"' '"period":"2026-Q4"' '"inputsKg":"2562.5"' '"outputsKg":"2562.5"' '"closingKg":"0"' \
  -- curl -sf "$QUERY/actors/$WOMEN/mass-balance?scheme=women_produced&from=2026-10-01&to=2026-12-31"
check "an unknown scheme is a 400 problem" \
  expect 0 "$WORK/badscheme.txt" "^400$" -- curl -s -o /dev/null -w '%{http_code}\n' "$QUERY/actors/$WOMEN/mass-balance?scheme=kosher"
# 5. An operator's quarter, checked offline from its period bundle.
EXPORTER=urn:trazo:actor:exportadora-andina
check "the exporter's period bundle downloads" \
  curl -sf -o "$WORK/period.json" "$QUERY/actors/$EXPORTER/bundle?from=2026-10-01&to=2026-12-31"
check "verify-bundle checks the operator's period against the trust root and the log" \
  expect 0 "$WORK/period-verify.txt" "^operator $EXPORTER from 2026-10-01 to 2026-12-31" \
  "^VERIFIED: [0-9]+ records, the operator's period checks out against the trust root and the transparency log" \
  -- trazo verify-bundle --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" "$WORK/period.json"
check "audit --scheme recomputes the exporter's women-produced balance offline: 262.5 kg of parchment, 210 kg of green, ok" \
  expect 0 "$WORK/period-audit.txt" "2026-Q4 green: opening 0 kg \\+ inputs 0 \\+ converted in 210" \
  "2026-Q4 parchment: opening 0 kg \\+ inputs 262.5 " "^BALANCE OK" \
  -- trazo audit "$WORK/period.json" --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" --scheme women_produced
balance_offline_equals_online() {
  trazo audit "$WORK/period.json" --trust-root "$TRUST_ROOT" --log-key "$LOG_KEY" --scheme women_produced --json > "$WORK/offline-balance.json"
  curl -sf "$QUERY/actors/$EXPORTER/mass-balance?scheme=women_produced&from=2026-10-01&to=2026-12-31" > "$WORK/online-balance.json"
  cmp <(head -c -1 "$WORK/offline-balance.json") "$WORK/online-balance.json" && echo "offline and online balances are identical"
}
check "the offline balance's JSON is byte for byte the service's /mass-balance" balance_offline_equals_online

echo "walkthrough certifier: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
