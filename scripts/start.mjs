// npm start: build dist/ when it is missing or older than its sources, then serve it with the
// production server. So `npm ci && npm start` works on a fresh clone.
//
//   npm start [-- --port N]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFromCommandLine } from '../server/serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUILT = join(root, 'dist', 'index.html');
/** What the build reads: when any of these is newer than dist/index.html, dist/ is stale. */
const BUILD_INPUTS = [
  'src',
  'data',
  'public',
  'index.html',
  'embed.html',
  'bench.html',
  'vite.config.ts',
  // vite.config.ts imports these two: which GOV.UK classes the stylesheets keep, and where the
  // manifests go. A new version of a dependency changes the output too.
  'scripts/purge-css.mjs',
  'scripts/check-size.mjs',
  'package-lock.json',
  'scripts/build.mjs',
  'scripts/compress.mjs',
  'scripts/prerender.mjs',
  'scripts/prerender-embeds.mjs',
  // prerender.mjs writes each page's head with these: the inline first script and the icon.
  'scripts/page-head.mjs',
  'server/first-script.mjs',
  'server/headers.mjs',
];

/** The newest file under `path` (a file or a folder), or undefined when there is none. */
function newestFile(path) {
  if (!existsSync(path)) return undefined;
  const stats = statSync(path);
  if (!stats.isDirectory()) return { file: path, mtimeMs: stats.mtimeMs };
  let newest;
  for (const entry of readdirSync(path)) {
    const candidate = newestFile(join(path, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

/** Why dist/ must be (re)built, or undefined when it is up to date. */
function whyBuild() {
  if (!existsSync(BUILT)) return 'dist/index.html is missing';
  const builtAt = statSync(BUILT).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(join(root, input));
    if (newest && newest.mtimeMs > builtAt) {
      return `${relative(root, newest.file)} is newer than dist/index.html`;
    }
  }
  return undefined;
}

const reason = whyBuild();
if (reason) {
  console.log(`Building: ${reason}. Running npm run build …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `npm start: the build failed (exit ${result.status ?? result.signal}); not serving.`,
    );
    process.exit(result.status || 1);
  }
} else {
  console.log(`dist/ is up to date with ${BUILD_INPUTS.join(', ')}: not rebuilding.`);
}

process.chdir(root);
serveFromCommandLine(process.argv.slice(2)).catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
