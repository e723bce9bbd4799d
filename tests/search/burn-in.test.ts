// Search hits through the redaction engine: a preset hit's characters are really gone from the PDF, its neighbours stay.
import { describe, expect, it } from 'vitest';
import { burnIn } from '../../src/cli/redact.ts';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { buildSearchIndex, hitRegions, searchText } from '../../src/lib/search/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import { fixtureBytes, loadPages } from './helpers.ts';

describe('search hits burnt in', () => {
  it('removes the SSN but its last four digits and a whole account number, keeping the words around them', async () => {
    const pages = await loadPages('chromium-pleading');
    const grid = detectDocumentGrid(pages);
    const ssn = searchText(pages, { kind: 'preset', preset: 'ssn' }, { grid });
    const acct = searchText(pages, { kind: 'preset', preset: 'account-number', whole: true }, { grid }).filter(
      (h) => h.citation === '9:8',
    );
    expect(ssn.map((h) => [h.citation, h.markedText])).toEqual([['9:10', '666-71-']]);
    expect(acct.map((h) => h.markedText)).toEqual(['6021-5530-7742']);
    const regions = hitRegions([...ssn, ...acct], 'search:preset');
    expect(regions.map((r) => [r.pageIndex, r.citation, r.source])).toEqual([
      [8, '9:10', 'search:preset'],
      [8, '9:8', 'search:preset'],
    ]);

    const { bytes, report } = await burnIn(fixtureBytes('chromium-pleading'), regions, {
      fileName: 'chromium-pleading.pdf',
    });
    expect(report.verification.ok, (report.verification.findings ?? []).join('; ')).toBe(true);

    const after = buildSearchIndex(await readDocumentText(await openPdfjsDocument(bytes, 'out.pdf'))).pages[8]!.text;
    const before = buildSearchIndex(pages).pages[8]!.text;
    expect(before).toContain('number as 666-71-2049, which Halyard has redacted');
    expect(after).not.toContain('666');
    expect(after).not.toMatch(/71-?2049/);
    expect(after).toMatch(/identification number as 2049, which Halyard has redacted/);
    expect(before).toContain('Martin L. Strand, Account No. 6021-5530-7742. 8.');
    expect(after).not.toMatch(/6021|5530|7742/);
    expect(after).toMatch(/Martin L\. Strand, Account No\. ?\. 8\./);
    // Everything else on the page reads as before.
    const rest = (s: string) => s.replace(/as 666-71-2049|as 2049/, '').replace(/No\. ?6021-5530-7742\.|No\. ?\./, '');
    expect(rest(after)).toBe(rest(before));
  });
});
