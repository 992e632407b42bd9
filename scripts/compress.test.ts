// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressSite, MIN_BYTES } from './compress.mjs';

let dist: string | undefined;
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

function makeDist(files: Record<string, string | Buffer>): string {
  dist = mkdtempSync(join(tmpdir(), 'compress-dist-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
  return dist;
}

describe('compressSite', () => {
  it('writes .br and .gz beside each compressible file that decompress to it, and nothing else', () => {
    const text = 'const chart = "Northamptonshire";\n'.repeat(200);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
    const dir = makeDist({
      'assets/app.js': text,
      'data/meta.json': text,
      'index.html': text,
      'small.css': 'a{}',
      'favicon.png': random,
      _headers: text,
      '.vite/manifest.json': text,
    });
    const totals = compressSite(dir);
    for (const file of ['assets/app.js', 'data/meta.json', 'index.html']) {
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString()).toBe(text);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString()).toBe(text);
    }
    expect('a{}'.length).toBeLessThan(MIN_BYTES);
    for (const file of ['small.css', 'favicon.png', '_headers', '.vite/manifest.json']) {
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
      expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false);
    }
    expect(totals.files).toBe(3);
    expect(totals.br).toBeLessThan(totals.bytes);
  });
});
