// Order parser facade: court-order text → directives (a chrono-style pipeline: clean → structure → parsers → assembly → refiners).
import type { ParsedOrder } from '../model/directive.ts';
import { assemble, clearAssemblyCaches } from './assemble.ts';
import { cleanOrderText } from './normalize.ts';
import { clearRulingCaches } from './parsers/rulings.ts';
import { refine } from './refiners/index.ts';
import { structure } from './structure.ts';
import { clearTextCaches } from './text-tools.ts';

export { parseCitation, formatRange } from './citation.ts';
export { orderTextFromPages } from './pdf-text.ts';

export interface ParseOrderOptions {
  /** Reserved for stricter or more lenient configurations; the default reads every construct it knows. */
  mode?: 'default';
}

/** Parses a sealing order's text; `source` spans are offsets into `text`. Never throws on odd input. */
export function parseOrder(text: string, _options: ParseOrderOptions = {}): ParsedOrder {
  // Caches live for one order only, so no order is read faster (or differently) for having been read before.
  clearTextCaches();
  clearRulingCaches();
  clearAssemblyCaches();
  const clean = cleanOrderText(text);
  const st = structure(clean);
  return refine(assemble(clean, st), text);
}
