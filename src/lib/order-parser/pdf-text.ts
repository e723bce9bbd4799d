// An order given as a PDF: text runs of every page → plain text in reading order, without its own line numbers, ECF stamps or page footers.
import type { PageText, TextRun } from '../model/text-run.ts';

interface Line {
  y: number;
  x0: number;
  x1: number;
  height: number;
  text: string;
}

const ECF_STAMP = /^\s*Case\s+\S+.*\bDocument\s+\d+.*\bPage\s*(?:ID[.#\s]*\d+\s+)?\d+\s+of\s+\d+\s*$/i;
const PAGE_OF = /^\s*(?:Page\s+)?\d{1,4}\s+of\s+\d{1,4}\s*$/i;
const LONE_PAGE_NUMBER = /^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$/;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs grouped into visual lines, top to bottom, each line's runs left to right. */
function linesOf(runs: TextRun[]): Line[] {
  const visible = runs.filter((r) => r.str.trim() !== '' && Math.abs(r.angle) < 1);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    const tolerance = Math.max(2, 0.5 * Math.max(run.height, anchor?.height ?? 0));
    if (group && anchor && Math.abs(anchor.y - run.y) <= tolerance) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const byX = [...group].sort((a, b) => a.x - b.x);
    // The line's baseline is that of its tallest run (superscripts sit above it).
    const main = byX.reduce((best, r) => (r.height > best.height ? r : best), byX[0] as TextRun);
    let text = '';
    let end = -Infinity;
    for (const run of byX) {
      const gap = run.x - end;
      // A wide gap separates table columns: keep it as a tab so the parser can read the row's cells.
      if (text && gap > 2.5 * Math.max(run.height, 1)) text = text.replace(/\s+$/, '') + '\t';
      else if (text && gap > 0.15 * Math.max(run.height, 1) && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      end = Math.max(end, run.x + run.width);
    }
    return {
      y: main.y,
      x0: byX[0]?.x ?? 0,
      x1: end,
      height: main.height,
      text: text
        .replace(/[^\S\t]+/g, ' ')
        .replace(/ ?\t ?/g, '\t')
        .trim(),
    };
  });
}

/** Drops the order's own pleading line numbers: small integers standing left of the text column. */
function dropLineNumbers(lines: Line[], runs: TextRun[]): Line[] {
  const isNumber = (s: string) => /^\d{1,2}$/.test(s.trim()) && Number(s.trim()) >= 1 && Number(s.trim()) <= 28;
  const numbers = runs.filter((r) => isNumber(r.str));
  const text = runs.filter((r) => r.str.trim() !== '' && !isNumber(r.str));
  if (numbers.length < 10 || text.length === 0) return lines;
  const column = median(numbers.map((r) => r.x));
  const textLeft = median(
    text
      .map((r) => r.x)
      .sort((a, b) => a - b)
      .slice(0, Math.max(1, Math.floor(text.length / 10))),
  );
  if (column >= textLeft - 4) return lines;
  return lines
    .map((line) => {
      if (line.x0 > column + 6) return line;
      const m = /^(\d{1,2})\s*(.*)$/.exec(line.text);
      if (!m || !isNumber(m[1] ?? '')) return line;
      return { ...line, text: m[2] ?? '', x0: textLeft };
    })
    .filter((line) => line.text !== '');
}

/** Text of a sealing order from its pages, paragraphs separated by blank lines. */
export function orderTextFromPages(pages: PageText[]): string {
  const perPage = pages.map((page) => dropLineNumbers(linesOf(page.runs), page.runs));
  // Running headers and footers: the first and last lines that recur (digits aside) on most pages.
  const shape = (s: string) => s.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of perPage) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => shape(l.text)));
    for (const s of edges) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const recurring = (s: string) =>
    perPage.length >= 3 && (counts.get(shape(s)) ?? 0) >= Math.max(3, perPage.length * 0.6);

  const out: string[] = [];
  for (const all of perPage) {
    const lines = all.filter((line, i) => {
      if (ECF_STAMP.test(line.text) || PAGE_OF.test(line.text)) return false;
      const edge = i < 2 || i >= all.length - 2;
      if (edge && recurring(line.text)) return false;
      if (i === all.length - 1 && LONE_PAGE_NUMBER.test(line.text)) return false;
      return true;
    });
    if (lines.length === 0) continue;
    const left = median(
      lines
        .map((l) => l.x0)
        .sort((a, b) => a - b)
        .slice(0, Math.max(1, Math.ceil(lines.length / 3))),
    );
    const right = Math.max(...lines.map((l) => l.x1));
    const pitch = median(
      lines
        .slice(1)
        .map((l, i) => (lines[i]?.y ?? l.y) - l.y)
        .filter((d) => d > 0),
    );
    if (out.length > 0) out.push('');
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous) {
        const gap = previous.y - line.y;
        const short = previous.x1 < left + 0.75 * (right - left);
        const ended = /[.:;!?)"'\u201d]$/.test(previous.text) || short;
        const startsUpper = /^["'\u201c(]?[A-Z0-9]/.test(line.text);
        const indented = line.x0 > left + 12;
        const headingLike =
          line.x1 < left + 0.75 * (right - left) && /^(?:[IVX]{1,5}|[A-Z])\.\s+[A-Z][^.;:()]*$/.test(line.text);
        if (
          headingLike ||
          (pitch > 0 && gap > 1.6 * pitch) ||
          (short && startsUpper) ||
          (ended && indented && startsUpper && /[.:;]$/.test(previous.text))
        ) {
          out.push('');
        }
      }
      out.push(line.text);
    });
  }
  return out.join('\n');
}
