#!/usr/bin/env bash
# End-to-end test of the local stack, driven the way a user drives it: the README's run command,
# health, the demo, the trace and the bundle over HTTP, the offline check with the CLI, a stop and a
# restart, and the same data afterwards; then the users' walkthroughs (deploy/local/walkthrough-*.sh) and
# one near-limit message on the records topic. Uses its own ports (TRAZO_E2E_*_PORT to move them) and
# state directory; cleans up after.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export TRAZO_HOME="${TRAZO_E2E_HOME:-$(mktemp -d /tmp/trazo-e2e.XXXXXX)}"
mkdir -p "$TRAZO_HOME"
export TRAZO_KAFKA_PORT=${TRAZO_E2E_KAFKA_PORT:-29092} TRAZO_KAFKA_CONTROLLER_PORT=${TRAZO_E2E_KAFKA_CONTROLLER_PORT:-29093}
export TRAZO_MONGO_PORT=${TRAZO_E2E_MONGO_PORT:-29017}
export TRAZO_INGEST_PORT=${TRAZO_E2E_INGEST_PORT:-28081} TRAZO_QUERY_PORT=${TRAZO_E2E_QUERY_PORT:-28082}
export TRAZO_WEB_PORT=${TRAZO_E2E_WEB_PORT:-28083} TRAZO_WITNESS_PORT=${TRAZO_E2E_WITNESS_PORT:-28480}
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
check "deploy/local/trazo down stops everything" bash -c "'$TRAZO' down && '$TRAZO' status | grep -c stopped | grep -q 6"
check "deploy/local/trazo up starts again on the kept data" "$TRAZO" up
check "the demo records are duplicates now: the data survived" bash -c "[ \$(grep -c '^DUPLICATE' '$TRAZO_HOME/demo-receipts.txt') -eq 40 ]"
check "the same trace after the restart" bash -c "$CLI trace --query-url $QUERY '$LOT' > '$TRAZO_HOME/trace2.txt' && diff '$TRAZO_HOME/trace1.txt' '$TRAZO_HOME/trace2.txt'"
check "the log kept its history: the saved checkpoint is consistent with the latest" bash -c "$CLI monitor --log-url $QUERY --log-key \"\$(cat '$TRAZO_HOME/log-verifier.key')\" --checkpoint '$TRAZO_HOME/checkpoint.txt'"

echo "e2e: the users' walkthroughs, each against this stack"
for user in exporter buyer certifier operator; do
  walkthrough="$ROOT/deploy/local/walkthrough-$user.sh"
  if [ -x "$walkthrough" ]; then
    check "the $user walkthrough (docs/walkthroughs/$user.md) runs as written" "$walkthrough"
  else
    echo "  --    no walkthrough-$user.sh yet"
  fi
done

echo "e2e: a near-limit message on the records topic"
# Issue 15's repro: a value just under the broker's 8 MiB limit, on the same partition (same key) as a
# record published after it. 8,388,450 bytes with this 36-byte key is as near as the producer allows
# (batch and record overhead take the rest), so its dead letter, which adds headers, cannot fit; at
# 8,388,000 it still did, and the defect stayed hidden. The Kafka tools come from the broker's jars; the
# record goes through the CLI, which prints topic/partition/offset, the receipts' source.
KAFKA_LIB="$ROOT/deploy/local/kafka/target/lib/*"
BOOTSTRAP="127.0.0.1:$TRAZO_KAFKA_PORT"
head -n 1 "$TRAZO_HOME/demo/journey.jsonl" >"$TRAZO_HOME/near-limit-after.jsonl"
publish_after() { $CLI publish --bootstrap "$BOOTSTRAP" "$TRAZO_HOME/near-limit-after.jsonl" 2>/dev/null | tail -n 1 | cut -d' ' -f1; }
receipts() {
  java -cp "$KAFKA_LIB" org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$BOOTSTRAP" --topic trazo.receipts \
    --from-beginning --isolation-level read_committed --timeout-ms 15000 2>/dev/null | grep '^{' || true
}
near_limit() {
  local first partition offset key after
  first=$(publish_after) && [ -n "$first" ] || { echo "the CLI could not publish $TRAZO_HOME/near-limit-after.jsonl"; return 1; }
  partition=$(echo "$first" | cut -d/ -f2)
  offset=$(echo "$first" | cut -d/ -f3)
  # the record is an actor registration, keyed by its actor id (docs/operations.md, Keys and partitioning)
  key=$(grep -o '"id":"[^"]*"' "$TRAZO_HOME/near-limit-after.jsonl" | head -n 1 | cut -d'"' -f4)
  { printf '%s\t' "$key"; head -c 8388450 /dev/zero | tr '\0' x; echo; } | java -cp "$KAFKA_LIB" org.apache.kafka.tools.ConsoleProducer \
    --bootstrap-server "$BOOTSTRAP" --topic trazo.records --property parse.key=true --property key.separator=$'\t' \
    --producer-property acks=all --producer-property max.request.size=8388608 --producer-property buffer.memory=33554432 \
    || { echo "the broker refused the near-limit message"; return 1; }
  after=$(publish_after)
  echo "the record after it: $after (the first copy was $first)"
  [ "$(echo "$after" | cut -d/ -f2)" = "$partition" ] && [ "$(echo "$after" | cut -d/ -f3)" -ge $((offset + 2)) ] \
    || { echo "the record after it is not behind the near-limit message on partition $partition"; return 1; }
  echo "$after" >"$TRAZO_HOME/near-limit-source.txt"
  local since=$SECONDS
  until receipts | grep -q "\"source\":\"$after\""; do
    [ $((SECONDS - since)) -le 120 ] || { echo "no receipt for $after within 120 s"; return 1; }
  done
}
check "a record published after an 8,388,450-byte value on its partition gets its receipt within 120 s" near_limit
near_limit_receipt() { # the message just before the record after it is the near-limit value
  local src
  src=$(cat "$TRAZO_HOME/near-limit-source.txt") || return 1
  receipts | grep "\"source\":\"${src%/*}/$((${src##*/} - 1))\"" | grep -v '"DEFERRED"' >"$TRAZO_HOME/near-limit-receipt.txt" || true
  cat "$TRAZO_HOME/near-limit-receipt.txt"
  [ "$(wc -l <"$TRAZO_HOME/near-limit-receipt.txt")" -eq 1 ]
}
check "the near-limit value itself got exactly one final receipt" near_limit_receipt
check "ingest still reports UP" java -cp "$ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar" io.trazo.cli.HealthProbe \
  "http://127.0.0.1:$TRAZO_INGEST_PORT/actuator/health"

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
