// Test helper: a parsed order as sorted (docket, disposition, range) atoms, the unit the keys and the benchmark score.
import { parseOrder } from '../../src/lib/order-parser/index.ts';

export function sortedAtoms(text: string): string[] {
  return parseOrder(text)
    .directives.flatMap((d) =>
      d.dockets.flatMap((k) => d.ranges.map((r) => `${k} ${d.disposition} ${JSON.stringify(r)}`)),
    )
    .sort();
}
