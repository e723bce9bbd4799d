// A filing's line grid with the user's corrections (printed page 1, hand calibrations): shared by the viewer and map import/export.
import type { PageText } from '../../lib/model/text-run.ts';
import { gridFromCalibration } from '../../lib/pleading/index.ts';
import { buildFilingLayout, type FilingLayout } from '../../lib/resolve/index.ts';
import type { DocumentRecord } from '../../platform/storage/types.ts';
import { filingText } from './filing-text.ts';

/** Detects the grid of `texts`, then applies the filing's stored corrections. */
export function correctedLayout(
  texts: PageText[],
  record: Pick<DocumentRecord, 'printedPageOne' | 'calibrations'>,
): FilingLayout {
  const layout = buildFilingLayout(
    texts,
    record.printedPageOne !== undefined ? { printedPageOverrides: { pageIndexOfPageOne: record.printedPageOne } } : {},
  );
  for (const [key, calibration] of Object.entries(record.calibrations ?? {})) {
    const pageIndex = Number(key);
    const text = texts[pageIndex];
    if (!text || !layout.grid.pages[pageIndex]) continue;
    const printed = layout.grid.pages[pageIndex]?.printedPage ?? pageIndex + 1;
    layout.grid.pages[pageIndex] = gridFromCalibration(text, { ...calibration, printedPage: printed });
  }
  return layout;
}

/** The corrected layout of a stored filing (its text read once per session). */
export async function filingLayout(record: DocumentRecord): Promise<FilingLayout> {
  return correctedLayout(await filingText(record.blobId, record.fileName), record);
}
