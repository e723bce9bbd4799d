// Writes one CitedRange the way an order does; shared by the order parser, the resolver and the UI.
import type { CitedRange } from './directive.ts';

/** The citation of one range as an order writes it ("5:17-6:14", "¶¶ 25-26", "p. 4 n.4", "ECF pp. 4-32", "Exs. C-E", "whole"). */
export function formatRange(range: CitedRange): string {
  switch (range.kind) {
    case 'whole':
      return 'whole';
    case 'lines': {
      const { from, to } = range;
      if (from.page === to.page)
        return from.line === to.line ? `${from.page}:${from.line}` : `${from.page}:${from.line}-${to.line}`;
      return `${from.page}:${from.line}-${to.page}:${to.line}`;
    }
    case 'paragraphs':
      return range.from === range.to ? `¶ ${range.from}` : `¶¶ ${range.from}-${range.to}`;
    case 'pages':
      return range.from === range.to ? `p. ${range.from}` : `pp. ${range.from}-${range.to}`;
    case 'ecfPages':
      return range.from === range.to ? `ECF p. ${range.from}` : `ECF pp. ${range.from}-${range.to}`;
    case 'footnote':
      return `p. ${range.page} n.${range.note}`;
    case 'exhibits':
      return range.from === range.to ? `Ex. ${range.from}` : `Exs. ${range.from}-${range.to}`;
  }
}
