#!/usr/bin/env bash
# Load test of the web host with wrk, on 127.0.0.1 only and bounded in time (DURATION per endpoint,
# default 10s): the trivial endpoint (the floor), GET /api/journal (a page of 20), POST
# /api/analyze/observation, and POST /api/journal, whose acknowledged writes are then counted in the store.
# Usage: benchmarks/web-load/run.sh [duration]   (results go to stdout; docs/benchmarks.md keeps a run)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10s}
here=benchmarks/web-load
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
dotnet build samples/Empathy.Samples.Web -c Release >/dev/null
dotnet run --project samples/Empathy.Samples.Web -c Release --no-build -- --urls "$base" --Empathy:DataDir="$data" \
  --Empathy:Accounts:SignInPermitsPerWindow=100 --Logging:LogLevel:Default=Warning >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/api/ping" >/dev/null 2>&1 && break; sleep 1; done

jar="$data/cookies"
curl -fs -c "$jar" -H 'Content-Type: application/json' -d '{"email":"load@example.test","password":"correct horse battery"}' "$base/api/account/register" >/dev/null
export WRK_COOKIE="empathy.session=$(awk '$6 == "empathy.session" { print $7 }' "$jar")"
for i in $(seq 1 20); do
  curl -fs -b "$jar" -H 'Content-Type: application/json' -d "{\"happened\":\"Seed entry $i.\",\"thoughts\":[\"I always mess things up.\"]}" "$base/api/journal" >/dev/null
done

echo "== floor: GET /api/ping"; wrk -t2 -c16 -d"$duration" --latency -s "$here/get.lua" "$base/api/ping" | grep -E "Requests/sec|non2xx|Socket errors" || true
echo "== GET /api/journal?pageSize=20"; wrk -t2 -c16 -d"$duration" --latency -s "$here/get.lua" "$base/api/journal?pageSize=20" | grep -E "Requests/sec|non2xx|Socket errors" || true
echo "== POST /api/analyze/observation"
WRK_BODY='{"text":"In the afternoon meeting my boss always ignores my part on purpose."}' \
  wrk -t2 -c16 -d"$duration" --latency -s "$here/post.lua" "$base/api/analyze/observation" | grep -E "Requests/sec|acknowledged|Socket errors" || true
echo "== POST /api/journal"
out=$(WRK_BODY='{"happened":"A load-test entry.","thoughts":["I am not good enough."]}' \
  wrk -t2 -c16 -d"$duration" --latency -s "$here/post.lua" "$base/api/journal")
echo "$out" | grep -E "Requests/sec|acknowledged|Socket errors" || true
acknowledged=$(echo "$out" | sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p')

# Count what the store holds: every page of the journal.
count=0; continuation=""
while :; do
  page=$(curl -fs -b "$jar" "$base/api/journal?pageSize=100${continuation:+&continuation=$continuation}")
  count=$((count + $(echo "$page" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["entries"]))')))
  continuation=$(echo "$page" | python3 -c 'import json,sys,urllib.parse; c=json.load(sys.stdin)["continuation"]; print(urllib.parse.quote(c, safe="") if c else "")')
  [ -z "$continuation" ] && break
done
# Writes still in flight when wrk stops are stored but not counted by wrk: at most one per connection.
extra=$((count - 20 - acknowledged))
echo "== entries in the store: $count = 20 seeded + $acknowledged acknowledged + $extra in flight at the cut-off"
if [ "$extra" -lt 0 ] || [ "$extra" -gt 16 ]; then echo "MISMATCH: an acknowledged write is missing or too many were stored" >&2; exit 1; fi
