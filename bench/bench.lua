-- wrk script: POST a random GraphQL body (one JSON document per line in $BENCH_BODIES) to /graphql.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
local token = os.getenv("BENCH_TOKEN") or ""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
local errors = 0
request = function()
  return wrk.format(nil, "/graphql", nil, bodies[math.random(#bodies)])
end
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("GRAPHQL_ERRORS %d\n", errors))
end
