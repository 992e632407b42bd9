/**
 * A standalone SVG drawn onto a canvas at 2× pixel density and saved as PNG. A blank result is an
 * error, never a file: an export that comes out empty is worse than none (OWID #4332, #4536).
 */
import type { StandaloneSvg } from './standaloneSvg';

export const PNG_SCALE = 2;

/** True when every pixel is the same colour: nothing was drawn. */
export function isBlank(pixels: Uint8ClampedArray): boolean {
  if (pixels.length < 4) return true;
  const [r, g, b, a] = [pixels[0], pixels[1], pixels[2], pixels[3]];
  for (let i = 4; i < pixels.length; i += 4) {
    if (pixels[i] !== r || pixels[i + 1] !== g || pixels[i + 2] !== b || pixels[i + 3] !== a) return false;
  }
  return true;
}

export class BlankImageError extends Error {
  override readonly name = 'BlankImageError';
}

/** Draw the SVG at `scale` times its size; resolves with a PNG blob, or rejects if it came out blank. */
export async function svgToPng(svg: StandaloneSvg, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = svg.width;
    image.height = svg.height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.fillStyle = svg.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    if (isBlank(context.getImageData(0, 0, canvas.width, canvas.height).data)) {
      throw new BlankImageError('The image came out blank, so it was not saved. Try the SVG download instead.');
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be saved.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
