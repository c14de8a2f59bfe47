#!/usr/bin/env bash
# End-to-end test of the local stack, driven the way a user drives it: the README's run command,
# health, the demo, the trace and the bundle over HTTP, the offline check with the CLI, a stop and a
# restart, and the same data afterwards. Uses its own ports and state directory; cleans up after.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export TRAZO_HOME="${TRAZO_E2E_HOME:-$(mktemp -d /tmp/trazo-e2e.XXXXXX)}"
mkdir -p "$TRAZO_HOME"
export TRAZO_KAFKA_PORT=29092 TRAZO_KAFKA_CONTROLLER_PORT=29093 TRAZO_MONGO_PORT=29017
export TRAZO_INGEST_PORT=28081 TRAZO_QUERY_PORT=28082
TRAZO="$ROOT/deploy/local/trazo"
CLI="java -jar $ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar"
LOT="urn:epc:class:lgtin:0614141.077777.RC1187"
QUERY="http://127.0.0.1:$TRAZO_QUERY_PORT"
passed=0
failed=0

check() { # description, command...
  local what=$1
  shift
  if "$@" >"$TRAZO_HOME/check.out" 2>&1; then
    passed=$((passed + 1))
    echo "  ok    $what"
  else
    failed=$((failed + 1))
    echo "  FAIL  $what"
    sed 's/^/        /' "$TRAZO_HOME/check.out" | tail -n 20
  fi
}

cleanup() {
  "$TRAZO" down >/dev/null 2>&1 || true
  for log in build kafka/logs/server mongo/stdout ingest/stdout query/stdout; do
    if [ "$failed" -gt 0 ] && [ -f "$TRAZO_HOME/$log.log" ]; then
      echo "---- last lines of $log.log"
      tail -n 30 "$TRAZO_HOME/$log.log"
    fi
  done
  [ -n "${TRAZO_E2E_HOME:-}" ] || rm -rf "$TRAZO_HOME"
}
trap cleanup EXIT

contains() { grep -q -- "$2" "$1"; }

echo "e2e: starting the stack with the README's run command (state in $TRAZO_HOME)"
check "deploy/local/trazo up starts everything and publishes the demo" "$TRAZO" up
check "ingest and query report UP" bash -c "java -cp $ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar io.trazo.cli.HealthProbe http://127.0.0.1:$TRAZO_INGEST_PORT/actuator/health && java -cp $ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar io.trazo.cli.HealthProbe $QUERY/actuator/health"
check "every demo record is in the ledger" bash -c "[ \$(grep -c -E '^(ACCEPTED|DUPLICATE)' '$TRAZO_HOME/demo-receipts.txt') -eq 40 ]"
check "the forgery got a REJECTED receipt with BAD_SIGNATURE" contains "$TRAZO_HOME/forgery-receipt.txt" "REJECTED.*BAD_SIGNATURE"
check "the retail lot's trace goes back to both harvests" bash -c "$CLI trace --query-url $QUERY '$LOT' > '$TRAZO_HOME/trace1.txt' && grep -q harvesting '$TRAZO_HOME/trace1.txt' && [ \$(grep -c harvesting '$TRAZO_HOME/trace1.txt') -eq 2 ]"
check "the bundle downloaded over HTTP verifies offline with the CLI" bash -c "$CLI trace --query-url $QUERY --bundle-out '$TRAZO_HOME/bundle1.json' '$LOT' >/dev/null && $CLI verify-bundle --trust-root '$TRAZO_HOME/demo/trust-root.txt' --log-key \"\$(cat '$TRAZO_HOME/log-verifier.key')\" '$TRAZO_HOME/bundle1.json'"
check "a tampered bundle fails the offline check" bash -c "sed 's/\"lot\":\"urn/\"lot\":\"urX/' '$TRAZO_HOME/bundle1.json' > '$TRAZO_HOME/bad.json'; ! $CLI verify-bundle --trust-root '$TRAZO_HOME/demo/trust-root.txt' --log-key \"\$(cat '$TRAZO_HOME/log-verifier.key')\" '$TRAZO_HOME/bad.json'"
check "the monitor saves a checkpoint signed by the log key" bash -c "$CLI monitor --log-url $QUERY --log-key \"\$(cat '$TRAZO_HOME/log-verifier.key')\" --checkpoint '$TRAZO_HOME/checkpoint.txt'"

echo "e2e: stopping and starting again"
check "deploy/local/trazo down stops everything" bash -c "'$TRAZO' down && '$TRAZO' status | grep -c stopped | grep -q 4"
check "deploy/local/trazo up starts again on the kept data" "$TRAZO" up
check "the demo records are duplicates now: the data survived" bash -c "[ \$(grep -c '^DUPLICATE' '$TRAZO_HOME/demo-receipts.txt') -eq 40 ]"
check "the same trace after the restart" bash -c "$CLI trace --query-url $QUERY '$LOT' > '$TRAZO_HOME/trace2.txt' && diff '$TRAZO_HOME/trace1.txt' '$TRAZO_HOME/trace2.txt'"
check "the log kept its history: the saved checkpoint is consistent with the latest" bash -c "$CLI monitor --log-url $QUERY --log-key \"\$(cat '$TRAZO_HOME/log-verifier.key')\" --checkpoint '$TRAZO_HOME/checkpoint.txt'"

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
