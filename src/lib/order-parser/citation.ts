// parseCitation / formatRange: one document's citation as a user or the CLI writes it, and back.
import type { CitedRange } from '../model/directive.ts';
import { CitationSyntaxError } from '../util/errors.ts';
import { cleanOrderText } from './normalize.ts';
import { parseRangeList, rangeProblem } from './parsers/ranges.ts';

export { formatRange } from '../model/format-range.ts';

/** Parses "pp. 4:2-23; 4:26", "5:17-6:14", "¶¶ 25-26", "p. 4 n.4", "at 4-32", "pages 2-3", "Ex. A", "whole". Throws CitationSyntaxError. */
export function parseCitation(text: string): CitedRange[] {
  const clean = cleanOrderText(text).text;
  const list = parseRangeList(clean, 0, { at: true, whole: true });
  const rest = list ? clean.slice(list.end).replace(/^[\s.,;)]*$/, '') : clean;
  if (!list || rest !== '' || clean.slice(0, list.start).trim() !== '') throw new CitationSyntaxError(text);
  if (list.ranges.some((r) => rangeProblem(r) !== null)) throw new CitationSyntaxError(text);
  if (list.ranges.some((r) => r.kind === 'whole')) return [{ kind: 'whole' }];
  return list.ranges;
}
