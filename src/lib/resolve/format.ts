// Writes a CitedRange the way an order would ("4:27-5:2", "¶¶ 25-26", "p. 4 n.4", "ECF pp. 4-32", "Ex. A").
// Same output as the order parser's formatRange; kept here so the resolver does not depend on the parser's module graph.
import type { CitedRange } from '../model/directive.ts';

/** A short citation for one range, used to label regions and unresolved entries. */
export function formatCitedRange(range: CitedRange): string {
  switch (range.kind) {
    case 'whole':
      return 'whole';
    case 'lines': {
      const { from, to } = range;
      if (from.page === to.page && from.line === to.line) return `${from.page}:${from.line}`;
      if (from.page === to.page) return `${from.page}:${from.line}-${to.line}`;
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
