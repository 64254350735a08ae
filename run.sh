#!/usr/bin/env bash
# The local stack in the foreground: a real single-node Kafka broker and the four services, seeded with the demo catalog
# and stock. Ctrl-C stops everything.
#   ./run.sh                 services on file-based H2 under .local/ (nothing else needed)
#   ./run.sh --postgres      the production packages (prod profile) on the PostgreSQL server at 127.0.0.1:5432, databases
#                            comptoir_local_<service> created when missing, deep demo stock: the benchmark's stack
#   --fresh                  start from empty data (H2 files, Kafka log, PostgreSQL databases)
#   --keep-alive             start again any process of the stack that exits (the benchmark's chaos mode kills them)
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
LOCAL="$ROOT/.local"
LOGS="$LOCAL/logs"
SERVICES=(orders:8080 payments:8081 fulfillment:8082 notifications:8083)
# Everything listens on the loopback interface only: the well-known tokens must not reach the network.
HOST=127.0.0.1
KAFKA_PORT=9092
READY_TIMEOUT=180
JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC)
PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
# The benchmark runs thousands of checkouts: every demo item gets this much stock on the PostgreSQL stack.
DEEP_STOCK=1000000

POSTGRES=false
FRESH=false
KEEP_ALIVE=false
for arg in "$@"; do
  case "$arg" in
    --postgres) POSTGRES=true ;;
    --fresh) FRESH=true ;;
    --keep-alive) KEEP_ALIVE=true ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) printf 'run.sh: unknown option %s (see ./run.sh --help)\n' "$arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m%s\033[0m\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The production packages serve health, metrics and OpenAPI on their management port (each service's
# quarkus.management.port: its port + 1000); the local packages on the service's own port.
if $POSTGRES; then
  APP_DIR=quarkus-app
  BUILD_ARGS=()
  MANAGEMENT_OFFSET=1000
else
  APP_DIR=local-app
  BUILD_ARGS=(-Dquarkus.profile=local -Dquarkus.package.output-directory=local-app)
  MANAGEMENT_OFFSET=0
fi

# Build the packages when one is missing or older than any source.
needs_build() {
  [[ -f kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar && -d kafka-broker/target/lib ]] || return 0
  local svc jar
  for entry in "${SERVICES[@]}"; do
    svc="${entry%%:*}"
    jar="$svc-service/target/$APP_DIR/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    # Modules that never run in the stack (tests, the benchmark) do not make it stale.
    [[ -z "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -type f -not -path './bench/*' \
      -not -path './system-tests/*' -not -path './deploy-tests/*' -print -quit)" ]] || return 0
  done
  return 1
}

sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 "$@"; }

command -v java >/dev/null || fail "java 17 or newer is needed on the PATH"
MANAGEMENT=()
if $POSTGRES; then
  for entry in "${SERVICES[@]}"; do MANAGEMENT+=("${entry%%:*}-management:$((${entry##*:} + MANAGEMENT_OFFSET))"); done
fi
for entry in "${SERVICES[@]}" "${MANAGEMENT[@]}" "kafka:$KAFKA_PORT" "kafka-controller:$((KAFKA_PORT + 1))"; do
  port_busy "${entry##*:}" && fail "port ${entry##*:} (${entry%%:*}) is already in use: stop what holds it first"
done
if $POSTGRES; then
  command -v psql >/dev/null || fail "--postgres needs the psql client on the PATH"
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || fail "--postgres: no PostgreSQL answers on $PG_HOST:$PG_PORT"
fi

if needs_build; then
  say "Building the services for the local stack (first run: a few minutes)..."
  ./mvnw -B -q package -DskipTests "${BUILD_ARGS[@]}"
fi

if $FRESH; then
  say "Starting from empty data"
  rm -rf "$LOCAL/data" "$LOCAL/kafka"
  if $POSTGRES; then
    for entry in "${SERVICES[@]}"; do psql_admin -c "drop database if exists comptoir_local_${entry%%:*} with (force)"; done
  fi
fi
if $POSTGRES; then
  for entry in "${SERVICES[@]}"; do
    db="comptoir_local_${entry%%:*}"
    [[ "$(psql_admin -Atc "select 1 from pg_database where datname = '$db'")" == 1 ]] || psql_admin -c "create database $db"
  done
fi

# The prod profile takes what the local profile sets in application.properties from the environment instead.
postgres_environment() {
  local svc="$1"
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/comptoir_local_$svc"
  echo "QUARKUS_DATASOURCE_USERNAME=$PG_USER"
  echo "KAFKA_BOOTSTRAP_SERVERS=localhost:$KAFKA_PORT"
  echo "COMPTOIR_AUTH_AGENT_TOKENS=local:$(sha256 local-agent-token)"
  echo "COMPTOIR_AUTH_MERCHANT_TOKENS=local-merchant:$(sha256 local-merchant-token)"
  case "$svc" in
    orders)
      echo "COMPTOIR_DEMO_CATALOG=true"
      echo "COMPTOIR_IDEMPOTENCY_FINGERPRINT_SECRET=dev-only-idempotency-fingerprint-secret" ;;
    payments)
      echo "COMPTOIR_PAYMENTS_COMMISSION_RATES_LOCAL=2.5"
      echo "COMPTOIR_IDEMPOTENCY_FINGERPRINT_SECRET=dev-only-idempotency-fingerprint-secret" ;;
    fulfillment)
      local items
      items=$(sed -n 's/^%local.comptoir.demo.stock=//p' fulfillment-service/src/main/resources/application.properties)
      echo "COMPTOIR_DEMO_STOCK=$(tr ',' '\n' <<<"$items" | sed "s/:.*/:$DEEP_STOCK/" | paste -sd,)"
      echo "COMPTOIR_FULFILLMENT_SIMULATION_POLL_INTERVAL=5s" ;;
    notifications)
      echo "QUARKUS_MAILER_MOCK=true"
      echo "COMPTOIR_SHOP_MERCHANT_EMAIL=merchant@comptoir.example"
      echo "COMPTOIR_WEBHOOKS_SECRET_KEY=ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQta2V5LTMyYiE="
      echo "WEBHOOKS_ALLOW_PRIVATE_TARGETS=true" ;;
  esac
}

mkdir -p "$LOGS" "$LOCAL/data"
declare -A PID=()
ORDER=(kafka orders payments fulfillment notifications)
stop_all() {
  trap - INT TERM EXIT
  say "Stopping..."
  for ((i = ${#ORDER[@]} - 1; i >= 0; i--)); do
    [[ -n "${PID[${ORDER[i]}]:-}" ]] && kill "${PID[${ORDER[i]}]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  say "Stopped. Data stays in .local/ or the comptoir_local_* databases (--fresh starts empty)."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

start_kafka() {
  # A restart appends to the log: "ready" must be this start's.
  local from=$(($(wc -l <"$LOGS/kafka.log") + 1))
  java "${JAVA_OPTS[@]}" -cp "kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar:kafka-broker/target/lib/*" \
    dev.comptoir.kafka.KafkaBroker "$KAFKA_PORT" "$LOCAL/kafka" >>"$LOGS/kafka.log" 2>&1 &
  PID[kafka]=$!
  for _ in $(seq 1 120); do
    tail -n "+$from" "$LOGS/kafka.log" | grep -q "Kafka broker ready" && return
    kill -0 "${PID[kafka]}" 2>/dev/null || { tail -20 "$LOGS/kafka.log"; fail "Kafka did not start (log: .local/logs/kafka.log)"; }
    sleep 0.5
  done
}

start_service() {
  local svc="$1" environment=()
  if $POSTGRES; then
    mapfile -t environment < <(postgres_environment "$svc")
  else
    environment=(QUARKUS_PROFILE=local)
  fi
  environment+=(QUARKUS_HTTP_HOST=$HOST QUARKUS_MANAGEMENT_HOST=$HOST)
  (cd "$LOCAL" && exec env "${environment[@]}" java "${JAVA_OPTS[@]}" -Dcomptoir.local-dir="$LOCAL" \
    -jar "$ROOT/$svc-service/target/$APP_DIR/quarkus-run.jar") >>"$LOGS/$svc.log" 2>&1 &
  PID[$svc]=$!
}

await_ready() {
  local svc="$1" port="$2" started="$3"
  until curl -fs -o /dev/null "http://$HOST:$((port + MANAGEMENT_OFFSET))/q/health/ready"; do
    kill -0 "${PID[$svc]}" 2>/dev/null || { tail -30 "$LOGS/$svc.log"; fail "$svc-service exited (log: .local/logs/$svc.log)"; }
    (( $(date +%s) - started < READY_TIMEOUT )) || fail "$svc-service not ready after ${READY_TIMEOUT}s (log: .local/logs/$svc.log)"
    sleep 0.5
  done
}

: >"$LOGS/kafka.log"
say "Starting Kafka on $HOST:$KAFKA_PORT"
start_kafka

STARTED=$(date +%s)
for entry in "${SERVICES[@]}"; do
  svc="${entry%%:*}"
  : >"$LOGS/$svc.log"
  say "Starting $svc-service on http://$HOST:${entry##*:}$($POSTGRES && echo " (PostgreSQL comptoir_local_$svc)")"
  start_service "$svc"
done
for entry in "${SERVICES[@]}"; do await_ready "${entry%%:*}" "${entry##*:}" "$STARTED"; done

cat <<TEXT

$(say "Comptoir is ready ($(( $(date +%s) - STARTED ))s).")
  orders         http://$HOST:8080   ACP checkout, feed (/feed/products.jsonl), orders
  payments       http://$HOST:8081   sandbox PSP (/agentic_commerce/delegate_payment), /payments
  fulfillment    http://$HOST:8082   /stock/{sku}
  notifications  http://$HOST:8083   /emails?order_id=
  every service  /q/health/ready  /q/metrics  /q/openapi$($POSTGRES && echo " on its port + 1000 (orders :9080, ...)")
  Kafka          $HOST:$KAFKA_PORT      logs in .local/logs/

Tokens (local stack only): agent "Bearer local-agent-token", merchant "Bearer local-merchant-token".

A checkout as an agent does it; paste it into another terminal:

$(sed -n '/^# --- checkout ---$/,/^# --- end ---$/p' scripts/agent-checkout.sh | sed '1d;$d')

Ctrl-C stops everything.
TEXT

while true; do
  wait -n || true
  for name in "${ORDER[@]}"; do
    kill -0 "${PID[$name]}" 2>/dev/null && continue
    $KEEP_ALIVE || fail "$name exited; logs are in .local/logs/"
    say "$(date +%T) $name exited: starting it again (--keep-alive)"
    if [[ "$name" == kafka ]]; then
      start_kafka
    else
      start_service "$name"
    fi
  done
done
