-- wrk script: POST a GraphQL body (one JSON document per line in $BENCH_BODIES) to /graphql: a random one, or with
-- $BENCH_START = n the bodies in file order from line n + 1, wrapping at the end (bench/load.py: every input once
-- before any repeats; run with one wrk thread, as each thread would walk the same order).
-- Counts responses that are not 200 or carry "errors"; each wrk thread has its own Lua state, so the counts are
-- read from the threads in done() (a global counted in response() is invisible to done()).
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
local token = os.getenv("BENCH_TOKEN") or ""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end
errors = 0
local next_body = tonumber(os.getenv("BENCH_START") or "")
request = function()
  if next_body then
    next_body = next_body % #bodies + 1
    return wrk.format(nil, "/graphql", nil, bodies[next_body])
  end
  return wrk.format(nil, "/graphql", nil, bodies[math.random(#bodies)])
end
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
done = function(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + (t:get("errors") or 0) end
  io.write(string.format("GRAPHQL_ERRORS %d\n", total))
end
