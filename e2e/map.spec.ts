// Redaction map in the app: export a case's marks, import them into another case, reject a malformed map, resolve a conflict.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseRedactionMapText, type RedactionMap } from '../src/lib/redaction-map/index.ts';
import { addFilings, createCase } from './helpers.ts';

const FILING_140 = 'public/sample/reply-140.pdf';

async function exportMap(page: Page): Promise<{ map: RedactionMap; text: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map').click()]);
  expect(download.url()).toMatch(/^blob:/);
  const text = await readFile((await download.path()) as string, 'utf8');
  const parsed = parseRedactionMapText(text);
  if (!parsed.ok) throw new Error(`exported map is invalid: ${JSON.stringify(parsed.issues)}`);
  return { map: parsed.map, text, name: download.suggestedFilename() };
}

async function importMap(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByTestId('map-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function openFiling(page: Page, docket: string): Promise<void> {
  await page.getByTestId('filing-row').filter({ hasText: docket }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found');
}

const regionsOf = (map: RedactionMap, sha256: string) =>
  map.documents
    .find((d) => d.sha256 === sha256)
    ?.marks.map((m) => ({ id: m.id, status: m.status, citation: m.citation, regions: m.regions }))
    .sort((a, b) => a.id.localeCompare(b.id));

test('export a case map, import it into another case with the same filing, reject a bad map, resolve a conflict', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));

  // Case 1: the sample, with the order's proposal on ECF 140 confirmed and two lines marked by hand.
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('read-order').click();
  await expect(page.getByTestId('directive').first()).toBeVisible();
  await openFiling(page, '140');
  const counts = page.getByTestId('mark-counts');
  await expect(counts).toHaveText('0 confirmed · 1 proposed · 0 excluded');
  await page.getByTestId('mark-item').filter({ hasText: 'I.A.15' }).getByTestId('confirm-mark').click();
  await page.locator('[data-page-number="2"] [data-line="2:5"]').click();
  await page.locator('[data-page-number="2"] [data-line="2:8"]').click({ modifiers: ['Shift'] });
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  await page.getByRole('link', { name: '← Case' }).click();

  const exported = await exportMap(page);
  expect(exported.name).toBe('Sample case - Selling Source sealing order (D. Nev. 2011).lineseal-map.json');
  const { map } = exported;
  expect(map.source).toMatch(/^LineSeal \d+\.\d+\.\d+/);
  expect(map.order?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(map.order?.date).toBe('2011-04-29');
  expect(map.documents).toHaveLength(4);
  const doc140 = map.documents.find((d) => d.dockets.includes('140'));
  if (!doc140) throw new Error('ECF 140 is missing from the map');
  expect(doc140.pageNumbers).toHaveLength(doc140.pageCount);
  expect(doc140.pageNumbers.every((p) => p.printedPage !== null)).toBe(true);
  expect(doc140.marks.map((m) => [m.source.kind, m.citation, m.status]).sort()).toEqual([
    ['directive', '9:3-23', 'confirmed'],
    ['manual', '2:5-8', 'confirmed'],
  ]);
  expect(doc140.marks.find((m) => m.source.kind === 'directive')?.ranges).toEqual([
    { kind: 'lines', from: { page: 9, line: 3 }, to: { page: 9, line: 23 } },
  ]);
  await page.screenshot({ path: 'test-results/map-export.png', fullPage: true });

  // Case 2: the same filing, under another file name and no docket.
  await page.goto('/');
  await createCase(page, 'Second copy');
  await addFilings(page, [{ name: 'reply copy.pdf', mimeType: 'application/pdf', buffer: await readFile(FILING_140) }]);
  await expect(page.getByTestId('filing-row')).toHaveCount(1);

  // A malformed map names its JSON path and changes nothing.
  const broken = JSON.parse(exported.text) as { documents: { marks: { regions: { rect: number[] }[] }[] }[] };
  const firstRegion = broken.documents[0]?.marks[0]?.regions[0];
  if (!firstRegion) throw new Error('no region to break');
  firstRegion.rect = [300, 300, 100, 100];
  await importMap(page, 'broken.json', JSON.stringify(broken));
  const issues = page.getByTestId('map-issues');
  await expect(issues).toContainText('$.documents[0].marks[0].regions[0].rect');
  await expect(issues).toContainText('nothing was changed');
  await expect(page.getByTestId('import-review')).toHaveCount(0);
  await page.getByTestId('map-section').screenshot({ path: 'test-results/map-import-error.png' });
  await importMap(page, 'not-a-map.json', '{"type": "something-else"}');
  await expect(issues).toContainText('$.type');
  await openFiling(page, 'reply copy');
  await expect(counts).toHaveText('0 confirmed · 0 proposed · 0 excluded');
  await page.getByRole('link', { name: '← Case' }).click();

  // The valid map: reviewed first (nothing written yet), then imported in one step.
  await importMap(page, exported.name, exported.text);
  const review = page.getByTestId('import-review');
  await expect(page.getByTestId('import-summary')).toHaveText('2 new marks · 0 already here · 0 conflicts');
  await expect(review).toContainText('same copy — exact regions');
  await expect(page.getByTestId('unmatched')).toHaveCount(0);
  await expect(page.getByTestId('unmatched-empty')).toHaveText(
    '3 other filings in the map (ECF 134; ECF 129-1; ECF 152) have no marks.',
  );
  await page.getByTestId('map-section').screenshot({ path: 'test-results/map-import-review.png' });
  await page.getByTestId('cancel-import').click();
  await expect(review).toHaveCount(0);
  await openFiling(page, 'reply copy');
  await expect(counts).toHaveText('0 confirmed · 0 proposed · 0 excluded');
  await page.getByRole('link', { name: '← Case' }).click();

  await importMap(page, exported.name, exported.text);
  await page.getByTestId('confirm-import').click();
  await expect(review).toHaveCount(0);
  const second = await exportMap(page);
  expect(regionsOf(second.map, doc140.sha256)).toEqual(regionsOf(map, doc140.sha256));
  await openFiling(page, 'reply copy');
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  await expect(page.locator('[data-page-number="9"] [data-testid="mark"][data-status="confirmed"]')).toHaveCount(1);

  // Edit here, then import again: the edited mark is a conflict shown side by side; nothing else changes.
  await page.getByTestId('mark-item').filter({ hasText: 'I.A.15' }).getByTestId('exclude-mark').click();
  await expect(counts).toHaveText('1 confirmed · 0 proposed · 1 excluded');
  await page.getByRole('link', { name: '← Case' }).click();
  await importMap(page, exported.name, exported.text);
  await expect(page.getByTestId('import-summary')).toHaveText('0 new marks · 1 already here · 1 conflict');
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.locator('label').first()).toContainText('I.A.15 · 9:3-23 — excluded');
  await expect(conflict.locator('label').last()).toContainText('I.A.15 · 9:3-23 — confirmed');
  await expect(page.getByTestId('confirm-import')).toBeDisabled();
  await page.getByTestId('take-incoming').check();
  await page.getByTestId('map-section').screenshot({ path: 'test-results/map-import-conflict.png' });
  await page.getByTestId('confirm-import').click();
  await expect(review).toHaveCount(0);
  await openFiling(page, 'reply copy');
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');

  // Everything happened on the app's own origin.
  const origin = new URL(baseURL ?? '').origin;
  const foreign = urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
});

test('a different copy of the filing gets the marks re-resolved from their citations; drawn areas are listed', async ({
  page,
}) => {
  await page.goto('/');
  await createCase(page, 'Original');
  await addFilings(page, [{ name: 'ECF 140.pdf', mimeType: 'application/pdf', buffer: await readFile(FILING_140) }]);
  await openFiling(page, '140');
  const counts = page.getByTestId('mark-counts');
  await page.getByTestId('cite-input').fill('3:1-4');
  await page.getByTestId('cite-input').press('Enter');
  await expect(counts).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await page.getByRole('link', { name: '← Case' }).click();
  const { text } = await exportMap(page);

  // Pretend the map came from another copy: different SHA-256, regions that would be wrong here; plus a drawn area
  // and a filing this case does not have.
  const other = JSON.parse(text) as RedactionMap;
  const doc = other.documents[0];
  if (!doc) throw new Error('no document');
  doc.sha256 = 'f'.repeat(64);
  for (const mark of doc.marks) mark.regions = [{ pageIndex: 0, rect: [1, 1, 2, 2] }];
  doc.marks.push({ ...doc.marks[0]!, id: 'drawn', citation: null, ranges: [], label: null });
  other.documents.push({ ...doc, id: 'doc-62', dockets: ['62'], sha256: 'e'.repeat(64), marks: [doc.marks[0]!] });

  await page.goto('/');
  await createCase(page, 'Recipient');
  await addFilings(page, [{ name: 'ECF 140.pdf', mimeType: 'application/pdf', buffer: await readFile(FILING_140) }]);
  await expect(page.getByTestId('filing-row')).toHaveCount(1);
  await importMap(page, 'other-copy.lineseal-map.json', JSON.stringify(other));
  await expect(page.getByTestId('reresolved')).toHaveText('different copy — 1 re-resolved');
  await expect(page.getByTestId('not-carried')).toContainText('drawn area');
  await expect(page.getByTestId('unmatched')).toContainText('attach filing 62 to apply its 1 mark');
  await expect(page.getByTestId('import-summary')).toHaveText('1 new mark · 0 already here · 0 conflicts');
  await page.getByTestId('map-section').screenshot({ path: 'test-results/map-import-reresolved.png' });

  // Meanwhile another tab marks this filing: confirming writes nothing and shows the review again.
  const caseUrl = page.url();
  const other2 = await page.context().newPage();
  await other2.goto(caseUrl);
  await openFiling(other2, '140');
  await other2.getByTestId('cite-input').fill('5:1-2');
  await other2.getByTestId('cite-input').press('Enter');
  await expect(other2.getByTestId('mark-counts')).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await other2.close();
  await page.getByTestId('confirm-import').click();
  await expect(page.getByText('changed since the import was reviewed; nothing was imported')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText('1 new mark · 0 already here · 0 conflicts');
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('import-review')).toHaveCount(0);

  // Placed from the citation on this copy (page 3), flagged as re-resolved; the drawn area was not carried over.
  await openFiling(page, '140');
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  await expect(page.getByTestId('mark-item').filter({ hasText: '3:1-4' }).getByTestId('mark-reresolved')).toBeVisible();
  await expect(page.getByTestId('mark-item').filter({ hasText: '5:1-2' }).getByTestId('mark-reresolved')).toHaveCount(
    0,
  );
  await expect(page.locator('[data-page-number="3"] [data-testid="mark"]')).toHaveCount(1);
  await expect(page.locator('[data-page-number="1"] [data-testid="mark"]')).toHaveCount(0);
  await page.getByTestId('marks-panel').screenshot({ path: 'test-results/map-viewer-reresolved.png' });
});
