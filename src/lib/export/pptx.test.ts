import { describe, expect, it } from 'vitest';
import {
  PICTURE_BOX,
  PICTURE_BOX_PIXELS,
  SLIDE_INCHES,
  SLIDE_PIXELS_PER_INCH,
  placePicture,
  toBase64,
} from './pptx';

describe('the slide', () => {
  it('is PowerPoint’s 16:9 widescreen slide, 1920 × 1080 at 144 pixels an inch', () => {
    expect(SLIDE_INCHES.width / SLIDE_INCHES.height).toBeCloseTo(16 / 9, 3);
    expect(SLIDE_INCHES.width * SLIDE_PIXELS_PER_INCH).toBeCloseTo(1920, 0);
  });

  it('keeps the picture’s box inside the slide, under the title and above the source lines', () => {
    expect(PICTURE_BOX.x).toBeGreaterThan(0);
    expect(PICTURE_BOX.y).toBeGreaterThan(1);
    expect(PICTURE_BOX.x + PICTURE_BOX.width).toBeLessThan(SLIDE_INCHES.width);
    expect(PICTURE_BOX.y + PICTURE_BOX.height).toBeLessThan(SLIDE_INCHES.height - 1);
    expect(PICTURE_BOX_PIXELS.width).toBe(Math.floor(PICTURE_BOX.width * SLIDE_PIXELS_PER_INCH));
  });
});

describe('placePicture', () => {
  it('places a chart laid out at the box’s width at its own size, centred down', () => {
    const place = placePicture({ width: PICTURE_BOX_PIXELS.width, height: 400 });
    expect(place.w).toBeCloseTo(PICTURE_BOX_PIXELS.width / SLIDE_PIXELS_PER_INCH, 6);
    expect(place.h).toBeCloseTo(400 / SLIDE_PIXELS_PER_INCH, 6);
    expect(place.y - PICTURE_BOX.y).toBeCloseTo(
      PICTURE_BOX.y + PICTURE_BOX.height - (place.y + place.h),
      6,
    );
  });

  it('shrinks a tall chart to the box’s height, keeping its shape, centred across', () => {
    const place = placePicture({ width: 1000, height: 2000 });
    expect(place.h).toBeCloseTo(PICTURE_BOX_PIXELS.height / SLIDE_PIXELS_PER_INCH, 6);
    expect(place.w / place.h).toBeCloseTo(0.5, 6);
    expect(place.x - PICTURE_BOX.x).toBeCloseTo(
      PICTURE_BOX.x + PICTURE_BOX.width - (place.x + place.w),
      6,
    );
  });

  it('never enlarges a small chart', () => {
    expect(placePicture({ width: 144, height: 72 })).toMatchObject({ w: 1, h: 0.5 });
  });
});

describe('toBase64', () => {
  it('encodes UTF-8, not Latin-1: en dashes and curly apostrophes survive', () => {
    const text = '<svg><text>2013–2021: children’s services</text></svg>';
    expect(
      new TextDecoder().decode(Uint8Array.from(atob(toBase64(text)), (c) => c.charCodeAt(0))),
    ).toBe(text);
  });

  it('encodes a text longer than one chunk', () => {
    const text = 'é'.repeat(70_000);
    expect(Buffer.from(toBase64(text), 'base64').toString('utf8')).toBe(text);
  });
});
