// Viewer mark logic on a real filing: line selections become marks with citations; directives become proposals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFilingLayout } from '../../src/lib/resolve/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import type { CaseDirective } from '../../src/platform/storage/types.ts';
import { linesBetween, marksForCitation, marksForLines, proposeMarks } from '../../src/ui/viewer/marks.ts';
import { CitationSyntaxError } from '../../src/lib/util/errors.ts';

async function layoutOf(file: string) {
  const doc = await openPdfjsDocument(new Uint8Array(readFileSync(`tests/fixtures/pdfs/${file}`)), file);
  return buildFilingLayout(await readDocumentText(doc));
}

let n = 0;
const ids = () => `m${n++}`;

describe('line marks', () => {
  it('a selection across a page break gives one mark per page and the order-style citation', async () => {
    const layout = await layoutOf('chromium-pleading.pdf');
    const pages = layout.grid.pages;
    const p3 = pages[2];
    const p4 = pages[3];
    if (!p3 || !p4) throw new Error('fixture too short');
    const from = { pageIndex: 3, index: 0 };
    const to = { pageIndex: 2, index: p3.lines.length - 3 };
    const marks = marksForLines(pages, from, to, ids);
    expect(marks.map((m) => m.pageIndex)).toEqual([2, 3]);
    const first = p3.lines[p3.lines.length - 3];
    const last = p4.lines[0];
    expect(marks[0]?.citation).toBe(`${first?.page}:${first?.line}-${last?.page}:${last?.line}`);
    // The mark covers the bands of its lines.
    const band = p3.lines[p3.lines.length - 1]?.rect;
    const rect = marks[0]?.rect;
    expect(rect && band && rect[1] <= band[1] && rect[3] >= band[3]).toBe(true);
    expect(linesBetween(pages, to, from)).toHaveLength(4);
  });

  it('a single line gives "page:line"', async () => {
    const layout = await layoutOf('chromium-pleading.pdf');
    const marks = marksForLines(layout.grid.pages, { pageIndex: 1, index: 4 }, { pageIndex: 1, index: 4 }, ids);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.citation).toMatch(/^\d+:5$/);
  });
});

describe('proposals from directives', () => {
  it("proposes marks for the filing's redact directives once, and lists what cannot be placed", async () => {
    const layout = await layoutOf('chromium-pleading.pdf');
    const base = { item: 'I.A.15', document: 'Reply', dockets: ['140'], basis: null, standard: null, confirmed: true };
    const directives: CaseDirective[] = [
      {
        ...base,
        id: 'd1',
        disposition: 'redact',
        documentId: 'doc',
        source: { start: 0, end: 0, text: '' },
        ranges: [
          { kind: 'lines', from: { page: 9, line: 3 }, to: { page: 9, line: 23 } },
          { kind: 'lines', from: { page: 40, line: 1 }, to: { page: 40, line: 2 } },
        ],
      },
      {
        ...base,
        id: 'd2',
        disposition: 'deny',
        documentId: 'doc',
        source: { start: 0, end: 0, text: '' },
        ranges: [{ kind: 'whole' }],
      },
      {
        ...base,
        id: 'd3',
        disposition: 'redact',
        documentId: 'other',
        source: { start: 0, end: 0, text: '' },
        ranges: [{ kind: 'whole' }],
      },
    ];
    const first = proposeMarks(layout, directives, 'doc', [], ids);
    expect(first.marks.length).toBeGreaterThan(0);
    expect(first.marks.every((m) => m.directiveId === 'd1' && m.status === 'proposed' && m.label === 'I.A.15')).toBe(
      true,
    );
    expect(first.marks.every((m) => m.pageIndex === 8)).toBe(true);
    expect(first.unresolved).toHaveLength(1);
    expect(first.unresolved[0]?.citation).toContain('40:1');
    const again = proposeMarks(layout, directives, 'doc', first.marks, ids);
    expect(again.marks).toEqual([]);
    expect(again.stale).toEqual([]);

    // Editing the directive's portions replaces its undecided proposals.
    const edited = directives.map((d) =>
      d.id === 'd1'
        ? { ...d, ranges: [{ kind: 'lines' as const, from: { page: 9, line: 3 }, to: { page: 9, line: 5 } }] }
        : d,
    );
    const redo = proposeMarks(layout, edited, 'doc', first.marks, ids);
    expect(redo.stale.sort()).toEqual(first.marks.map((m) => m.id).sort());
    expect(redo.marks.length).toBeGreaterThan(0);
    expect(redo.marks[0]?.citation).toBe('9:3-5');

    // Once the user has decided, the proposals stay as they are.
    const decided = first.marks.map((m) => ({ ...m, status: 'confirmed' as const }));
    expect(proposeMarks(layout, edited, 'doc', decided, ids)).toMatchObject({ marks: [], stale: [] });

    // A directive unlinked from this filing takes its undecided proposals with it.
    const unlinked = directives.map((d) => ({ ...d, documentId: null }));
    expect(proposeMarks(layout, unlinked, 'doc', first.marks, ids).stale).toHaveLength(first.marks.length);
  });
});

describe('marks by typed citation', () => {
  it("resolves a typed citation like an order's, reports what it cannot place, refuses non-citations", async () => {
    const layout = await layoutOf('chromium-pleading.pdf');
    const { marks, unresolved } = marksForCitation(layout, '2:5-8; 40:1', ids);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.pageIndex === 1 && m.status === 'confirmed')).toBe(true);
    expect(marks[0]?.citation).toBe('2:5-8');
    expect(unresolved).toHaveLength(1);
    expect(() => marksForCitation(layout, 'the good parts', ids)).toThrow(CitationSyntaxError);
  });
});
