#!/usr/bin/env bash
# The exporter's walkthrough (docs/walkthroughs/exporter.md), run against a running local stack: exactly
# the commands the page shows, each with the exit code and the lines the page says to expect.
#
#   deploy/local/walkthrough-exporter.sh   after 'deploy/local/trazo up'; honours TRAZO_HOME and TRAZO_INGEST_PORT
#
# The governance key holder is played by the demo governance key that 'up' writes; the exporter is a new
# actor with a fresh name each run, so the script can run again on the same stack.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${TRAZO_HOME:-$ROOT/.trazo}"
INGEST="http://127.0.0.1:${TRAZO_INGEST_PORT:-8081}"
CLI_JAR="$ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar"
GOVERNANCE="$STATE/demo/governance.key"
WORK="$(mktemp -d /tmp/trazo-exporter.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
CHECK_PREFIX='exporter: '
# shellcheck source=walkthrough-checks.sh
. "$ROOT/deploy/local/walkthrough-checks.sh"
NAME="cafe-del-norte-$(date +%s)"
ACTOR="urn:trazo:actor:$NAME"

trazo() { java -jar "$CLI_JAR" "$@"; }

# polls 'status' until it exits with something other than 3 (not final yet), then requires the code and patterns
settles() { # exit-code, output-file, patterns... -- status args...
  local code=$1 out=$2 actual=3 tries=0
  shift 2
  local patterns=()
  while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
  shift
  while [ "$actual" -eq 3 ] && [ "$tries" -lt 60 ]; do
    actual=0
    trazo status --capture-url "$INGEST" "$@" >"$out" 2>&1 || actual=$?
    [ "$actual" -eq 3 ] && { tries=$((tries + 1)); sleep 2; }
  done
  cat "$out"
  [ "$actual" -eq "$code" ] || { echo "exit code $actual, expected $code"; return 1; }
  for p in "${patterns[@]}"; do grep -qE -- "$p" "$out" || { echo "no line matches: $p"; return 1; }; done
}

for f in "$GOVERNANCE" "$CLI_JAR"; do
  [ -f "$f" ] || { echo "walkthrough exporter: $f is missing; run 'deploy/local/trazo up' first" >&2; exit 1; }
done
echo "walkthrough exporter: against $INGEST, as $ACTOR"
cd "$WORK"

# 1. The exporter makes a key pair.
check "keygen prints the key id and the public key" \
  expect 0 keygen.txt "^keyId     ed25519:" "^publicKey [A-Za-z0-9_-]{43}$" -- trazo keygen --out exporter.key
PUBLIC_KEY="$(awk '/^publicKey /{print $2}' keygen.txt)"

# 2. The governance key holder registers the exporter and its key, and publishes both.
check "registry actor signs the actor record" \
  expect 0 actor.out -- trazo registry actor --governance-key "$GOVERNANCE" --id "$ACTOR" --name "Café del Norte S.A.S." \
  --role exporter --attribute country=CO --out actor.json
check "registry key signs the key record" \
  expect 0 key.out -- trazo registry key --governance-key "$GOVERNANCE" --actor "$ACTOR" --public-key "$PUBLIC_KEY" \
  --valid-from 2026-01-01T00:00:00Z --out key.json
check "publish sends both to ingest and prints a capture id" \
  expect 0 registry-capture.txt "^[0-9a-f-]{36}$" -- trazo publish --capture-url "$INGEST" actor.json key.json
check "status: both registry records ACCEPTED" \
  settles 0 registry-status.txt "^ACCEPTED " -- --capture "$(head -1 registry-capture.txt)"

# 3. The exporter signs a custody event.
cat >commissioning.json <<JSON
{"type":"event","actor":"$ACTOR",
 "event":{"type":"ObjectEvent","eventTime":"2026-11-20T08:00:00.000-05:00","eventTimeZoneOffset":"-05:00",
          "action":"ADD","bizStep":"commissioning",
          "quantityList":[{"epcClass":"urn:trazo:lot:$NAME:green-2026-001","quantity":19200,"uom":"KGM"}]}}
JSON
check "build signs the record and keeps the exporter's own copy" \
  expect 0 build.txt -- trazo build --step commissioning.json --key exporter.key --ledger mine.jsonl --append
check "the exporter's copy holds one signed record" bash -c "[ \$(wc -l <mine.jsonl) -eq 1 ]"

# 4. Publish it and see the receipt.
check "publish prints a capture id" \
  expect 0 capture.txt "^[0-9a-f-]{36}$" -- trazo publish --capture-url "$INGEST" mine.jsonl
check "status: the event is ACCEPTED with its ledger position" \
  settles 0 status.txt "^ACCEPTED +[0-9a-f]{64} @[0-9]+" -- --capture "$(head -1 capture.txt)"

echo "walkthrough exporter: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
