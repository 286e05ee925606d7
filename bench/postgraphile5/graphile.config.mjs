// PostGraphile v5 for the load benchmark (bench/load.py copies this file into .local/bench/postgraphile5, where
// the packages are). The database and port come from the environment so that one file serves every data size.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.PG5_DATABASE_URL, schemas: ["public"] })],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PG5_PORT || 5056),
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};

export default preset;
