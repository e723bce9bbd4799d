// FilingLayout: what the resolver needs of one filing — its DocumentGrid plus the text runs of every page.
import type { PageText } from '../model/text-run.ts';
import { detectDocumentGrid, type DetectDocumentOptions, type DocumentGrid } from '../pleading/index.ts';

export interface FilingLayout {
  grid: DocumentGrid;
  texts: PageText[];
}

/** Detects the grid of a filing's pages and bundles it with their text. */
export function buildFilingLayout(texts: PageText[], opts: DetectDocumentOptions = {}): FilingLayout {
  return { grid: detectDocumentGrid(texts, opts), texts };
}
