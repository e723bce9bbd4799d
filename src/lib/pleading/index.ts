// Public API of the pleading line grid: detect the numbered lines of a page or a whole filing, or build them by calibration.
import type { PageGrid } from '../model/page-grid.ts';
import type { PageText } from '../model/text-run.ts';
import { analysePage, type DetectPageOptions } from './line-grid.ts';

export { detectDocumentGrid, analyseDocument, documentGridOf, replacePageGrid } from './document.ts';
export type { DocumentGrid, DetectDocumentOptions, PageDetail, PrintedPageOverrides } from './document.ts';
export { gridFromCalibration, type Calibration } from './calibration.ts';
export type { DetectPageOptions, PageAnalysis, GridBlock, GridSource } from './line-grid.ts';

/** Detects the numbered-line grid of one page on its own (see detectDocumentGrid for a whole filing). */
export function detectPageGrid(page: PageText, opts: DetectPageOptions = {}): PageGrid {
  return analysePage(page, opts).grid;
}
