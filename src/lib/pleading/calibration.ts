// A grid defined by hand: the user drags line 1 and the last line onto a page whose numbers could not be found.
import type { PageGrid } from '../model/page-grid.ts';
import type { PageText } from '../model/text-run.ts';
import { blockFromCentres, finishAnalysis } from './line-grid.ts';
import { chooseFrame, extractWords, toFrame, type Frame } from './words.ts';

export interface Calibration {
  /** Centre of line 1's band, a point in PDF user space (x anywhere on the line). */
  firstLine: [number, number];
  /** Centre of the last line's band, user space. */
  lastLine: [number, number];
  /** How many numbered lines the page has (28, 26, 25 …). */
  lineCount: number;
  /** Left and right edges of the text column along the line, user space x for unrotated pages; default: the page's text extent. */
  columnLeft?: number;
  columnRight?: number;
  /** Printed page to give the lines (default: the PDF page number). */
  printedPage?: number | null;
}

/** Builds a PageGrid from the user's line-1 and last-line positions (layout "pleading"). */
export function gridFromCalibration(page: PageText, calibration: Calibration): PageGrid {
  const { firstLine, lastLine, lineCount } = calibration;
  if (!(lineCount >= 1)) throw new RangeError('lineCount must be at least 1');
  // The page's reading direction: line 1 lies above the last line, so "down" is from firstLine to lastLine.
  const dx = lastLine[0] - firstLine[0];
  const dy = lastLine[1] - firstLine[1];
  let quarter: number;
  if (lineCount > 1 && Math.hypot(dx, dy) > 0) {
    // Down in the frame is -v; find the quarter turn q with R(-q·90)·(dx,dy) closest to (0,-1).
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI; // direction of "down" in user space
    quarter = (((Math.round((angle + 90) / 90) % 4) + 4) % 4) as number;
  } else quarter = chooseFrame(page).quarter;
  const base = chooseFrame(page, quarter);
  const frame: Frame = { ...base, tilt: 0 };
  const words = extractWords(page, frame);
  const [, v1] = toFrame(frame, firstLine[0], firstLine[1]);
  const [, vN] = toFrame(frame, lastLine[0], lastLine[1]);
  const [U0, , U1] = frame.bounds;
  let x0: number;
  let x1: number;
  const pitch = lineCount > 1 ? (v1 - vN) / (lineCount - 1) : 24;
  const top = v1 + pitch / 2;
  const bottom = vN - pitch / 2;
  const inside = words.filter((w) => !w.offAxis && w.vc <= top && w.vc > bottom);
  if (calibration.columnLeft !== undefined) x0 = toFrame(frame, calibration.columnLeft, firstLine[1])[0];
  else x0 = inside.length > 0 ? Math.min(...inside.map((w) => w.u0)) - 2 : U0 + 72;
  if (calibration.columnRight !== undefined) x1 = toFrame(frame, calibration.columnRight, firstLine[1])[0];
  else x1 = inside.length > 0 ? Math.max(...inside.map((w) => w.u1)) + 2 : U1 - 72;
  if (x1 < x0) [x0, x1] = [x1, x0];
  const block = blockFromCentres(v1, vN, lineCount, x0, x1, x0 - 1);
  return finishAnalysis(
    page,
    frame,
    words,
    [block],
    new Set(),
    null,
    [],
    'calibration',
    { printedPage: calibration.printedPage === undefined ? page.pageIndex + 1 : calibration.printedPage },
    'pleading',
  ).grid;
}
