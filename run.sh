#!/usr/bin/env bash
# The local stack in the foreground: a real single-node Kafka broker, the four services on file-based H2 under .local/,
# seeded with the demo catalog and stock. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
LOCAL="$ROOT/.local"
LOGS="$LOCAL/logs"
SERVICES=(orders:8080 payments:8081 fulfillment:8082 notifications:8083)
KAFKA_PORT=9092
READY_TIMEOUT=180
JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC)

say() { printf '\033[1m%s\033[0m\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Build the local-profile packages (H2) when one is missing or older than any source.
needs_build() {
  [[ -f kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar && -d kafka-broker/target/lib ]] || return 0
  local svc jar
  for entry in "${SERVICES[@]}"; do
    svc="${entry%%:*}"
    jar="$svc-service/target/local-app/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    # Modules that never run in the stack (tests, the benchmark) do not make it stale.
    [[ -z "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -type f -not -path './bench/*' \
      -not -path './system-tests/*' -not -path './deploy-tests/*' -print -quit)" ]] || return 0
  done
  return 1
}

command -v java >/dev/null || fail "java 17 or newer is needed on the PATH"
for entry in "${SERVICES[@]}" "kafka:$KAFKA_PORT" "kafka-controller:$((KAFKA_PORT + 1))"; do
  port_busy "${entry##*:}" && fail "port ${entry##*:} (${entry%%:*}) is already in use: stop what holds it first"
done

if needs_build; then
  say "Building the services for the local stack (first run: a few minutes)..."
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=local -Dquarkus.package.output-directory=local-app
fi

mkdir -p "$LOGS" "$LOCAL/data"
PIDS=()
stop_all() {
  trap - INT TERM EXIT
  say "Stopping..."
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "Stopped. Data stays in .local/ (delete it for a fresh start)."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

say "Starting Kafka on localhost:$KAFKA_PORT"
java "${JAVA_OPTS[@]}" -cp "kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar:kafka-broker/target/lib/*" \
  dev.comptoir.kafka.KafkaBroker "$KAFKA_PORT" "$LOCAL/kafka" >"$LOGS/kafka.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do
  grep -q "Kafka broker ready" "$LOGS/kafka.log" 2>/dev/null && break
  kill -0 "${PIDS[0]}" 2>/dev/null || { tail -20 "$LOGS/kafka.log"; fail "Kafka did not start (log: .local/logs/kafka.log)"; }
  sleep 0.5
done

STARTED=$(date +%s)
for entry in "${SERVICES[@]}"; do
  svc="${entry%%:*}"
  say "Starting $svc-service on http://localhost:${entry##*:}"
  (cd "$LOCAL" && exec java "${JAVA_OPTS[@]}" -Dquarkus.profile=local -Dcomptoir.local-dir="$LOCAL" \
    -jar "$ROOT/$svc-service/target/local-app/quarkus-run.jar") >"$LOGS/$svc.log" 2>&1 &
  PIDS+=($!)
done

i=1
for entry in "${SERVICES[@]}"; do
  svc="${entry%%:*}"
  until curl -fs -o /dev/null "http://localhost:${entry##*:}/q/health/ready"; do
    kill -0 "${PIDS[i]}" 2>/dev/null || { tail -30 "$LOGS/$svc.log"; fail "$svc-service exited (log: .local/logs/$svc.log)"; }
    (( $(date +%s) - STARTED < READY_TIMEOUT )) || fail "$svc-service not ready after ${READY_TIMEOUT}s (log: .local/logs/$svc.log)"
    sleep 0.5
  done
  i=$((i + 1))
done

cat <<TEXT

$(say "Comptoir is ready ($(( $(date +%s) - STARTED ))s).")
  orders         http://localhost:8080   ACP checkout, feed (/feed/products.jsonl), orders
  payments       http://localhost:8081   sandbox PSP (/agentic_commerce/delegate_payment), /payments
  fulfillment    http://localhost:8082   /stock/{sku}
  notifications  http://localhost:8083   /emails?order_id=
  every service  /q/health/ready  /q/metrics  /q/openapi
  Kafka          localhost:$KAFKA_PORT      logs in .local/logs/

Tokens (local profile only): agent "Bearer local-agent-token", merchant "Bearer local-merchant-token".

A checkout as an agent does it; paste it into another terminal:

$(sed -n '/^# --- checkout ---$/,/^# --- end ---$/p' scripts/agent-checkout.sh | sed '1d;$d')

Ctrl-C stops everything.
TEXT

wait -n "${PIDS[@]}" || true
fail "a process of the stack exited; logs are in .local/logs/"
