# `deploy/local/trazo rotate-log-key` (protocol.md §17.1): sourced by deploy/local/trazo, not run.
#
# The log keeps its tree and history; only its key changes. Files under $STATE:
#   log-signer.key / log-verifier.key    the current key (the new one once the rotation has begun)
#   log-signer.key.previous               the retiring signing key, only until the transition checkpoint exists
#   log-key.pub.<UTC time>                every earlier verifier key, kept for checkpoints and bundles saved before
# Each step leaves files from which the command can be run again, so a rotation cut short (a crash, or no record
# published in time) resumes where it stopped.

ROTATE_WAIT="${TRAZO_ROTATE_WAIT:-120}"

# The latest checkpoint verifies under the new key. While ingest holds both keys it signs with both, so this is
# the transition checkpoint (or a later one also signed by the old key).
new_key_signs_latest() {
  local probe
  probe=$(mktemp "$STATE/rotation-probe.XXXXXX")
  rm -f "$probe"
  local code=0
  cli monitor --log-url "http://127.0.0.1:$QUERY_PORT" --log-key "$(cat "$STATE/log-verifier.key")" \
    --checkpoint "$probe" >/dev/null 2>&1 || code=$?
  rm -f "$probe"
  return "$code"
}

cmd_rotate_log_key() {
  require_java
  [ -f "$STATE/log-signer.key" ] && [ -f "$CLI_JAR" ] || fail "no log key in $STATE yet: run 'deploy/local/trazo up' first."
  running ingest && running query || fail "rotate-log-key needs ingest and query running ('deploy/local/trazo status')."
  if [ ! -f "$STATE/log-signer.key.previous" ]; then
    local stamp kept
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    rm -f "$STATE/log-signer.key.new" "$STATE/log-verifier.key.new" # a key never used by ingest: safe to redo
    cli log-keygen --origin "$LOG_ORIGIN" --out "$STATE/log-signer.key.new" --verifier-out "$STATE/log-verifier.key.new" \
      >/dev/null || fail "could not create the new log key."
    kept="$STATE/log-key.pub.$stamp"
    cp -p "$STATE/log-verifier.key" "$kept"
    # the order matters for a crash: the previous key is in place before the new one replaces it
    mv "$STATE/log-signer.key" "$STATE/log-signer.key.previous"
    mv "$STATE/log-signer.key.new" "$STATE/log-signer.key"
    mv "$STATE/log-verifier.key.new" "$STATE/log-verifier.key"
    say "rotate-log-key: new log key $(cat "$STATE/log-verifier.key")"
    say "rotate-log-key: the old verifier key is kept in $kept"
  else
    say "rotate-log-key: resuming the rotation to $(cat "$STATE/log-verifier.key")"
  fi
  say "rotate-log-key: restarting ingest with both keys"
  stop ingest
  start_service ingest "$INGEST_JAR" "$INGEST_PORT" TRAZO_INGEST_PORT
  say "rotate-log-key: waiting up to ${ROTATE_WAIT}s for the transition checkpoint (signed by both keys);"
  say "                 it is signed with the log's next record, so publish one if the ledger is idle"
  local waited=0
  until new_key_signs_latest; do
    if [ "$waited" -ge "$ROTATE_WAIT" ]; then
      warn "rotate-log-key: no transition checkpoint yet; ingest keeps both keys until there is one."
      warn "                publish a record, then run 'deploy/local/trazo rotate-log-key' again to finish."
      exit 3
    fi
    sleep 1
    waited=$((waited + 1))
  done
  say "rotate-log-key: transition checkpoint published; restarting ingest with the new key only"
  rm -f "$STATE/log-signer.key.previous"
  stop ingest
  start_service ingest "$INGEST_JAR" "$INGEST_PORT" TRAZO_INGEST_PORT
  # The local witness took the transition checkpoint under the old key; from now on it must check the new one
  # (a witness run by another party is reconfigured by its operator: docs/operations.md, Witnesses).
  if running witness; then
    say "rotate-log-key: restarting the local witness with the new log key"
    stop witness
    start_witness
  fi
  say "rotate-log-key: done. Monitors and buyers add the new key and keep the old ones:"
  say "  --log-key \"\$(cat $STATE/log-verifier.key)\" --log-key \"\$(cat $STATE/log-key.pub.<time>)\" …"
}
