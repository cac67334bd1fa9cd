#!/usr/bin/env bash
# The one command that passes all tests on a fresh machine (README; .ci/run calls exactly this).
# It installs what the machine lacks from Debian's packages (tmux for the console's terminal tests,
# chromium for the web host's browser tests, postgresql for the PostgreSQL store), starts a throwaway
# PostgreSQL cluster on 127.0.0.1, runs `dotnet test` on the solution, and stops the cluster whatever happens.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

# A PostgreSQL cluster of our own in a temporary folder, on a free loopback port. initdb refuses to run as
# root, so as root the cluster belongs to the 'postgres' user the Debian package creates.
pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_dir=$(mktemp -d)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
stop_postgres() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U empathy --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200 -c fsync=on" start >/dev/null
"${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U empathy empathy_tests

# Tests that need a server or a browser find them here; without these variables they report themselves skipped.
export EMPATHY_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=empathy;Database=empathy_tests"
export EMPATHY_TEST_POSTGRES_BIN="$pg_bin"
export EMPATHY_TEST_POSTGRES_DATA="$pg_dir/data"
export EMPATHY_TEST_CHROMIUM="$(command -v chromium)"

# The README's test command, in Release (warnings are errors there). Its output is kept so that a plain
# "N passed, N failed" total over all test projects can close the log.
log=$(mktemp)
status=0
# Test projects run in parallel against the one server, so the test that restarts it runs alone, afterwards.
dotnet test Empathy.Core.sln -c Release --filter "Category!=ServerRestart" 2>&1 | tee "$log" || status=$?
dotnet test tests/Empathy.Storage.PostgreSql.Tests -c Release --no-build --filter "Category=ServerRestart" 2>&1 | tee -a "$log" || status=$?
# The tokenizer reads text with the widest vectors this machine has; its narrower readings (256-bit, 128-bit)
# and the one without vector instructions run only where the hardware lacks them, so their tests run here too.
for narrower in DOTNET_EnableAVX512=0 DOTNET_EnableAVX2=0 DOTNET_EnableHWIntrinsic=0; do
  env "$narrower" dotnet test tests/Empathy.Core.Tests -c Release --no-build --filter "FullyQualifiedName~Empathy.Core.Tests.Insights.Text" 2>&1 | tee -a "$log" || status=$?
done
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ total += $2 } END { print total + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ total += $2 } END { print total + 0 }')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{ total += $2 } END { print total + 0 }')
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
