# The service half of deploy/local/trazo: sourced, not run.

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
  if [ -n "${TRAZO_KAFKA_BOOTSTRAP:-}" ]; then say "using Kafka at $TRAZO_KAFKA_BOOTSTRAP"; else start_kafka; fi
  if [ -n "${TRAZO_MONGO_URI:-}" ]; then say "using MongoDB at $TRAZO_MONGO_URI"; else start_mongo; fi
}
