#!/usr/bin/env bash
# The processing API under load (docs/benchmarks.md, "Processing API under load").
#
# Starts the built jar (web/target/kopilka-*.jar) with the embedded MariaDB in a fresh data folder (or against
# KOPILKA_DB_URL), registers customers through the API, gives each one settled points to redeem, warms up, then runs
# the floor endpoint, calculate and place at rising fixed arrival rates with bench-load/LoadGen.java (open loop,
# latency from the intended send time), prints one RESULT and one CPU line per step and a table at the end.
#
#   bench-load/run.sh                       # defaults below
#   CUSTOMERS=20000 RATES="500 1000 1500" DURATION=30 bench-load/run.sh
#   JFR=1 bench-load/run.sh                 # also records a flight recording of the app (bench-load/target/app.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${CUSTOMERS:-10000}
FLOOR_RATES=${FLOOR_RATES-"1000 2000 3000 4000"}
CALC_RATES=${CALC_RATES-"500 1000 1500 2000"}
RATES=${RATES-"500 1000 1500 2000"}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-20}
PORT=${PORT:-18080}
APP_HEAP=${APP_HEAP:-1g}
WORK=${WORK:-$PWD/bench-load/target}
URL=http://127.0.0.1:$PORT

mkdir -p "$WORK"
: > "$WORK/results.txt"
JAR=$(ls web/target/kopilka-*.jar | head -1)
GEN=(java -Xmx1g -XX:+UseParallelGC bench-load/LoadGen.java url=$URL customers=$WORK/customers.csv)

DATA=$WORK/data-$$
rm -rf "$DATA"
JFR_OPTS=()
if [[ "${JFR:-0}" == 1 ]]; then
  JFR_OPTS=(-XX:StartFlightRecording=filename=$WORK/app.jfr,settings=profile,dumponexit=true)
fi
KOPILKA_DATA_DIR=$DATA KOPILKA_DEMO=true java -Xms$APP_HEAP -Xmx$APP_HEAP "${JFR_OPTS[@]}" ${APP_OPTS:-} -jar "$JAR" \
  --server.port=$PORT --kopilka.benchmark.floor-endpoint=true ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP=$!
echo $APP > "$WORK/app.pid"
cleanup() { kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  curl -sf -H 'Authorization: Bearer demo-gadgets-key' $URL/api/v1/integration > /dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app did not start, see $WORK/app.log"; exit 1; }
  sleep 1
done
echo "# $(date -u +%FT%TZ) app up (pid $APP); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# The embedded database's process; with KOPILKA_DB_URL there is none here and the CPU figures are the app's alone.
DB_PID=$(pgrep -f "$DATA/server/bin/mariadbd" | head -1 || true)
cpu_ms() { # CPU time (user + system) of the app and its database so far, in ms
  local t=0 p
  for p in $APP $DB_PID; do t=$((t + $(awk '{print $14 + $15}' /proc/$p/stat))); done
  echo $((t * 1000 / $(getconf CLK_TCK)))
}

# --- Setup: customers, each with settled points (an order in October, delivered, settled) ---------------------
"${GEN[@]}" register n=$CUSTOMERS rate=2000 concurrency=8 label=register
"${GEN[@]}" seed rate=2000 concurrency=8 label=seed
"${GEN[@]}" deliver rate=2000 concurrency=8 label=deliver
O='Authorization: Bearer demo-operator-key'
RUN=$(curl -sf -H "$O" -H 'Content-Type: application/json' $URL/api/v1/admin/jobs/settlement/runs \
  -d '{"asOf":"2026-11-01"}' | sed 's/.*"runId":\([0-9]*\).*/\1/')
for _ in $(seq 1 300); do
  STATUS=$(curl -sf -H "$O" $URL/api/v1/admin/jobs/settlement/runs/$RUN)
  [[ "$STATUS" == *COMPLETED* || "$STATUS" == *FAILED* ]] && break
  sleep 1
done
echo "# settlement: $STATUS"
echo "# ledger check: $(curl -sf -H "$O" $URL/api/v1/admin/ledger/check)"

# --- Warm-up (not reported) ----------------------------------------------------------------------------------
"${GEN[@]}" floor rate=1000 duration=10 label=warm-floor > /dev/null
"${GEN[@]}" calculate rate=500 duration=10 label=warm-calc > /dev/null
"${GEN[@]}" place rate=500 duration=15 tag=WARM label=warm-place > /dev/null

# --- Measured steps --------------------------------------------------------------------------------------------
step() { # mode rate: one RESULT line, then the app's and database's CPU per call (robust on a shared machine)
  local before after calls
  sleep ${PAUSE:-10} # the previous step's backlog, if any, drains first
  echo "# load average before $1 at $2/s: $(cut -d' ' -f1-3 /proc/loadavg)"
  before=$(cpu_ms)
  "${GEN[@]}" "$1" rate=$2 warmup=$WARMUP duration=$DURATION tag=$1-$2-$$ label=$1 > "$WORK/step.txt"
  after=$(cpu_ms)
  grep -v '^SENT' "$WORK/step.txt" | tee -a "$WORK/results.txt"
  calls=$(sed -n 's/^SENT //p' "$WORK/step.txt")
  echo "CPU $1 at $2/s: app + database $(awk "BEGIN {printf \"%.2f\", ($after - $before) / $calls}") ms per call" \
    | tee -a "$WORK/results.txt"
}
for r in $FLOOR_RATES; do step floor $r; done
for r in $CALC_RATES; do step calculate $r; done
for r in $RATES; do step place $r; done
echo "# ledger check after the run: $(curl -sf -H "$O" $URL/api/v1/admin/ledger/check)"

# --- The table ------------------------------------------------------------------------------------------------
echo
awk '
  /^RESULT/ && !/NOT SUSTAINABLE/ {
    call = $2; target = $3; sub("target=", "", target); achieved = $4; sub("achieved=", "", achieved)
    p50 = $6; p99 = $7; p999 = $8; sub("p50=", "", p50); sub("p99=", "", p99); sub("p99.9=", "", p999)
    if (p99 ~ /^9223372/) { p50 = p99 = p999 = "-"; achieved = achieved " (not sustainable)" }
    row = sprintf("%-10s %10s %24s %10s %10s %10s", call, target, achieved, p50, p99, p999)
  }
  /^CPU/ { printf "%s %8s ms\n", row, $(NF - 3) }
  BEGIN { printf "%-10s %10s %24s %10s %10s %10s %11s\n", "call", "offered", "achieved", "p50", "p99", "p99.9", "CPU/call" }
' <(sed 's/= */=/g' "$WORK/results.txt")
