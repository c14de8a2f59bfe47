# The service half of deploy/local/trazo: sourced, not run.

INGEST_JAR="$ROOT/ingest-service/target/ingest-service-$VERSION-exec.jar"
QUERY_JAR="$ROOT/query-service/target/query-service-$VERSION-exec.jar"
WITNESS_JAR="$ROOT/trazo-witness/target/trazo-witness-$VERSION-exec.jar"
WITNESS_NAME="${TRAZO_WITNESS_NAME:-witness.trazo.local/w1}"
WEB_JAR="$ROOT/trace-web/target/trace-web-$VERSION-exec.jar"
# the same flags as deploy/compose.yaml and deploy/k8s/60-web.yaml (DeployFilesTest)
WEB_JVM_FLAGS="-XX:TieredStopAtLevel=1"
# the demo retail lot's label: GTIN 00614141777778, lot RC1187 (urn:epc:class:lgtin:0614141.077777.RC1187)
RETAIL_PAGE="/01/00614141777778/10/RC1187"
LOG_ORIGIN="${TRAZO_LOG_ORIGIN:-trazo.local/log}"
DEMO="$STATE/demo"
RETAIL_LOT="urn:epc:class:lgtin:0614141.077777.RC1187"
# the v2 demo's retail lot (CoffeeJourneyV2): producer, price, variety, process and roast date on its page
RETAIL_PAGE_V2="/01/00614141777778/10/RC1203"

cli() { java -jar "$CLI_JAR" "$@"; }

kafka_bootstrap() { echo "${TRAZO_KAFKA_BOOTSTRAP:-127.0.0.1:$KAFKA_PORT}"; }
mongo_uri() { echo "${TRAZO_MONGO_URI:-mongodb://127.0.0.1:$MONGO_PORT/trazo}"; }

log_keys() {
  # The log's signing key is generated once, kept beside the data, readable only by its owner.
  if [ ! -f "$STATE/log-signer.key" ]; then
    cli log-keygen --origin "$LOG_ORIGIN" --out "$STATE/log-signer.key" --verifier-out "$STATE/log-verifier.key" >/dev/null \
      || fail "could not create the transparency log key."
  fi
}

start_service() { # name, jar, port, port-variable
  local name=$1 jar=$2 port=$3 var=$4
  running "$name" && { say "$name already running (pid $(pid_of "$name"))"; return; }
  require_port "$port" "$name" "$var"
  mkdir -p "$STATE/$name"
  say "starting $name on http://127.0.0.1:$port…"
  (
    export TRAZO_KAFKA_BOOTSTRAP TRAZO_MONGO_URI TRAZO_TRUST_ROOT TRAZO_INGEST_PORT TRAZO_QUERY_PORT TRAZO_WEB_PORT TRAZO_QUERY_URL
    TRAZO_KAFKA_BOOTSTRAP=$(kafka_bootstrap)
    TRAZO_MONGO_URI=$(mongo_uri)
    TRAZO_TRUST_ROOT=$(grep -v '^#' "$DEMO/trust-root.txt" | head -1)
    TRAZO_INGEST_PORT=$INGEST_PORT
    TRAZO_QUERY_PORT=$QUERY_PORT
    TRAZO_WEB_PORT=$WEB_PORT
    TRAZO_QUERY_URL="http://127.0.0.1:$QUERY_PORT"
    if [ "$name" = web ]; then
      # the page holds no database credentials: only query's URL and the log's public key for its CLI line
      unset TRAZO_MONGO_URI TRAZO_KAFKA_BOOTSTRAP
      TRAZO_WEB_LOG_KEY=$(cat "$STATE/log-verifier.key")
      export TRAZO_WEB_LOG_KEY
    fi
    if [ "$name" = ingest ]; then
      export TRAZO_LOG_ENABLED=true TRAZO_LOG_ORIGIN="$LOG_ORIGIN"
      TRAZO_LOG_SIGNER_KEY=$(cat "$STATE/log-signer.key")
      export TRAZO_LOG_SIGNER_KEY
      # the one local witness (protocol §19): ingest submits every new checkpoint to it
      export TRAZO_LOG_WITNESSES_0_URL="http://127.0.0.1:$WITNESS_PORT"
      TRAZO_LOG_WITNESSES_0_KEY=$(cat "$STATE/witness-verifier.key")
      export TRAZO_LOG_WITNESSES_0_KEY
      if [ -f "$STATE/log-signer.key.previous" ]; then # a key rotation under way (rotation.sh)
        TRAZO_LOG_PREVIOUS_SIGNER_KEY=$(cat "$STATE/log-signer.key.previous")
        export TRAZO_LOG_PREVIOUS_SIGNER_KEY
      fi
    fi
    heap=768m
    # query keeps its audit fold (~1.1-1.5 KB per ledger record) and status map (~630 bytes per registry
    # record) on the heap, built at start: 3 GB holds a 1,000,000-record ledger with 1,000,000 keys
    # (docs/operations.md, "Warm-up at start"); -Xmx is a ceiling, the demo ledger uses a few MB of it
    if [ "$name" = query ]; then heap=${TRAZO_QUERY_HEAP:-3g}; fi
    # trace-web: C1 only; its JIT otherwise costs as much CPU as its pages for the
    # first ~2,000 never-seen pages (docs/operations.md, "JVM flags of trace-web and query-service")
    local -a jvm=()
    if [ "$name" = web ]; then read -ra jvm <<<"${TRAZO_WEB_JAVA_OPTS-$WEB_JVM_FLAGS}"; fi
    detached "$STATE/$name/stdout.log" java -Xmx"$heap" "${jvm[@]}" -jar "$jar"
  ) &
  echo $! >"$STATE/$name.pid"
  wait_for "$name" "$STATE/$name/stdout.log" "health_up $port" 120 "http_get $port /actuator/health"
}

# The local witness (trazo-witness): its key is made once and kept beside the data, like the log's.
start_witness() {
  running witness && { say "witness already running (pid $(pid_of witness))"; return; }
  require_port "$WITNESS_PORT" "witness" TRAZO_WITNESS_PORT
  mkdir -p "$STATE/witness/state"
  if [ ! -f "$STATE/witness.key" ]; then
    java -jar "$WITNESS_JAR" keygen --name "$WITNESS_NAME" --out "$STATE/witness.key" >"$STATE/witness-verifier.key" \
      || fail "could not create the witness key."
  fi
  say "starting the witness $WITNESS_NAME on http://127.0.0.1:$WITNESS_PORT…"
  (detached "$STATE/witness/stdout.log" java -Xmx64m -jar "$WITNESS_JAR" serve --key "$STATE/witness.key" \
    --log "$(cat "$STATE/log-verifier.key")" --state "$STATE/witness/state" --listen "127.0.0.1:$WITNESS_PORT") &
  echo $! >"$STATE/witness.pid"
  wait_for witness "$STATE/witness/stdout.log" "! port_free $WITNESS_PORT" 30
}

health_up() {
  java -cp "$CLI_JAR" io.trazo.cli.HealthProbe "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1
}

publish_and_wait() { # file, receipts-file; prints the final receipts, returns status's exit code (0 all in, 1 some rejected)
  local id code i=0
  id=$(cli publish --capture-url "http://127.0.0.1:$INGEST_PORT" "$1" 2>>"$2" | head -1) || fail "publishing $1 failed." "$2"
  while :; do
    code=0
    cli status --capture-url "http://127.0.0.1:$INGEST_PORT" --capture "$id" >"$2" 2>&1 || code=$?
    [ "$code" -ne 3 ] && return "$code"
    i=$((i + 1))
    [ "$i" -le 90 ] || fail "ingest gave no final outcome for capture $id within 90 s." "$2"
    sleep 1
  done
}

publish_demo() {
  say "publishing the demo journey through the capture endpoint (signed records → Kafka → ingest)…"
  publish_and_wait "$DEMO/journey.jsonl" "$STATE/demo-receipts.txt" || fail "some demo records were rejected." "$STATE/demo-receipts.txt"
  say "the demo's $(grep -c -E '^(ACCEPTED|DUPLICATE)' "$STATE/demo-receipts.txt") records are in the ledger" \
    "($(grep -c '^ACCEPTED' "$STATE/demo-receipts.txt") new, $(grep -c '^DUPLICATE' "$STATE/demo-receipts.txt") there already); the last receipts:"
  tail -n 3 "$STATE/demo-receipts.txt" | sed 's/^/    /'
  say "publishing the v2 demo journey (its registry records are the v1 demo's, so they come back DUPLICATE)…"
  publish_and_wait "$DEMO/journey-v2.jsonl" "$STATE/demo-v2-receipts.txt" \
    || fail "some v2 demo records were rejected." "$STATE/demo-v2-receipts.txt"
  say "the v2 demo's $(grep -c -E '^(ACCEPTED|DUPLICATE)' "$STATE/demo-v2-receipts.txt") records are in the ledger" \
    "($(grep -c '^ACCEPTED' "$STATE/demo-v2-receipts.txt") new)"
  say "publishing a forgery (the sale with a forged signature), to show a rejection receipt:"
  publish_and_wait "$DEMO/forgery.json" "$STATE/forgery-receipt.txt" || true
  sed 's/^/    /' "$STATE/forgery-receipt.txt"
}

http_get() { # port, path: prints the response body, from bash's /dev/tcp (no curl needed); fails unless 200
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
    IFS= read -r status <&3
    sed '1,/^\r$/d' <&3
    case "$status" in "HTTP/1."?" 200"*) ;; *) exit 1 ;; esac
  )
}

# The ledger's size as its log signs it: the tree size of the latest checkpoint (line 2 of the note), once the log
# includes the demo record with the highest position, so records of earlier runs and other publishers count too.
ledger_size() {
  local last size i=0
  last=$(grep -E '^(ACCEPTED|DUPLICATE) ' "$STATE/demo-receipts.txt" | sort -t@ -k2 -n | tail -n 1 | awk '{print $2}')
  while ! http_get "$QUERY_PORT" "/log/proof/inclusion?record=$last" >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -le 30 ] || { echo "an unknown number of"; return; }
    sleep 1
  done
  size=$(http_get "$QUERY_PORT" /checkpoint 2>/dev/null | sed -n 2p) || size=""
  echo "${size:-an unknown number of}"
}

wait_for_log() {
  local i=0
  while ! cli trace --query-url "http://127.0.0.1:$QUERY_PORT" --bundle-out "$STATE/retail-bundle.json" "$RETAIL_LOT" \
      >"$STATE/trace.txt" 2>&1 || ! cli verify-bundle --trust-root "$DEMO/trust-root.txt" --log-key "$(cat "$STATE/log-verifier.key")" \
      "$STATE/retail-bundle.json" >"$STATE/bundle-check.txt" 2>&1; do
    i=$((i + 1))
    [ "$i" -le 30 ] || fail "the retail lot's bundle did not verify within 30 s." "$STATE/bundle-check.txt"
    sleep 1
  done
}

save_settings() {
  local key
  for key in "${SETTINGS[@]}"; do
    if [ -n "${!key:-}" ]; then printf '%s=%s\n' "$key" "${!key}"; fi
  done >"$STATE/settings"
}

# Everything goes but the verifier keys of earlier logs: a reset starts a new log under a new key, and checkpoints
# that monitors saved from the old log can then only be told apart from a fork with the old key.
reset_state() {
  local kept=""
  if [ -f "$STATE/log-verifier.key" ]; then
    kept="$STATE/log-key.pub.$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$STATE/log-verifier.key" "$kept"
  fi
  say "reset: deleting everything under $STATE but earlier log keys (log-key.pub.*)"
  find "$STATE" -mindepth 1 -maxdepth 1 ! -name 'log-key.pub.*' -exec rm -rf {} +
  if [ -n "$kept" ]; then
    warn "reset: the transparency log starts again, empty, under a NEW signing key. Checkpoints saved from the old log"
    warn "       (for example by 'monitor --checkpoint') will not verify against the new key: 'monitor' fails on them."
    warn "       The old log's verifier key is kept in $kept: $(cat "$kept")"
  fi
}

cmd_up() {
  local reset=false
  for arg in "$@"; do
    case "$arg" in
      --reset) reset=true ;;
      *) fail "unknown option $arg (usage: deploy/local/trazo up [--reset])" ;;
    esac
  done
  require_java
  if $reset; then
    cmd_down
    reset_state
  fi
  save_settings
  build
  mkdir -p "$DEMO"
  cli demo --out "$DEMO" >"$STATE/demo.log" 2>&1 || fail "building the demo journey failed." "$STATE/demo.log"
  log_keys
  if [ -n "${TRAZO_KAFKA_BOOTSTRAP:-}" ]; then say "using Kafka at $TRAZO_KAFKA_BOOTSTRAP"; else start_kafka; fi
  if [ -n "${TRAZO_MONGO_URI:-}" ]; then say "using MongoDB at $TRAZO_MONGO_URI"; else start_mongo; fi
  start_witness
  start_service ingest "$INGEST_JAR" "$INGEST_PORT" TRAZO_INGEST_PORT
  start_service query "$QUERY_JAR" "$QUERY_PORT" TRAZO_QUERY_PORT
  start_service web "$WEB_JAR" "$WEB_PORT" TRAZO_WEB_PORT
  publish_demo
  wait_for_log
  say "the log's latest checkpoint has $(ledger_size) leaves: the accepted records, and after each batch a map-root leaf"
  cat <<EOF

  Trazo is running (data under $STATE; 'deploy/local/trazo down' stops it, 'up --reset' starts fresh).
    store      Mongo-wire STAND-IN (mongo-java-server on H2), not MongoDB — for local use only
    ingest     http://127.0.0.1:$INGEST_PORT   (POST /capture, GET /capture/{id})
    query API  http://127.0.0.1:$QUERY_PORT    Swagger UI: http://127.0.0.1:$QUERY_PORT/swagger-ui.html
    buyer page http://127.0.0.1:$WEB_PORT$RETAIL_PAGE   (the demo retail lot's label; ?lang=es for Spanish)
               http://127.0.0.1:$WEB_PORT$RETAIL_PAGE_V2   (the v2 demo: producer, price paid, variety, process, roast date)
    log        http://127.0.0.1:$QUERY_PORT/checkpoint  verifier key: $(cat "$STATE/log-verifier.key")
    witness    http://127.0.0.1:$WITNESS_PORT   cosigner key: $(cat "$STATE/witness-verifier.key")

EOF
  cat "$STATE/trace.txt"
  cat <<EOF

  Check the retail lot's provenance offline, trusting only the governance and log keys:
    java -jar $CLI_JAR verify-bundle --trust-root $DEMO/trust-root.txt \\
        --log-key "$(cat "$STATE/log-verifier.key")" $STATE/retail-bundle.json
EOF
  tail -n 1 "$STATE/bundle-check.txt" | sed 's/^/    → /'
}
