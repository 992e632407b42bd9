// The yardstick for the server load case of npm run bench (scripts/bench-server-load.mjs): a plain
// static server over the same dist/, sirv with its defaults and nothing else (no security
// headers, no compression). Not for production: sirv dies on some Range headers (issue 23).
//
//   node scripts/plain-static-server.mjs --dir dist [--port 0]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '0' } },
});
const serve = sirv(resolve(values.dir), { extensions: ['html'], etag: true });
const server = createServer((req, res) => serve(req, res));
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving http://127.0.0.1:${server.address().port}/  (plain sirv)`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
