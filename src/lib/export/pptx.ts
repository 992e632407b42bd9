/**
 * "Download slide (.pptx)": one 16:9 slide with the chart as a picture (SVG, with the PNG fallback
 * PowerPoint shows where it cannot draw SVG: pptxgenjs writes both, the SVG as an svgBlip), its
 * title, source line and as-at date as text, the chart's description as the picture's alt text
 * and its summary in the speaker notes. pptxgenjs is loaded only when a slide is asked for.
 */

/** PowerPoint's 16:9 slide ("Widescreen"), in inches. */
export const SLIDE_INCHES = { width: 13.333, height: 7.5 } as const;
/** The slide preset's 1920 pixels across 13.333 inches: the chart is laid out in these pixels. */
export const SLIDE_PIXELS_PER_INCH = 144;

const MARGIN = 0.5;
const TITLE = { y: 0.35, height: 1.0, points: 28 };
const FOOTER = { height: 0.8, points: 12 };
const GAP = 0.15;

/** Where the picture may go on the slide, in inches, and its width in the chart's pixels. */
export const PICTURE_BOX = {
  x: MARGIN,
  y: TITLE.y + TITLE.height + GAP,
  width: SLIDE_INCHES.width - 2 * MARGIN,
  height: SLIDE_INCHES.height - MARGIN - FOOTER.height - GAP - (TITLE.y + TITLE.height + GAP),
} as const;
export const PICTURE_BOX_PIXELS = {
  width: Math.floor(PICTURE_BOX.width * SLIDE_PIXELS_PER_INCH),
  height: Math.floor(PICTURE_BOX.height * SLIDE_PIXELS_PER_INCH),
} as const;

/** The picture's place on the slide, in inches: as laid out (never enlarged), centred in its box. */
export function placePicture(chart: { width: number; height: number }): {
  x: number;
  y: number;
  w: number;
  h: number;
} {
  const scale = Math.min(
    1,
    PICTURE_BOX_PIXELS.width / chart.width,
    PICTURE_BOX_PIXELS.height / chart.height,
  );
  const w = (chart.width * scale) / SLIDE_PIXELS_PER_INCH;
  const h = (chart.height * scale) / SLIDE_PIXELS_PER_INCH;
  return {
    x: PICTURE_BOX.x + (PICTURE_BOX.width - w) / 2,
    y: PICTURE_BOX.y + (PICTURE_BOX.height - h) / 2,
    w,
    h,
  };
}

export interface SlideContent {
  title: string;
  /**
   * The lines under the picture: "Source: Ofsted inspection reports.", "As at 1 August 2019. Data
   * version 1.1.0, checked 6 December 2026.", the view's address.
   */
  footer: readonly string[];
  /** The chart as a standalone SVG document, with its size in pixels. */
  svg: { markup: string; width: number; height: number };
  /** The picture's alt text: the chart's description. */
  description: string;
  /** The speaker notes: the chart's summary. */
  summary: string;
}

/** UTF-8 text as base64 (btoa alone takes only Latin-1, and charts have en dashes and apostrophes). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function makeSlidePptx(content: SlideContent): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = content.title;
  pptx.subject = content.description;
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addText(content.title, {
    x: MARGIN,
    y: TITLE.y,
    w: SLIDE_INCHES.width - 2 * MARGIN,
    h: TITLE.height,
    fontSize: TITLE.points,
    bold: true,
    color: '0B0C0C',
    valign: 'top',
    fit: 'shrink',
    margin: 0,
  });
  slide.addImage({
    data: `data:image/svg+xml;base64,${toBase64(content.svg.markup)}`,
    ...placePicture(content.svg),
    altText: content.description,
  });
  slide.addText(
    content.footer.map((text, i) => ({
      text,
      options: { breakLine: i < content.footer.length - 1 },
    })),
    {
      x: MARGIN,
      y: SLIDE_INCHES.height - MARGIN - FOOTER.height,
      w: SLIDE_INCHES.width - 2 * MARGIN,
      h: FOOTER.height,
      fontSize: FOOTER.points,
      color: '0B0C0C',
      valign: 'bottom',
      margin: 0,
    },
  );
  slide.addNotes(content.summary);
  const blob = await pptx.write({ outputType: 'blob' });
  if (!(blob instanceof Blob)) throw new Error('The slide could not be made.');
  return new Blob([blob], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
