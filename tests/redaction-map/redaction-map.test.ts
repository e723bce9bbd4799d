// The redaction-map format: round trip, validation with JSON paths, defaults, unknown fields, import conflicts.
import { describe, expect, it } from 'vitest';
import {
  createRedactionMap,
  parseRedactionMap,
  parseRedactionMapText,
  planImport,
  serializeRedactionMap,
  type MapDocument,
  type MapMark,
} from '../../src/lib/redaction-map/index.ts';

const SHA = 'a'.repeat(64);

function mark(overrides: Partial<MapMark> = {}): MapMark {
  return {
    id: 'm1',
    source: { kind: 'directive', item: 'II.A.9', dockets: ['62'] },
    citation: '5:17-6:14',
    ranges: [{ kind: 'lines', from: { page: 5, line: 17 }, to: { page: 6, line: 14 } }],
    regions: [{ pageIndex: 4, rect: [72, 100, 540, 124] }],
    reason: 'trade secret',
    label: null,
    status: 'confirmed',
    createdAt: '2026-11-30T00:00:00.000Z',
    createdBy: null,
    ...overrides,
  };
}

function doc(marks: MapMark[] = [mark()], overrides: Partial<MapDocument> = {}): MapDocument {
  return {
    id: 'd62',
    dockets: ['62'],
    title: 'Opp. to Order to Show Cause',
    fileName: '62.pdf',
    sha256: SHA,
    pageCount: 35,
    pageNumbers: [{ pageIndex: 0, printedPage: 1, ecfPage: 1 }],
    marks,
    ...overrides,
  };
}

function sampleMap() {
  return createRedactionMap({
    source: 'LineSeal test',
    createdAt: '2026-11-30T00:00:00.000Z',
    case: { title: 'Lane v. Example', court: 'D. Nev.', caseNumber: '2:10-cv-01951' },
    documents: [doc()],
  });
}

describe('redaction map', () => {
  it('round-trips through JSON unchanged', () => {
    const map = sampleMap();
    const parsed = parseRedactionMapText(serializeRedactionMap(map));
    expect(parsed).toEqual({ ok: true, map });
  });

  it('keeps unknown fields at every level', () => {
    const json = JSON.parse(serializeRedactionMap(sampleMap()));
    json.futureField = { x: 1 };
    json.documents[0].futureDocField = 'kept';
    json.documents[0].marks[0].reviewerNote = 'kept too';
    const parsed = parseRedactionMap(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.map.futureField).toEqual({ x: 1 });
    expect(parsed.map.documents[0]?.futureDocField).toBe('kept');
    expect(parsed.map.documents[0]?.marks[0]?.reviewerNote).toBe('kept too');
  });

  it('restores defaults for optional fields', () => {
    const json = JSON.parse(serializeRedactionMap(sampleMap()));
    delete json.documents[0].marks[0].status;
    delete json.documents[0].marks[0].source;
    delete json.documents[0].pageNumbers;
    delete json.order;
    const parsed = parseRedactionMap(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.map.documents[0]?.marks[0]?.status).toBe('proposed');
    expect(parsed.map.documents[0]?.marks[0]?.source).toEqual({ kind: 'manual' });
    expect(parsed.map.documents[0]?.pageNumbers).toEqual([]);
    expect(parsed.map.order).toBeNull();
  });

  it.each([
    ['not JSON', '{', '$'],
    ['another type', JSON.stringify({ type: 'something-else', version: 1 }), '$.type'],
    ['a newer version', JSON.stringify({ type: 'lineseal-redaction-map', version: 99 }), '$.version'],
  ])('rejects %s naming the path', (_what, text, path) => {
    const parsed = parseRedactionMapText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.path).toBe(path);
  });

  it('names the JSON path of a bad rect, a page past the end, a backwards range and a bad hash', () => {
    const json = JSON.parse(serializeRedactionMap(sampleMap()));
    json.documents[0].sha256 = 'xyz';
    json.documents[0].marks[0].regions = [
      { pageIndex: 0, rect: [10, 10, 5, 20] },
      { pageIndex: 35, rect: [0, 0, 1, 1] },
    ];
    json.documents[0].marks[0].ranges = [{ kind: 'lines', from: { page: 6, line: 1 }, to: { page: 5, line: 1 } }];
    const parsed = parseRedactionMap(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    expect(paths).toEqual([
      '$.documents[0].sha256',
      '$.documents[0].marks[0].regions[0].rect',
      '$.documents[0].marks[0].regions[1].pageIndex',
      '$.documents[0].marks[0].ranges[0]',
    ]);
  });

  it('rejects a mark that marks nothing', () => {
    const json = JSON.parse(serializeRedactionMap(sampleMap()));
    json.documents[0].marks[0].regions = [];
    json.documents[0].marks[0].ranges = [];
    const parsed = parseRedactionMap(json);
    expect(parsed.ok).toBe(false);
  });
});

describe('planImport', () => {
  it('adds new marks, leaves identical ones and reports a changed one as a conflict without applying it', () => {
    const local = [doc([mark(), mark({ id: 'm2', status: 'excluded' })])];
    const incoming = [doc([mark(), mark({ id: 'm2', status: 'confirmed' }), mark({ id: 'm3' })])];
    const plan = planImport(local, incoming);
    expect(plan.added).toBe(1);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts.map((c) => c.markId)).toEqual(['m2']);
    expect(plan.merged[0]?.marks.find((m) => m.id === 'm2')?.status).toBe('excluded');
    expect(local[0]?.marks).toHaveLength(2);
  });

  it('adds documents it does not have', () => {
    const plan = planImport([], [doc()]);
    expect(plan.merged).toHaveLength(1);
    expect(plan.added).toBe(1);
  });
});
