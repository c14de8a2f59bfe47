# The service half of deploy/local/trazo: sourced, not run.

INGEST_JAR="$ROOT/ingest-service/target/ingest-service-$VERSION-exec.jar"
QUERY_JAR="$ROOT/query-service/target/query-service-$VERSION-exec.jar"
LOG_ORIGIN="${TRAZO_LOG_ORIGIN:-trazo.local/log}"
DEMO="$STATE/demo"
RETAIL_LOT="urn:epc:class:lgtin:0614141.077777.RC1187"

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
    export TRAZO_KAFKA_BOOTSTRAP TRAZO_MONGO_URI TRAZO_TRUST_ROOT TRAZO_INGEST_PORT TRAZO_QUERY_PORT
    TRAZO_KAFKA_BOOTSTRAP=$(kafka_bootstrap)
    TRAZO_MONGO_URI=$(mongo_uri)
    TRAZO_TRUST_ROOT=$(grep -v '^#' "$DEMO/trust-root.txt" | head -1)
    TRAZO_INGEST_PORT=$INGEST_PORT
    TRAZO_QUERY_PORT=$QUERY_PORT
    if [ "$name" = ingest ]; then
      export TRAZO_LOG_ENABLED=true TRAZO_LOG_ORIGIN="$LOG_ORIGIN"
      TRAZO_LOG_SIGNER_KEY=$(cat "$STATE/log-signer.key")
      export TRAZO_LOG_SIGNER_KEY
    fi
    exec nohup java -Xmx768m -jar "$jar" >"$STATE/$name/stdout.log" 2>&1
  ) &
  echo $! >"$STATE/$name.pid"
  wait_for "$name" "$STATE/$name/stdout.log" "health_up $port" 120
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
  say "$(grep -c -E '^(ACCEPTED|DUPLICATE)' "$STATE/demo-receipts.txt") records in the ledger; the last receipts:"
  tail -n 3 "$STATE/demo-receipts.txt" | sed 's/^/    /'
  say "publishing a forgery (the sale with a forged signature), to show a rejection receipt:"
  publish_and_wait "$DEMO/forgery.json" "$STATE/forgery-receipt.txt" || true
  sed 's/^/    /' "$STATE/forgery-receipt.txt"
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
    say "reset: deleting $STATE"
    rm -rf "$STATE"
    mkdir -p "$STATE"
  fi
  build
  mkdir -p "$DEMO"
  cli demo --out "$DEMO" >"$STATE/demo.log" 2>&1 || fail "building the demo journey failed." "$STATE/demo.log"
  log_keys
  if [ -n "${TRAZO_KAFKA_BOOTSTRAP:-}" ]; then say "using Kafka at $TRAZO_KAFKA_BOOTSTRAP"; else start_kafka; fi
  if [ -n "${TRAZO_MONGO_URI:-}" ]; then say "using MongoDB at $TRAZO_MONGO_URI"; else start_mongo; fi
  start_service ingest "$INGEST_JAR" "$INGEST_PORT" TRAZO_INGEST_PORT
  start_service query "$QUERY_JAR" "$QUERY_PORT" TRAZO_QUERY_PORT
  publish_demo
  wait_for_log
  cat <<EOF

  Trazo is running (data under $STATE; 'deploy/local/trazo down' stops it, 'up --reset' starts fresh).
    store      Mongo-wire STAND-IN (mongo-java-server on H2), not MongoDB — for local use only
    ingest     http://127.0.0.1:$INGEST_PORT   (POST /capture, GET /capture/{id})
    query API  http://127.0.0.1:$QUERY_PORT    Swagger UI: http://127.0.0.1:$QUERY_PORT/swagger-ui.html
    log        http://127.0.0.1:$QUERY_PORT/checkpoint  verifier key: $(cat "$STATE/log-verifier.key")

EOF
  cat "$STATE/trace.txt"
  cat <<EOF

  Check the retail lot's provenance offline, trusting only the governance and log keys:
    java -jar $CLI_JAR verify-bundle --trust-root $DEMO/trust-root.txt \\
        --log-key "$(cat "$STATE/log-verifier.key")" $STATE/retail-bundle.json
EOF
  tail -n 1 "$STATE/bundle-check.txt" | sed 's/^/    → /'
}
