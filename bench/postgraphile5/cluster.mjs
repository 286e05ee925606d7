// PostGraphile v5 on N node processes (PG5_WORKERS), as v4's `--cluster-workers N` runs v4: the CLI of v5 has no
// cluster option, so this runs what its cli-run.js runs (postgraphile(preset) → grafserv → node:http) in each
// worker of node:cluster, all listening on the port of graphile.config.mjs (the primary hands out connections).
import cluster from "node:cluster";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const workers = Number(process.env.PG5_WORKERS || 2);

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    console.error(`worker ${worker.process.pid} stopped (${signal || code})`);
    process.exit(1);
  });
} else {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  const { host, port } = pgl.getResolvedPreset().grafserv;
  server.listen({ host, port });
}
