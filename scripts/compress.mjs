// Brotli and gzip copies of each compressible file in dist/, written beside it (x.js → x.js.br,
// x.js.gz), for server/serve.mjs to send as they are.
//
// Compressing per request (the compression middleware the server used before) took the server
// from 138 MB to over 2 GB under a few hundred connections, never gave it back, and cut its
// throughput about six times. The files never change after the build, so they are compressed
// once, at the highest levels, here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { HOST_FILES } from '../server/headers.mjs';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|csv|xml|webmanifest)$/i;
/** Below this a compressed body saves less than a packet: not worth a file. */
export const MIN_BYTES = 1024;

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(abs, root);
    return entry.isFile() ? [relative(root, abs).split(sep).join('/')] : [];
  });
}

/**
 * Writes <file>.br and <file>.gz beside each compressible file of `distDir` of MIN_BYTES or more,
 * each only when it is smaller than the file.
 * @returns {{ files: number, bytes: number, br: number, gzip: number }} totals, for the build log
 */
export function compressSite(distDir) {
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 };
  for (const file of listFiles(distDir)) {
    if (HOST_FILES.has(file) || !COMPRESSIBLE.test(file)) continue;
    const abs = join(distDir, file);
    const data = readFileSync(abs);
    if (data.length < MIN_BYTES) continue;
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    totals.files += 1;
    totals.bytes += data.length;
    if (br.length < data.length) {
      writeFileSync(`${abs}.br`, br);
      totals.br += br.length;
    }
    if (gz.length < data.length) {
      writeFileSync(`${abs}.gz`, gz);
      totals.gzip += gz.length;
    }
  }
  return totals;
}
