-- wrk script: POSTs the JSON body in $WRK_BODY to the path given on the command line, with the session
-- cookie in $WRK_COOKIE; counts 2xx answers so the writes acknowledged can be compared with the store.
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("WRK_COOKIE")
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() ok = 0; bad = 0 end
function response(status) if status >= 200 and status < 300 then ok = ok + 1 else bad = bad + 1 end end
function done(summary, latency, requests)
  local total_ok, total_bad = 0, 0
  for _, t in ipairs(threads) do total_ok = total_ok + t:get("ok"); total_bad = total_bad + t:get("bad") end
  io.write(string.format("acknowledged=%d non2xx=%d p99_ms=%.2f\n", total_ok, total_bad, latency:percentile(99) / 1000))
end
