# Sourced by the walkthrough scripts (walkthrough-*.sh): how a step is checked and counted. The caller
# sets WORK (a scratch folder) and, if it likes, CHECK_PREFIX (e.g. "buyer: ") before sourcing.
passed=0
failed=0

check() { # description, command...
  local what=$1
  shift
  if "$@" >"$WORK/check.out" 2>&1; then
    passed=$((passed + 1))
    echo "  ok    ${CHECK_PREFIX:-}$what"
  else
    failed=$((failed + 1))
    echo "  FAIL  ${CHECK_PREFIX:-}$what"
    sed 's/^/        /' "$WORK/check.out" | tail -n 20
  fi
}

# runs a command, requires its exit code, then requires every given line pattern in its output
expect() { # exit-code, output-file, patterns... -- command...
  local code=$1 out=$2 actual=0
  shift 2
  local patterns=()
  while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
  shift
  "$@" >"$out" 2>&1 || actual=$?
  cat "$out"
  [ "$actual" -eq "$code" ] || { echo "exit code $actual, expected $code"; return 1; }
  for p in "${patterns[@]}"; do grep -qE -- "$p" "$out" || { echo "no line matches: $p"; return 1; }; done
}
