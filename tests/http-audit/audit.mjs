// Runs every graphql-http server audit against the GraphQL endpoint given as the only argument and prints one JSON
// array of {id, name, status, reason, status code, body} (status: ok | notice | warn | error). Exits 0 when the
// audits ran, whatever their results: the Python test judges them.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://host:port/graphql');
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.httpStatus = result.response.status;
    entry.contentType = result.response.headers.get('content-type');
    entry.body = (await result.response.text().catch(() => '')).slice(0, 500);
  }
  results.push(entry);
}
console.log(JSON.stringify(results));
