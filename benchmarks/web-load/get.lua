-- wrk script: GET with the session cookie in $WRK_COOKIE; prints p99 and non-2xx answers.
wrk.headers["Cookie"] = os.getenv("WRK_COOKIE")
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() bad = 0 end
function response(status) if status < 200 or status >= 300 then bad = bad + 1 end end
function done(summary, latency, requests)
  local total_bad = 0
  for _, t in ipairs(threads) do total_bad = total_bad + t:get("bad") end
  io.write(string.format("non2xx=%d p99_ms=%.2f\n", total_bad, latency:percentile(99) / 1000))
end
