// App marks ⇄ redaction-map marks: grouping on export, round trip through the format, and import planning on the same or another copy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createRedactionMap,
  parseRedactionMapText,
  serializeRedactionMap,
  type RedactionMap,
} from '../../src/lib/redaction-map/index.ts';
import { buildFilingLayout, type FilingLayout } from '../../src/lib/resolve/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import type { CaseDirective, DocumentRecord, StoredMark } from '../../src/platform/storage/types.ts';
import {
  applyCaseImport,
  conflictKey,
  planCaseImport,
  toMapDocument,
  toMapMarks,
  toStoredMarks,
} from '../../src/ui/state/case-map.ts';
import { marksForCitation, marksForLines } from '../../src/ui/viewer/marks.ts';

const FILE = 'chromium-pleading.pdf';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const NOW = '2026-11-30T05:00:00.000Z';

async function layoutOf(file: string): Promise<FilingLayout> {
  const doc = await openPdfjsDocument(new Uint8Array(readFileSync(`tests/fixtures/pdfs/${file}`)), file);
  try {
    return buildFilingLayout(await readDocumentText(doc));
  } finally {
    await doc.destroy();
  }
}

function filing(id: string, sha256: string, docket: string | null, pageCount: number): DocumentRecord {
  return {
    id,
    caseId: 'c',
    fileName: `${id}.pdf`,
    sha256,
    pageCount,
    docket,
    title: 'Motion',
    blobId: `b-${id}`,
    createdAt: 0,
  };
}

const directive: CaseDirective = {
  id: 'd1',
  item: 'I.A.15',
  document: 'Motion',
  dockets: ['140'],
  disposition: 'redact',
  ranges: [],
  basis: 'trade secret',
  standard: null,
  source: { start: 0, end: 0, text: '' },
  confirmed: true,
  documentId: 'f1',
};

function mapOf(doc: DocumentRecord, marks: StoredMark[], layout: FilingLayout): RedactionMap {
  return createRedactionMap({
    source: 'LineSeal test',
    createdAt: NOW,
    case: { title: 'Case', court: null, caseNumber: null },
    documents: [toMapDocument(doc, marks, [directive], layout, NOW)],
  });
}

let n = 0;
const ids = () => `m${n++}`;

describe('export', () => {
  it('one citation split across pages is one map mark with a region per page; a drawn area stands alone', async () => {
    const layout = await layoutOf(FILE);
    const p3 = layout.grid.pages[2]!;
    const pieces = marksForLines(
      layout.grid.pages,
      { pageIndex: 2, index: p3.lines.length - 2 },
      { pageIndex: 3, index: 1 },
      ids,
    );
    expect(pieces).toHaveLength(2);
    const drawn: StoredMark = { id: 'r1', pageIndex: 0, rect: [10, 10, 50, 30], status: 'excluded', source: 'manual' };
    const fromOrder: StoredMark = {
      id: 'p1',
      pageIndex: 1,
      rect: [72, 300, 500, 320],
      status: 'proposed',
      source: 'directive',
      directiveId: 'd1',
      citation: '2:5-6',
      label: 'I.A.15',
    };
    const { marks, members } = toMapMarks([...pieces, drawn, fromOrder], [directive], NOW);
    expect(marks).toHaveLength(3);
    const [lines, rect, order] = marks;
    expect(lines!.regions.map((r) => r.pageIndex)).toEqual([2, 3]);
    expect(lines!.ranges).toEqual([
      {
        kind: 'lines',
        from: { page: p3.printedPage, line: expect.any(Number) },
        to: expect.objectContaining({ line: 2 }),
      },
    ]);
    expect(members.get(lines!.id)).toEqual(pieces.map((p) => p.id));
    expect(rect).toMatchObject({ citation: null, ranges: [], status: 'excluded', source: { kind: 'manual' } });
    expect(order).toMatchObject({
      source: { kind: 'directive', item: 'I.A.15', dockets: ['140'] },
      reason: 'trade secret',
      label: 'I.A.15',
      status: 'proposed',
      ranges: [{ kind: 'lines', from: { page: 2, line: 5 }, to: { page: 2, line: 6 } }],
    });
  });

  it('a map built from a filing passes the format check and records every page number', async () => {
    const layout = await layoutOf(FILE);
    const doc = filing('f1', SHA_A, '140', layout.texts.length);
    const { marks } = marksForCitation(layout, '3:1-4', ids);
    const parsed = parseRedactionMapText(serializeRedactionMap(mapOf(doc, marks, layout)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const mapped = parsed.map.documents[0]!;
    expect(mapped.pageNumbers).toHaveLength(layout.texts.length);
    expect(mapped.pageNumbers[2]).toEqual({
      pageIndex: 2,
      printedPage: layout.grid.pages[2]!.printedPage,
      ecfPage: layout.grid.pages[2]!.ecfPage,
    });
    expect(mapped.marks[0]!.regions).toEqual(marks.map((m) => ({ pageIndex: m.pageIndex, rect: m.rect })));
  });
});

describe('import planning', () => {
  it('the same copy takes the exact regions; the marks land with the same ids, rects and statuses', async () => {
    const layout = await layoutOf(FILE);
    const source = filing('f1', SHA_A, '140', layout.texts.length);
    const marks = marksForLines(layout.grid.pages, { pageIndex: 1, index: 3 }, { pageIndex: 2, index: 2 }, ids);
    const map = mapOf(source, marks, layout);
    const target = filing('g1', SHA_A, null, layout.texts.length);
    let asked = 0;
    const plan = await planCaseImport(map, [{ doc: target, marks: [] }], [], async () => {
      asked++;
      return layout;
    });
    expect(asked).toBe(0);
    expect(plan.filings[0]).toMatchObject({ exact: true, reResolved: 0, conflicts: [] });
    const changes = applyCaseImport(plan, {}, [], {});
    expect(changes.get('g1')!.map((m) => [m.pageIndex, m.rect, m.status])).toEqual(
      marks.map((m) => [m.pageIndex, m.rect, m.status]),
    );
    // Importing the same map again adds nothing and conflicts with nothing.
    const again = await planCaseImport(map, [{ doc: target, marks: changes.get('g1')! }], [], async () => layout);
    expect(again.filings[0]).toMatchObject({ added: [], unchanged: 1, conflicts: [] });
  });

  it('another copy (by docket) re-resolves citations there, and lists drawn areas as not carried over', async () => {
    const layout = await layoutOf(FILE);
    const source = filing('f1', SHA_A, '140', layout.texts.length);
    const cited = marksForCitation(layout, '3:1-4', ids).marks;
    const drawn: StoredMark = { id: 'r1', pageIndex: 0, rect: [10, 10, 50, 30], status: 'confirmed', source: 'manual' };
    const map = mapOf(source, [...cited, drawn], layout);
    // Shift the incoming regions: on another copy they must come from the citation, not from the map's rects.
    map.documents[0]!.marks[0]!.regions = [{ pageIndex: 0, rect: [1, 1, 2, 2] }];
    const target = filing('g1', SHA_B, '140', layout.texts.length);
    const plan = await planCaseImport(map, [{ doc: target, marks: [] }], [], async () => layout);
    const fp = plan.filings[0]!;
    expect(fp).toMatchObject({ exact: false, reResolved: 1 });
    expect(fp.notCarried.map((m) => m.id)).toEqual(['r1']);
    const stored = applyCaseImport(plan, {}, [], {}).get('g1')!;
    expect(stored.map((m) => [m.pageIndex, m.rect])).toEqual(cited.map((m) => [m.pageIndex, m.rect]));
    expect(stored.every((m) => m.imported === 'reresolved')).toBe(true);
  });

  it('a mark edited here is a conflict: kept unless the user takes the incoming side; unknown documents are listed', async () => {
    const layout = await layoutOf(FILE);
    const source = filing('f1', SHA_A, '140', layout.texts.length);
    const cited = marksForCitation(layout, '3:1-4', ids).marks;
    const map = mapOf(source, cited, layout);
    map.documents.push({ ...map.documents[0]!, id: 'other', dockets: ['62'], sha256: SHA_B, marks: [] });
    const target = filing('g1', SHA_A, null, layout.texts.length);
    const local = toStoredMarks(map.documents[0]!.marks[0]!).map((m) => ({ ...m, status: 'excluded' as const }));
    const plan = await planCaseImport(map, [{ doc: target, marks: local }], [], async () => layout);
    expect(plan.unmatched.map((d) => d.dockets)).toEqual([['62']]);
    const fp = plan.filings[0]!;
    expect(fp.conflicts).toHaveLength(1);
    expect(fp.conflicts[0]!.local.status).toBe('excluded');
    expect(fp.conflicts[0]!.incoming.status).toBe('confirmed');
    const current = { g1: local };
    expect(applyCaseImport(plan, current, [], {}).size).toBe(0);
    const taken = applyCaseImport(plan, current, [], { [conflictKey('g1', fp.conflicts[0]!.markId)]: 'incoming' });
    expect(taken.get('g1')!.map((m) => m.status)).toEqual(local.map(() => 'confirmed'));
    expect(taken.get('g1')).toHaveLength(local.length);
  });

  it('another copy whose text cannot be read places no cited mark and says why, instead of failing the import', async () => {
    const layout = await layoutOf(FILE);
    const map = mapOf(
      filing('f1', SHA_A, '140', layout.texts.length),
      marksForCitation(layout, '3:1-4', ids).marks,
      layout,
    );
    const target = filing('g1', SHA_B, '140', layout.texts.length);
    const plan = await planCaseImport(map, [{ doc: target, marks: [] }], [], async () => {
      throw new Error('the file is encrypted');
    });
    expect(plan.filings[0]).toMatchObject({ layoutError: 'the file is encrypted', added: [], reResolved: 0 });
    expect(applyCaseImport(plan, {}, [], {}).size).toBe(0);
  });

  it("the order's proposal made in both cases is one mark: compared with the local one, not added twice", async () => {
    const layout = await layoutOf(FILE);
    const source = filing('f1', SHA_A, '140', layout.texts.length);
    const proposal = (id: string, status: StoredMark['status']): StoredMark => ({
      id,
      pageIndex: 1,
      rect: [72, 300, 500, 320],
      status,
      source: 'directive',
      directiveId: 'd1',
      directiveRanges: '[]',
      citation: '2:5-6',
      label: 'I.A.15',
    });
    const map = mapOf(source, [proposal('theirs', 'confirmed')], layout);
    const target = filing('g1', SHA_A, '140', layout.texts.length);
    const here = { ...directive, id: 'd-here', documentId: 'g1' };
    const local = [{ ...proposal('mine', 'proposed'), directiveId: 'd-here' }];
    const plan = await planCaseImport(map, [{ doc: target, marks: local }], [here], async () => layout);
    const fp = plan.filings[0]!;
    expect(fp.added).toEqual([]);
    expect(fp.conflicts.map((c) => [c.markId, c.local.status, c.incoming.status])).toEqual([
      ['mine', 'proposed', 'confirmed'],
    ]);
    const next = applyCaseImport(plan, { g1: local }, [here], { [conflictKey('g1', 'mine')]: 'incoming' }).get('g1')!;
    expect(next.map((m) => [m.id, m.status, m.directiveId])).toEqual([['mine', 'confirmed', 'd-here']]);
  });

  it("an imported mark of an order item this case's order also has is linked to that directive", async () => {
    const layout = await layoutOf(FILE);
    const mark: StoredMark = {
      id: 'p1',
      pageIndex: 1,
      rect: [72, 300, 500, 320],
      status: 'confirmed',
      source: 'directive',
      directiveId: 'd1',
      citation: '2:5-6',
      label: 'I.A.15',
    };
    const map = mapOf(filing('f1', SHA_A, '140', layout.texts.length), [mark], layout);
    const here = { ...directive, id: 'd-here', documentId: 'g1' };
    const plan = await planCaseImport(
      map,
      [{ doc: filing('g1', SHA_A, null, layout.texts.length), marks: [] }],
      [here],
      async () => layout,
    );
    const stored = applyCaseImport(plan, {}, [here], {}).get('g1')!;
    expect(stored.map((m) => [m.directiveId, m.directiveRanges, m.reason])).toEqual([['d-here', '[]', 'trade secret']]);
  });
});
