#!/usr/bin/env bash
# Load test of two web host instances on one PostgreSQL database, with wrk, on 127.0.0.1 only and bounded
# in time (DURATION per endpoint, default 10s). Uses the server in EMPATHY_TEST_POSTGRES (a fresh database
# is made in it and dropped afterwards) or, without it, starts a throwaway cluster of its own and stops it.
# Both instances start at once on an empty database; one account is registered on the first and its cookie
# is used on both; each endpoint is called 10 times on each instance before wrk starts. Each endpoint gets wrk -t1 -c8 on each port at the same time (16 connections, as run.sh):
# the trivial GET /api/ping (the floor), GET /api/journal (a page of 20), POST /api/analyze/observation, and
# POST /api/journal, whose acknowledged writes are then counted through each instance.
# Usage: benchmarks/web-load/run-postgresql.sh [duration]   (docs/benchmarks.md keeps a run)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10s}
here=benchmarks/web-load
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
pg_bin=${EMPATHY_TEST_POSTGRES_BIN:-$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")}
as_pg=(); if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
servers=()
own_cluster=""
admin=""
database="webload_$$"

cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -n "$own_cluster" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$own_cluster/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$own_cluster"
  elif [ -n "$admin" ]; then
    "$pg_bin/psql" "$admin" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The database: a fresh one on the given server, or on a cluster of our own (as ./test.sh starts one).
if [ -n "${EMPATHY_TEST_POSTGRES:-}" ]; then
  admin=$(python3 -c 'import sys; print(" ".join(f"{k.strip().lower()}={v.strip()}" for k, v in (p.split("=", 1) for p in sys.argv[1].split(";") if p.strip())).replace("username=", "user=").replace("database=", "dbname="))' "$EMPATHY_TEST_POSTGRES")
  "$pg_bin/psql" "$admin" -qc "CREATE DATABASE $database" >/dev/null
  connection="$EMPATHY_TEST_POSTGRES"
  connection=$(python3 -c 'import sys; print(";".join(p for p in sys.argv[1].split(";") if p.strip() and not p.strip().lower().startswith("database=")) + ";Database=" + sys.argv[2])' "$connection" "$database")
else
  own_cluster=$(mktemp -d /tmp/webload-pg.XXXXXX)
  [ "${#as_pg[@]}" -gt 0 ] && chown postgres "$own_cluster"
  pg_port=$(free_port)
  "${as_pg[@]}" "$pg_bin/initdb" -D "$own_cluster/data" -U empathy --auth=trust -E UTF8 >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$own_cluster/data" -l "$own_cluster/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $own_cluster -c max_connections=300" start >/dev/null
  "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U empathy "$database"
  connection="Host=127.0.0.1;Port=$pg_port;Username=empathy;Database=$database"
fi

dotnet build samples/Empathy.Samples.Web -c Release >/dev/null
site=samples/Empathy.Samples.Web/bin/Release/net10.0/Empathy.Samples.Web.dll
ports=("$(free_port)" "$(free_port)")
for i in 0 1; do
  (cd "$(dirname "$site")" && exec dotnet "$(basename "$site")" --urls "http://127.0.0.1:${ports[$i]}" \
    --Empathy:Store=PostgreSql --ConnectionStrings:Empathy="$connection" \
    --Empathy:Accounts:SignInPermitsPerWindow=100 --Logging:LogLevel:Default=Warning) >"$work/server$i.log" 2>&1 &
  servers+=($!)
done
a="http://127.0.0.1:${ports[0]}"; b="http://127.0.0.1:${ports[1]}"
for base in "$a" "$b"; do
  for _ in $(seq 1 120); do curl -fs "$base/api/ping" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/api/ping" >/dev/null || { echo "an instance did not start:" >&2; cat "$work"/server*.log >&2; exit 1; }
done

jar="$work/cookies"
curl -fs -c "$jar" -H 'Content-Type: application/json' -d '{"email":"load@example.test","password":"correct horse battery"}' "$a/api/account/register" >/dev/null
export WRK_COOKIE="empathy.session=$(awk '$6 == "empathy.session" { print $7 }' "$jar")"
for i in $(seq 1 20); do # seeded through both instances with the one cookie
  base=$a; [ $((i % 2)) -eq 0 ] && base=$b
  curl -fs -H "Cookie: $WRK_COOKIE" -H 'Content-Type: application/json' -d "{\"happened\":\"Seed entry $i.\",\"thoughts\":[\"I always mess things up.\"]}" "$base/api/journal" >/dev/null
done

# A few calls of each endpoint on each instance first, so that neither measures its own start (JIT, first pool connections).
for base in "$a" "$b"; do
  for _ in $(seq 1 10); do
    curl -fs -H "Cookie: $WRK_COOKIE" "$base/api/ping" "$base/api/journal?pageSize=20" >/dev/null
    curl -fs -H "Cookie: $WRK_COOKIE" -H 'Content-Type: application/json' -d '{"text":"In the meeting my boss always ignores me."}' "$base/api/analyze/observation" >/dev/null
  done
done

# wrk -t1 -c8 on both ports at once; prints each instance, then the sum of requests/s, the worse p99 and all errors.
both() {
  local label=$1 script=$2 path=$3
  wrk -t1 -c8 -d"$duration" --latency -s "$here/$script" "$a$path" >"$work/wrk0" 2>&1 &
  local first=$!
  wrk -t1 -c8 -d"$duration" --latency -s "$here/$script" "$b$path" >"$work/wrk1" 2>&1
  wait $first
  python3 - "$label" "$work/wrk0" "$work/wrk1" <<'PY'
import re, sys
label, files = sys.argv[1], sys.argv[2:]
rps, p99, bad, ack, socket = 0.0, 0.0, 0, 0, []
for i, name in enumerate(files):
    text = open(name).read()
    r = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p = float(re.search(r"p99_ms=([\d.]+)", text).group(1))
    n = int(re.search(r"non2xx=(\d+)", text).group(1))
    k = re.search(r"acknowledged=(\d+)", text)
    s = re.search(r"Socket errors:.*", text)
    rps += r; p99 = max(p99, p); bad += n; ack += int(k.group(1)) if k else 0
    if s: socket.append(s.group(0))
    print(f"   instance {i + 1}: {r:.0f} requests/s, p99 {p:.1f} ms, non-2xx {n}" + (f", acknowledged {k.group(1)}" if k else "") + (f", {s.group(0)}" if s else ""))
print(f"== {label}: {rps:.0f} requests/s, p99 {p99:.1f} ms, non-2xx {bad}" + (f", acknowledged {ack}" if ack else "") + ("; " + "; ".join(socket) if socket else ", no socket errors"))
PY
}

both "floor: GET /api/ping" get.lua "/api/ping"
both "GET /api/journal?pageSize=20" get.lua "/api/journal?pageSize=20"
WRK_BODY='{"text":"In the afternoon meeting my boss always ignores my part on purpose."}' \
  both "POST /api/analyze/observation" post.lua "/api/analyze/observation"
WRK_BODY='{"happened":"A load-test entry.","thoughts":["I am not good enough."]}' \
  both "POST /api/journal (write run through both)" post.lua "/api/journal" | tee "$work/writes"
acknowledged=$(sed -n 's/^== .*acknowledged \([0-9]*\).*/\1/p' "$work/writes")

# Count what the database holds, through each instance: every page of the journal.
count_through() {
  local base=$1 count=0 continuation="" page
  while :; do
    page=$(curl -fs -H "Cookie: $WRK_COOKIE" "$base/api/journal?pageSize=100${continuation:+&continuation=$continuation}")
    count=$((count + $(echo "$page" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["entries"]))')))
    continuation=$(echo "$page" | python3 -c 'import json,sys,urllib.parse; c=json.load(sys.stdin)["continuation"]; print(urllib.parse.quote(c, safe="") if c else "")')
    [ -z "$continuation" ] && break
  done
  echo "$count"
}
count_a=$(count_through "$a"); count_b=$(count_through "$b")
# Writes still in flight when wrk stops are stored but not counted by wrk: at most one per connection (16).
extra=$((count_a - 20 - acknowledged))
echo "== entries counted: $count_a through instance 1, $count_b through instance 2 = 20 seeded + $acknowledged acknowledged + $extra in flight at the cut-off"
if [ "$count_a" -ne "$count_b" ] || [ "$extra" -lt 0 ] || [ "$extra" -gt 16 ]; then
  echo "MISMATCH: an acknowledged write is missing, too many were stored, or the instances disagree" >&2
  exit 1
fi
