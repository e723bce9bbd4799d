// Marking in the viewer: proposals from the order, line click/shift-click, rectangle tool, undo/redo, persistence.
import { expect, test } from '@playwright/test';

test('mark lines and areas, review proposals from the order, undo/redo, and keep it all across a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('read-order').click();
  await expect(page.getByTestId('directive').first()).toBeVisible();
  await page.getByTestId('filing-row').filter({ hasText: '140' }).getByRole('link', { name: 'Open' }).click();

  const panel = page.getByTestId('marks-panel');
  await expect(panel).toContainText('Line numbers found on 9 of 9 pages');
  const counts = page.getByTestId('mark-counts');
  // I.A.15 seals ECF 140 at 9:3-23: proposed, not yet confirmed.
  await expect(counts).toHaveText('0 confirmed · 1 proposed · 0 excluded');
  await expect(page.getByTestId('mark-item')).toContainText('I.A.15 · 9:3-23');

  // Click line 5 of page 2, shift-click line 8: one mark 2:5-8.
  await page.locator('[data-page-number="2"] [data-line="2:5"]').click();
  await expect(counts).toHaveText('1 confirmed · 1 proposed · 0 excluded');
  await page.locator('[data-page-number="2"] [data-line="2:8"]').click({ modifiers: ['Shift'] });
  await expect(counts).toHaveText('1 confirmed · 1 proposed · 0 excluded');
  await expect(page.getByTestId('mark-item').filter({ hasText: '2:5-8' })).toHaveCount(1);

  // Drag from line 10 to line 12.
  await page.locator('[data-page-number="2"] [data-line="2:10"]').hover();
  await page.mouse.down();
  await page.locator('[data-page-number="2"] [data-line="2:12"]').hover();
  await page.mouse.up();
  await expect(page.getByTestId('mark-item').filter({ hasText: '2:10-12' })).toHaveCount(1);

  // The rectangle tool marks any area.
  await page.getByTestId('tool-rectangle').click();
  await page.getByTestId('page-input').fill('1');
  await page.getByTestId('page-input').press('Enter');
  await expect(page.locator('[data-page-number="1"]')).toBeInViewport({ ratio: 0.3 });
  const box = await page.locator('[data-page-number="1"]').boundingBox();
  if (!box) throw new Error('page 1 not laid out');
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 160, { steps: 4 });
  await page.mouse.up();
  await expect(counts).toHaveText('3 confirmed · 1 proposed · 0 excluded');

  // Review the proposal, then undo and redo.
  await page.getByTestId('mark-item').filter({ hasText: 'I.A.15' }).getByTestId('confirm-mark').click();
  await expect(counts).toHaveText('4 confirmed · 0 proposed · 0 excluded');
  await page.getByTestId('undo').click();
  await expect(counts).toHaveText('3 confirmed · 1 proposed · 0 excluded');
  await page.getByTestId('redo').click();
  await expect(counts).toHaveText('4 confirmed · 0 proposed · 0 excluded');
  await page.getByTestId('mark-item').filter({ hasText: '2:10-12' }).getByTestId('exclude-mark').click();
  await expect(counts).toHaveText('3 confirmed · 0 proposed · 1 excluded');

  // A citation typed as an order would write it is marked the same way.
  await page.getByTestId('cite-input').fill('3:1-4');
  await page.getByTestId('cite-input').press('Enter');
  await expect(counts).toHaveText('4 confirmed · 0 proposed · 1 excluded');
  await expect(page.getByTestId('mark-item').filter({ hasText: '3:1-4' })).toHaveCount(1);
  await page.getByTestId('cite-input').fill('all the secrets');
  await page.getByTestId('cite-input').press('Enter');
  await expect(page.getByTestId('marks-panel').getByRole('alert')).toBeVisible();

  await page.reload();
  await expect(counts).toHaveText('4 confirmed · 0 proposed · 1 excluded');
  await expect(page.locator('[data-page-number="2"] [data-testid="mark"][data-status="confirmed"]')).toHaveCount(1);
});
