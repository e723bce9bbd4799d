// Refiners: drop impossible ranges (with a warning), repeated ranges and repeated directives; read page cites as the order says it counts them; collect warnings once each.
import type { CitedRange, Directive } from '../../model/directive.ts';
import type { Candidate } from '../assemble.ts';
import { directiveKey, rangeKey, rangeProblem } from '../parsers/ranges.ts';
import { ecfPagination } from './ecf-pagination.ts';
import { ownPagination } from './own-pagination.ts';

function key(value: unknown): string {
  return JSON.stringify(value);
}

/** Keeps only ranges that can be right; says which were dropped and why. */
function validRanges(directive: Directive, warnings: string[]): CitedRange[] {
  const seen = new Set<string>();
  const kept: CitedRange[] = [];
  for (const range of directive.ranges) {
    const problem = rangeProblem(range);
    if (problem) {
      warnings.push(
        `item ${directive.item || '?'} (${directive.dockets.join(', ')}): dropped a range with ${problem}: ${key(range)}`,
      );
      continue;
    }
    const k = rangeKey(range);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(range);
  }
  return kept;
}

/** The directives of the candidates, refined; `text` is the order as given (its statements on page numbering). */
export function refine(candidates: Candidate[], text: string): { directives: Directive[]; warnings: string[] } {
  const warnings: string[] = [];
  const directives: Directive[] = [];
  const seen = new Set<string>();
  for (const { directive, warnings: own } of candidates) {
    const ranges = validRanges(directive, warnings);
    if (ranges.length === 0) continue;
    const refined = { ...directive, ranges };
    const k = `${directiveKey(refined)}|${refined.source.start}`;
    if (seen.has(k)) continue;
    seen.add(k);
    directives.push(refined);
    warnings.push(...own);
  }
  return { directives: ecfPagination(text, ownPagination(text, directives)), warnings: [...new Set(warnings)] };
}
