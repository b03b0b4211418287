#!/usr/bin/env bash
# Statements per call of the processing API, counted in MariaDB's general log (docs/benchmarks.md, "Round trips per
# call"). Starts the built jar with a fresh embedded database, registers a few customers, warms up, then logs one call
# each of the floor, calculate and place (known customer by card, cashback, no redemption) and prints every statement
# of each with the count.
#
#   bench-load/statements.sh            # KEEP=1 leaves the general log in bench-load/target/general.log
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
WORK=${WORK:-$PWD/bench-load/target}
URL=http://127.0.0.1:$PORT
mkdir -p "$WORK"
JAR=$(ls web/target/kopilka-*.jar | head -1)
DATA=$WORK/stmts-$$
KOPILKA_DATA_DIR=$DATA KOPILKA_DEMO=true java -Xmx512m -jar "$JAR" --server.port=$PORT \
  --kopilka.benchmark.floor-endpoint=true ${APP_ARGS:-} > "$WORK/stmts-app.log" 2>&1 &
APP=$!
cleanup() { kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -sf -H 'Authorization: Bearer demo-gadgets-key' $URL/api/v1/integration > /dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app did not start, see $WORK/stmts-app.log"; exit 1; }
  sleep 1
done
SQL=("$DATA/server/bin/mariadb" --socket="$DATA/tmp/mariadb.sock" -uroot -N)
LOG=$DATA/general.log
GEN=(java bench-load/LoadGen.java url=$URL customers=$WORK/stmts-customers.csv)
"${GEN[@]}" register n=21 rate=50 concurrency=2 label=register > /dev/null
# the warm-up orders go to the others: the logged customer stays below the monthly cashback cap
tail -1 $WORK/stmts-customers.csv > $WORK/stmts-logged.csv
sed -i '$d' $WORK/stmts-customers.csv
"${GEN[@]}" floor rate=50 duration=4 label=warm > /dev/null
"${GEN[@]}" calculate rate=50 duration=4 label=warm > /dev/null
"${GEN[@]}" place rate=50 duration=4 tag=WARM label=warm > /dev/null
ID=$(cut -d';' -f1 $WORK/stmts-logged.csv)
CARD=$(cut -d';' -f3 $WORK/stmts-logged.csv)
K='Authorization: Bearer demo-gadgets-key'
ORDER() { echo "{\"externalId\":\"$1\",\"customer\":{\"card\":\"$CARD\"},\"channel\":\"POS\",\"region\":\"OTHER\",\"store\":\"S-1\",\"placedAt\":\"$(date -u +%FT%TZ)\",\"lines\":[{\"lineId\":\"1\",\"sku\":\"SKU-1\",\"name\":\"Товар\",\"category\":\"kitchen\",\"brand\":\"Nord\",\"quantity\":1,\"unitPrice\":5000},{\"lineId\":\"2\",\"sku\":\"SKU-2\",\"name\":\"Товар 2\",\"category\":\"kitchen\",\"brand\":\"Nord\",\"quantity\":2,\"unitPrice\":1500}],\"payments\":[]}"; }
declare -A CALLS=(
  [floor]="curl -s -o /dev/null -w %{http_code} -H '$K' '$URL/api/v1/floor?customerId=$ID'"
  [calculate]="curl -s -o /dev/null -w %{http_code} -H '$K' -H 'Content-Type: application/json' $URL/api/v1/orders/calculate -d '$(ORDER CALC-1)'"
  [place]="curl -s -o /dev/null -w %{http_code} -H '$K' -H 'Content-Type: application/json' $URL/api/v1/orders -d '$(ORDER STMT-1)'"
  [replay]="curl -s -o /dev/null -w %{http_code} -H '$K' -H 'Content-Type: application/json' $URL/api/v1/orders -d '$(ORDER STMT-1)'"
)
sleep ${SETTLE:-15} # the notifications of the warm-up's orders are sent first, so the log holds only the calls
"${SQL[@]}" -e "SET GLOBAL general_log_file='$LOG'; SET GLOBAL log_output='FILE'; SET GLOBAL general_log=1"
for call in floor calculate place replay; do
  "${SQL[@]}" -e "SELECT 'MARK $call'" > /dev/null
  echo "# $call: HTTP $(eval "${CALLS[$call]}")"
  sleep 0.5
done
"${SQL[@]}" -e "SELECT 'MARK end'; SET GLOBAL general_log=0" > /dev/null
awk '
  /MARK / { if (call != "") printf "%-10s %3d statements\n", call, n; call = ($0 ~ /MARK end/) ? "" : $NF; sub(/.$/, "", call); n = 0; next }
  call != "" && / (Query|Execute)\t/ { n++; if (ENVIRON["SHOW"] == 1) print "   " call ": " substr($0, index($0, $0 ~ /Query\t/ ? "Query" : "Execute"), 220) }
' "$LOG"
[[ "${KEEP:-0}" == 1 ]] && cp "$LOG" "$WORK/general.log"
exit 0
