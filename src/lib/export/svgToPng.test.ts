import { Resvg } from '@resvg/resvg-js';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, withResolution } from './svgToPng';

/** The chunks of a PNG: type, data and whether the stored CRC is right. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const crc = view.getUint32(offset + 8 + length);
    found.push({
      type,
      data: png.subarray(offset + 8, offset + 8 + length),
      crcOk: crc === zlibCrc32(png.subarray(offset + 4, offset + 8 + length)),
    });
    offset += 12 + length;
  }
  return found;
}

const png = new Uint8Array(
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#12436d"/></svg>',
  )
    .render()
    .asPng(),
);

describe('withResolution', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('puts a pHYs chunk with the resolution in pixels per metre right after IHDR, with a valid CRC', () => {
    const out = withResolution(png, 192);
    expect([...out.subarray(0, 8)]).toEqual([...png.subarray(0, 8)]);
    const list = chunks(out);
    expect(list.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    expect(list.at(-1)?.type).toBe('IEND');
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(list[1]!.data.buffer, list[1]!.data.byteOffset, 9);
    expect(phys.getUint32(0)).toBe(7559); // 192 dpi = 7,559 px/m
    expect(phys.getUint32(4)).toBe(7559);
    expect(phys.getUint8(8)).toBe(1);
    // Every chunk of the original is kept, image data included.
    expect(list.filter((c) => c.type !== 'pHYs').map((c) => c.type)).toEqual(
      chunks(png)
        .filter((c) => c.type !== 'pHYs')
        .map((c) => c.type),
    );
  });

  it('replaces a pHYs chunk already there rather than adding a second', () => {
    const twice = withResolution(withResolution(png, 72), 300);
    const phys = chunks(twice).filter((c) => c.type === 'pHYs');
    expect(phys).toHaveLength(1);
    expect(new DataView(phys[0]!.data.buffer, phys[0]!.data.byteOffset, 9).getUint32(0)).toBe(
      11811,
    ); // 300 dpi
  });

  it('refuses what is not a PNG', () => {
    expect(() =>
      withResolution(new TextEncoder().encode('not a png at all, not at all, no.'), 96),
    ).toThrow('Not a PNG file.');
  });
});
