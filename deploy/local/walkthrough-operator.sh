#!/usr/bin/env bash
# The operator walkthrough (docs/walkthroughs/operator.md), run against a running local stack: each command the
# walkthrough shows, in its order, and a check that it did what the walkthrough says it does.
#
# Start the stack first (deploy/local/trazo up). This finds it through TRAZO_HOME (default .trazo/) and the ports
# that `up` saved there. The last step rotates the log key in place (the ledger and log are kept) and publishes one
# registry record, so that the log grows and signs its transition checkpoint. Exit code: 0 all passed, 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${TRAZO_HOME:-$ROOT/.trazo}"
TRAZO="$ROOT/deploy/local/trazo"
CLI_JAR="$ROOT/trazo-cli/target/trazo-cli-0.1.0-SNAPSHOT-cli.jar"
CLI="java -jar $CLI_JAR"
LOT="urn:epc:class:lgtin:0614141.077777.RC1187"
[ -f "$STATE/settings" ] || { echo "walkthrough: no stack under $STATE; start one with deploy/local/trazo up" >&2; exit 2; }
while IFS='=' read -r key value; do
  [ -n "${!key:-}" ] || export "$key=$value"
done <"$STATE/settings"
INGEST="http://127.0.0.1:${TRAZO_INGEST_PORT:-8081}"
QUERY="http://127.0.0.1:${TRAZO_QUERY_PORT:-8082}"
WORK=$(mktemp -d /tmp/trazo-operator.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
CHECK_PREFIX=''
# shellcheck source=walkthrough-checks.sh
. "$ROOT/deploy/local/walkthrough-checks.sh"

run() { # the walkthrough's own command, its output kept in $WORK/out for the checks after it
  echo "  \$ ${*#"$ROOT/"}"
  "$@" >"$WORK/out" 2>&1 || { echo "        (exit $?)"; sed 's/^/        /' "$WORK/out" | tail -n 20; }
}
healthy() { java -cp "$CLI_JAR" io.trazo.cli.HealthProbe "$1/actuator/health"; }
pid() { cat "$STATE/$1.pid"; }
log_key() { cat "$STATE/log-verifier.key"; }

echo "walkthrough (operator): against the stack in $STATE"

echo "1. start and stop: what runs"
run "$TRAZO" status
check "status lists the six services running" bash -c "[ \$(grep -c ': running (pid' '$WORK/out') -eq 6 ]"

echo "2. read logs"
run "$TRAZO" logs ingest
check "logs ingest prints the last lines of ingest's log" bash -c "[ \$(wc -l <'$WORK/out') -gt 0 ]"
dumps=$(grep -c 'AdminClientConfig values' "$STATE/ingest/stdout.log" || true)
for _ in 1 2 3 4 5; do healthy "$INGEST" || true; done
check "five health probes add no Kafka client noise to ingest's log" \
  bash -c "[ \$(grep -c 'AdminClientConfig values' '$STATE/ingest/stdout.log' || true) -eq $dumps ]"

echo "3. restart one service"
before=$(pid ingest)
built=$(stat -c '%Y %s' "$STATE/build.log" "$STATE/demo-receipts.txt")
exec 9>"$WORK/held-open" # a descriptor this shell holds: the restarted service must not inherit it
run "$TRAZO" restart ingest
exec 9>&-
after=$(pid ingest)
check "ingest runs again under a new pid" bash -c "[ '$after' != '$before' ] && '$TRAZO' status | grep -q 'ingest: running (pid $after)'"
check "ingest reports UP" healthy "$INGEST"
check "nothing was rebuilt and the demo was not published again" bash -c "[ \"\$(stat -c '%Y %s' '$STATE/build.log' '$STATE/demo-receipts.txt')\" = '$built' ]"
run "$TRAZO" logs ingest --previous
check "logs ingest --previous shows the stopped instance's log" grep -q " $before --- " "$WORK/out"
check "the new instance's log is another file, started afresh" bash -c "! grep -q ' $before --- ' '$STATE/ingest/stdout.log'"
if [ -d "/proc/$after/fd" ]; then
  check "the restarted service holds none of the caller's descriptors, and reads /dev/null" \
    bash -c "! ls -l /proc/$after/fd | grep -q '$WORK/held-open' && [ \"\$(readlink /proc/$after/fd/0)\" = /dev/null ]"
fi

echo "4. stop one service, and start it again"
run "$TRAZO" stop query
run "$TRAZO" status
check "query is stopped and the others still run" bash -c "grep -q 'query: stopped' '$WORK/out' && [ \$(grep -c ': running' '$WORK/out') -eq 5 ]"
check "query no longer answers" bash -c "! java -cp '$CLI_JAR' io.trazo.cli.HealthProbe $QUERY/actuator/health"
run "$TRAZO" restart query
check "query answers again: the retail lot's trace" bash -c "$CLI trace --query-url $QUERY '$LOT' >'$WORK/trace-before.txt'"
check "the log's latest checkpoint is saved by the monitor" \
  $CLI monitor --log-url "$QUERY" --log-key "$(log_key)" --checkpoint "$WORK/checkpoint.txt"
run $CLI monitor --log-url "$QUERY" --log-key "$(log_key)" --checkpoint "$WORK/checkpoint.txt" --replay
check "monitor --replay re-reads every entry and every committed map root matches the log's records" \
  grep -qE '^REPLAYED [0-9]+ leaves, [1-9][0-9]* map roots, all match' "$WORK/out"

echo "5. back up the stand-in's file (and the keys, kept apart)"
mkdir -p "$WORK/backup"
run "$TRAZO" stop ingest
run "$TRAZO" stop mongo
check "the stand-in is stopped, so its file is closed, before it is copied" bash -c "'$TRAZO' status | grep -q 'mongo: stopped'"
run cp -p "$STATE/mongo/trazo.mv" "$WORK/backup/trazo.mv"
run cp -p "$STATE/log-signer.key" "$STATE/log-verifier.key" "$WORK/backup/"
run "$TRAZO" restart mongo
run "$TRAZO" restart ingest
check "ingest is back and reports UP" healthy "$INGEST"

echo "6. restore it (after losing the stand-in's file)"
run "$TRAZO" stop query
run "$TRAZO" stop ingest
run "$TRAZO" stop mongo
rm -f "$STATE/mongo/trazo.mv" # the loss this restores from
run cp -p "$WORK/backup/trazo.mv" "$STATE/mongo/trazo.mv"
run "$TRAZO" restart mongo
run "$TRAZO" restart ingest
run "$TRAZO" restart query
check "the restored ledger gives the same trace" bash -c "$CLI trace --query-url $QUERY '$LOT' >'$WORK/trace-after.txt' && diff '$WORK/trace-before.txt' '$WORK/trace-after.txt'"
check "the restored log is consistent with the checkpoint saved before the backup" \
  $CLI monitor --log-url "$QUERY" --log-key "$(log_key)" --checkpoint "$WORK/checkpoint.txt"

echo "7. rotate the log key, keeping the log"
old_key=$(log_key)
cp "$WORK/checkpoint.txt" "$WORK/checkpoint-before-rotation.txt"
run env TRAZO_ROTATE_WAIT=3 "$TRAZO" rotate-log-key
check "with nothing published, the rotation waits for its transition checkpoint, ingest holding both keys" \
  bash -c "grep -q 'no transition checkpoint yet' '$WORK/out' && [ -f '$STATE/log-signer.key.previous' ]"
check "the old verifier key is kept in log-key.pub.<time>" bash -c "grep -qxF '$old_key' $STATE/log-key.pub.*"
check "the log has a new key" bash -c "[ \"\$(cat '$STATE/log-verifier.key')\" != '$old_key' ]"
check "ingest, holding both keys, reports UP" healthy "$INGEST"
run $CLI registry actor --governance-key "$STATE/demo/governance.key" --id "urn:trazo:actor:rotation-$(date +%s)" \
  --name "Rotation check" --role exporter --attribute country=CO --out "$WORK/actor.json"
run $CLI publish --capture-url "$INGEST" "$WORK/actor.json"
run "$TRAZO" rotate-log-key
check "the next record brings the transition checkpoint, and ingest keeps the new key only" \
  bash -c "grep -q 'rotate-log-key: done' '$WORK/out' && [ ! -f '$STATE/log-signer.key.previous' ]"
check "ingest, with the new key only, reports UP" healthy "$INGEST"
check "a monitor given the old and the new key follows the log across the rotation" \
  $CLI monitor --log-url "$QUERY" --log-key "$old_key" --log-key "$(log_key)" --checkpoint "$WORK/checkpoint.txt"
check "with the new key alone, a checkpoint saved before the rotation fails monitor (exit 2), which says why" \
  bash -c "$CLI monitor --log-url $QUERY --log-key \"\$(cat '$STATE/log-verifier.key')\" --checkpoint '$WORK/checkpoint-before-rotation.txt' 2>'$WORK/err'; [ \$? -eq 2 ] && grep -q 'previous key' '$WORK/err'"
check "from now on the new key alone suffices" \
  $CLI monitor --log-url "$QUERY" --log-key "$(log_key)" --checkpoint "$WORK/checkpoint.txt"
check "the retail lot still traces: the ledger was kept" bash -c "$CLI trace --query-url $QUERY '$LOT' >/dev/null"

echo "walkthrough (operator): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
