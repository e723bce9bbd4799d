// Test helper: lays an order's text out as a pleading-paper PDF (line numbers 1-28 in the margin, ECF stamp, page footer).
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Splits the seed-style text (lines prefixed with their pleading line number) into pages of lines. */
function pagesOf(text: string): string[][] {
  const pages: string[][] = [[]];
  let previous = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^-\s+/, '').replace(/\*/g, '');
    const m = /^(\d{1,2})(?:\s+(.*))?$/.exec(line);
    const n = m ? Number(m[1]) : NaN;
    if (m && n >= 1 && n <= 28) {
      if (n < previous) pages.push([]);
      previous = n;
      const page = pages[pages.length - 1] as string[];
      while (page.length < n - 1) page.push('');
      page[n - 1] = m[2] ?? '';
    } else if (line.trim() !== '') {
      // Unnumbered text (footnote tails, the last page): wrap at about 95 characters onto the next slots.
      const page = pages[pages.length - 1] as string[];
      let rest = line.trim();
      while (rest.length > 0) {
        let cut = rest.length <= 95 ? rest.length : rest.lastIndexOf(' ', 95);
        if (cut <= 0) cut = Math.min(95, rest.length);
        page.push(rest.slice(0, cut));
        rest = rest.slice(cut).trim();
      }
    }
  }
  // Pages hold 28 numbered lines (and up to 3 unnumbered footnote lines below them); longer runs of
  // wrapped unnumbered text continue on new pages.
  const out: string[][] = [];
  for (const page of pages.filter((p) => p.some((l) => l.trim() !== ''))) {
    if (page.length <= 31) out.push(page);
    else for (let i = 0; i < page.length; i += 28) out.push(page.slice(i, i + 28));
  }
  return out;
}

export async function orderPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const pages = pagesOf(text);
  pages.forEach((lines, index) => {
    const page = doc.addPage([612, 792]);
    page.drawText(`Case 2:10-cv-00941-GMN-GWF Document 196 Filed 04/29/11 Page ${index + 1} of ${pages.length}`, {
      x: 90,
      y: 760,
      size: 9,
      font,
    });
    for (let n = 1; n <= Math.max(28, lines.length); n++) {
      const y = 720 - (n - 1) * 23.5;
      if (n <= 28) page.drawText(String(n), { x: 50 - font.widthOfTextAtSize(String(n), 12), y, size: 12, font });
      const line = lines[n - 1];
      if (line) page.drawText(line, { x: 72, y, size: 12, font });
    }
    page.drawText(String(index + 1), { x: 300, y: 30, size: 12, font });
  });
  return doc.save();
}
