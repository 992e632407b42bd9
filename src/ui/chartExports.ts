/**
 * What the size presets and the .pptx slide need, loaded when a person first asks for one, so the
 * pages' own bundles carry only the download buttons (pptxgenjs itself is a further chunk).
 */
export {
  EXPORT_BACKGROUND,
  drawChartForExport,
  makePresetImage,
} from '../charts/shared/exportChart';
export { makeSlidePptx, PICTURE_BOX_PIXELS } from '../lib/export/pptx';
