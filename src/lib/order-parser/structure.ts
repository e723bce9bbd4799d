// Structure pass: the cleaned order becomes blocks (headings, enumerated items, paragraphs, table rows) and a scan text without footnotes.
import { blankRanges, type CleanText } from './normalize.ts';

/** The header of a space-aligned ruling table: a docket column and a ruling column. */
const SPACED_HEADER =
  /^(?=.*\b(?:ECF|NYSCEF|Dkt\.?|Docket|Doc\.?|Document|Filing|Filed\s+at|Exhibit|Envelope|Control|Transaction)(?:\s+(?:No\.?|ID))?(?:\s|$))(?=.*\b(?:Ruling|Disposition|Order|Result|Decision|Portions?(?:\s+sealed)?|Pages?|Locators?|Scope|Description|Positions?)\b)/i;

export interface Heading {
  type: 'heading';
  start: number;
  end: number;
  /** 1 roman (I.), 2 capital letter (A.), 3 arabic (1.), 0 unnumbered ("DISCUSSION"). */
  level: 0 | 1 | 2 | 3;
  label: string | null;
  title: string;
}

export interface Item {
  type: 'item';
  start: number;
  end: number;
  /** Offset just after the item's own number ("12."). */
  contentStart: number;
  label: string;
  /** Items separated only by blank lines, footnotes or "..." share a list. */
  list: number;
}

export interface Paragraph {
  type: 'para';
  start: number;
  end: number;
}

export interface Row {
  type: 'row';
  start: number;
  end: number;
  /** Each cell's span; `more` holds the pieces of a cell wrapped onto later lines under its own column. */
  cells: { start: number; end: number; more?: { start: number; end: number }[] }[];
  /** Index of the table this row belongs to. */
  table: number;
}

export type Block = Heading | Item | Paragraph | Row;

export interface Structure {
  blocks: Block[];
  /** The cleaned text with footnotes and elision lines blanked; offsets unchanged. */
  scan: string;
}

const HEADING = /^(?:(?<roman>[IVX]{1,5})|(?<letter>[A-Z])|(?<num>\d{1,2}))\.\s+(?<title>[A-Z][^.;:()#¶§]{1,100}?)\s*$/;
/** A rule of dashes under a table's header, one run per column ("--------    ----------"). */
const RULE_UNDER = /^\s*-{3,}(?:\s{2,}-{3,})+\s*$/;
const CAPS_HEADING = /^[A-Z][A-Z ,.'&-]{3,70}$/;
/** A cell that holds only a docket entry ("164-2", "16204402"), or one with its prefix ("Dkt. 145-3", "ECF No. 52"). */
const ENTRY_NUMBER = String.raw`(?:\d{5,11}|\d{1,5}(?:-\d{1,4})?)`;
const BARE_ENTRY_CELL = new RegExp(String.raw`^\s*${ENTRY_NUMBER}\s*$`);
/** The words a docket cite opens with ("ECF", "Dkt.", "Doc.", "D.E."). */
const DOCKET_WORD = String.raw`ECF|Dkts?\.?|Docs?\.?|D\.E\.`;
const ENTRY_CELL = new RegExp(String.raw`^\s*(?:(?:${DOCKET_WORD}|R\.)\s*(?:Nos?\.)?\s*)?${ENTRY_NUMBER}\s*$`);
/** A first cell that opens with its docket: "Dkt. No. 141-6, Ex. 7 to the", "ECF 88-2 Hale Decl.". */
const DOCKET_FIRST = new RegExp(String.raw`^\s*(?:${DOCKET_WORD}|Docket)\s*(?:Nos?\.)?\s*#?\s*\d`);
/** A ruling cell that opens with its verdict ("GRANTED as to …", "DENIED. The slide deck …"). */
const ROW_VERDICT =
  /^(?:GRANTED|DENIED|Granted|Denied|SEALED|Sealed|UNSEALED|Unsealed|WITHDRAWN|Withdrawn|MOOT|Moot|PROTECTED|Protected|RESTRICTED|Restricted|PUBLIC|Public)\b/;
const ITEM = /^(?:(\d{1,3})[.)]|\((\d{1,3})\)|([a-z])[.)]|\(([a-z])\)|\(([ivx]{1,4})\)|([-•*–]))\s+(?=\S)/;
const ELISION = /^(?:\.\s*){3,}$|^…$|^(?:\*\s*){3}$/;
// ("… not sealed.1": a footnote marker after the full stop still ends the paragraph.)
// ("The Court will seal R. 60-6.[1]": a footnote's number in brackets after the full stop.)
const ENDED =
  /(?:[.;:!?]["')\]]*(?<=[A-Za-z)\]"'][.;:!?]["')\]]*)(?:\d|\(\d{1,2}\))?|[.;:!?]["')\]]*|[.!?]["')]*\[\d{1,2}\]|\band|\bor)$/;

const ABBREVIATION_END = /(?:\(|\b)(?:Doc|Docs|Dkt|Dkts|No|Nos|ECF|Rec|R|Ex|Exs|p|pp|Mr|Ms|Mrs|Dr|v|Decl|Mem|Opp)\.$/;

/** Splits the cleaned order into blocks. */
export function structure(clean: CleanText): Structure {
  const { text, lineStarts, original } = clean;
  const blanked: [number, number][] = [];
  const lines = lineStarts.map((start, index) => {
    const next = lineStarts[index + 1];
    const end = next === undefined ? text.length : next - 1;
    return { index, start, end, text: text.slice(start, end) };
  });
  // (Asked several times of every line: answered once each.)
  const blankLines = lines.map((line) => {
    const trimmed = line.text.trim();
    return trimmed === '' || ELISION.test(trimmed);
  });
  const isBlank = (i: number) => blankLines[i] ?? true;

  const { doubleSpaced, bodyIndent } = spacing(lines, isBlank, clean.furnitureLines);
  let blankRun = 0;

  const blocks: Block[] = [];
  let open: Item | Paragraph | null = null;
  let gap = false;
  let inFootnote = false;
  let list = 0;
  let table = 0;
  let lastWasItem = false;
  let lastWasRow = false;
  /** A page break (running header or footer) came right after a table row: the table may go on after it. */
  let rowBeforeBreak = false;
  /** Tables drawn with rules between their rows ("+-----+-----+"), and whether the line before was such a rule. */
  const ruledTables = new Set<number>();
  let ruleAbove = false;
  let blankAfterRow = false;
  /** The table (if any) laid out with spaces, whose rows may continue. */
  let spaced = -1;

  const blank = (s: number, e: number) => blanked.push([s, e]);
  /** The last line read ends inside a sentence. */
  let midSentence = false;
  /** The run of blank lines around `index` touches a running header or footer. */
  const besideFurniture = (index: number) => {
    let before = index;
    while (before > 0 && isBlank(before) && !clean.furnitureLines.has(before)) before--;
    let after = index;
    while (after < lines.length - 1 && isBlank(after) && !clean.furnitureLines.has(after)) after++;
    return clean.furnitureLines.has(before) || clean.furnitureLines.has(after);
  };

  const multiline = multilineTables(lines, clean.furnitureLines);
  /** The last line of a multiline table already read as rows. */
  let skipThrough = -1;

  for (const line of lines) {
    if (line.index <= skipThrough) continue;
    const rowsHere = multiline.get(line.index);
    if (rowsHere) {
      table++;
      for (const row of rowsHere.rows) blocks.push({ ...row, table });
      skipThrough = rowsHere.last;
      open = null;
      gap = false;
      lastWasRow = false;
      lastWasItem = false;
      blankAfterRow = false;
      rowBeforeBreak = false;
      continue;
    }
    const trimmed = line.text.trim();
    // A running header or footer between two lines of a table or paragraph interrupts nothing.
    if (clean.furnitureLines.has(line.index)) {
      if (lastWasRow || rowBeforeBreak || blankAfterRow) rowBeforeBreak = true;
      // (A page's footnotes end at its footer or the next page's header, blank line or none: "… See Doc. 180 at 9." /
      // "2" / "Case 2:21-cv-02271 … Page 3 of 4" / "1. Doc. 171-5 shall remain sealed …".)
      inFootnote = false;
      continue;
    }
    if (isBlank(line.index)) {
      // The blank lines around a page break inside a sentence ("redacting pages 2" / footer / header / "and 3.")
      // break nothing.
      if (midSentence && besideFurniture(line.index)) {
        inFootnote = false;
        continue;
      }
      blankAfterRow = lastWasRow || blankAfterRow;
      if (ELISION.test(trimmed)) blank(line.start, line.end);
      inFootnote = false;
      gap = true;
      lastWasRow = false;
      blankRun++;
      continue;
    }
    const lead = line.start + (line.text.length - line.text.trimStart().length);
    // Double-spaced text (a blank line after every wrapped line): one blank line breaks nothing unless the next line is
    // indented like a paragraph's first line.
    // (A docket-sheet entry, "04/11/2024    58   ORDER …", always starts anew.)
    const entryLine = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}(?:\t+| {2,})\d{1,5}(?:\t| {2,})/.test(line.text);
    if (doubleSpaced && gap && blankRun === 1 && lead - line.start <= bodyIndent && !entryLine) gap = false;
    blankRun = 0;
    if (clean.footnoteLines.has(line.index) || inFootnote) {
      inFootnote = true;
      blank(line.start, line.end);
      continue;
    }
    midSentence = !/[.:;!?)"']$/.test(trimmed);
    const heading = headingOf(trimmed, original.slice(line.start, line.end));
    const standalone =
      isBlank(line.index - 1) && (isBlank(line.index + 1) || /\*\*/.test(original.slice(line.start, line.end)));
    // (" 4  Agreement shall be filed publicly." / " 5  B. The Pace Declaration" / " 6       Paragraphs 22 …": a sub-heading
    // in single-spaced text taken from a PDF, with no blank line around it, between a finished sentence or another
    // heading and an indented first line or another heading.)
    const tight =
      heading &&
      !standalone &&
      !doubleSpaced &&
      isCitingHeading(trimmed) &&
      // (One that cites its entries, "C. Exhibits 12 and 14 [160-3], [160-4]", already names them to the text after it.)
      !/[([]/.test(trimmed) &&
      clearsHeadingAbove(lines[line.index - 1]?.text ?? '') &&
      clearsHeadingBelow(lines[line.index + 1]?.text ?? '', bodyIndent);
    if (heading && (standalone || tight)) {
      blocks.push({ type: 'heading', start: lead, end: line.end, ...heading });
      open = null;
      gap = false;
      lastWasItem = false;
      continue;
    }
    const raw = original.slice(line.start, line.end);
    // (The line as read: the order's own line number blanked, so it is no column of a table laid out with spaces.)
    const shown = line.text;
    // A pipe table, with or without the outer pipes ("1   | Ex. 2, Declaration … | 57-2 | ¶¶ 8-11 | GRANTED").
    // (Also the rule under such a table's header as psql draws it, "-----------+--------+-----".)
    const pipes = trimmed.includes('|') ? trimmed.split('|').length - 1 : 0;
    const piped =
      trimmed.startsWith('|') ||
      (pipes >= 3 && !/^[^|]{25,}[.;:]\s/.test(trimmed)) ||
      (lastWasRow && /^[-+:\s|]+$/.test(trimmed) && /[+|]/.test(trimmed) && trimmed.includes('---')) ||
      // (Three columns without the outer pipes, "142      | Cedar Lake's Memorandum … | Keep sealed pages 17 and 22-23": a
      // row under a header whose rule is drawn with them, " ---------|-----------|-----", or after another row.)
      (pipes === 2 &&
        (lastWasRow || /^[-:\s|]*---[-:\s|]*\|[-:\s|]*$/.test(lines[line.index + 1]?.text.trim() ?? ''))) ||
      // (And the rule over a grid table's header, "+--------+-------+", when a row of cells follows.)
      (/^\+[-+=:]+\+$/.test(trimmed) && (lines[line.index + 1]?.text.trim().startsWith('|') ?? false));
    const tabs = raw.split('\t').length - 1;
    // "04/02/2024\t96\tTEXT ORDER entered by …" (or with spaces): a docket-sheet entry pasted with its date and number is
    // prose, not a row.
    const docketEntry =
      /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}(?:\t+| {2,})\d{1,5}(?:\t| {2,})/.test(raw) ||
      raw.split('\t').some((cell) => cell.length > 240);
    if (!docketEntry && (tabs >= 2 || (tabs >= 1 && lastWasRow))) {
      // A table pasted as tab-separated text: one cell per tab-delimited field. (A table goes on across a page break.)
      if (!lastWasRow && !rowBeforeBreak) table++;
      rowBeforeBreak = false;
      lastWasRow = true;
      open = null;
      const cells: { start: number; end: number }[] = [];
      let cellStart = line.start;
      for (let i = line.start; i <= line.end; i++) {
        if (i === line.end || original[i] === '\t') {
          if (text.slice(cellStart, i).trim() !== '') cells.push({ start: cellStart, end: i });
          cellStart = i + 1;
        }
      }
      // "2\tExhibit 6, Supply and Distribution" then "Agreement (ROA No. 88)\tSeal entire exhibit\tDENIED": a row whose
      // cell wrapped onto the next line (together they fill the header's columns).
      const previousRow = blocks[blocks.length - 1];
      const header = blocks.find((b): b is Row => b.type === 'row' && b.table === table);
      const firstCell = cells[0];
      const lastCell = previousRow?.type === 'row' ? previousRow.cells[previousRow.cells.length - 1] : undefined;
      if (
        previousRow?.type === 'row' &&
        previousRow.table === table &&
        header &&
        header !== previousRow &&
        firstCell &&
        lastCell &&
        previousRow.cells.length < header.cells.length &&
        previousRow.cells.length + cells.length - 1 === header.cells.length
      ) {
        lastCell.end = firstCell.end;
        previousRow.cells.push(...cells.slice(1));
        previousRow.end = line.end;
        continue;
      }
      blocks.push({ type: 'row', start: lead, end: line.end, cells, table });
      continue;
    }
    // ("Document   ECF No.   Ruling" over one unbroken rule of dashes: the rule under the header, not a paragraph that ends
    // the table.)
    // (Or a rule broken under each column: "-------  ------------------  ---------".)
    if (lastWasRow && spaced === table && /^[-=_]{10,}$|^[-=_]{3,}(?: {1,4}[-=_]{3,}){2,}$/.test(trimmed)) continue;
    // A table laid out with runs of spaces: its header names a docket column and a ruling column; rows follow it.
    // (Counted from the first visible character: the order's own blanked line number is no column.)
    const gaps = (
      raw
        .slice(lead - line.start)
        .trim()
        .match(/\S {2,}(?=\S)/g) ?? []
    ).length;
    // "                   Dkt. No. 176" centred over the rows of that motion: a label inside the table, which goes on.
    if (
      (lastWasRow || blankAfterRow) &&
      spaced === table &&
      gaps === 0 &&
      /^(?:Dkt\.|ECF|Doc\.|Docket)\s*(?:Nos?\.?\s*)?\d{1,5}\s*$/.test(trimmed)
    )
      continue;
    // "…  GRANTED as to 22:5-24:10;" then, under it, "DENIED as to 57:1-19": a last cell wrapped onto the next line.
    const previousRow = blocks[blocks.length - 1];
    // "Rafael Quintanilla (ECF No. 224-2)" on a line of its own inside the table: a row that heads the rows under it.
    // (A blank line may set the groups apart.)
    const tableHead = blocks.find((b): b is Row => b.type === 'row' && b.table === table);
    const firstColumn = tableHead ? tableHead.start - (text.lastIndexOf('\n', tableHead.start - 1) + 1) : -1;
    if (
      (lastWasRow || blankAfterRow) &&
      spaced === table &&
      gaps === 0 &&
      !piped &&
      // (At the table's first column: "(ECF No. 96-2)" under the Material column is a wrapped title, not a heading row.)
      Math.abs(lead - line.start - firstColumn) <= 1 &&
      /\((?:ECF|Dkt|Doc|D\.E\.|Docket)[^()]*\d[^()]*\)\s*$/.test(trimmed)
    ) {
      blocks.push({ type: 'row', start: lead, end: line.end, cells: [{ start: lead, end: line.end }], table });
      lastWasRow = true;
      blankAfterRow = false;
      open = null;
      continue;
    }
    // ("NYSCEF   Document   Proposed   Ruling" over "Doc. No.": the header's first cell, wrapped onto a line of its own.)
    if (
      lastWasRow &&
      spaced === table &&
      gaps === 0 &&
      !piped &&
      tableHead &&
      previousRow === tableHead &&
      trimmed.length <= 16 &&
      Math.abs(lead - line.start - firstColumn) <= 2
    ) {
      tableHead.end = line.end;
      continue;
    }
    if (lastWasRow && spaced === table && gaps === 0 && previousRow?.type === 'row' && !piped) {
      const lastCell = previousRow.cells[previousRow.cells.length - 1];
      const indent = shown.length - shown.trimStart().length;
      const rowStart = text.lastIndexOf('\n', previousRow.start) + 1;
      if (lastCell && Math.abs(lastCell.start - rowStart - indent) <= 4) {
        // (A piece of its own once an earlier line put words under other columns too; else the cell runs on.)
        if (lastCell.more && lastCell.more.length > 0)
          lastCell.more.push({ start: line.start + indent, end: line.end });
        else lastCell.end = line.end;
        previousRow.end = line.end;
        continue;
      }
      // "Pl.'s Memorandum in Opposition to  Dkt. 145 …" then "  Motion for Summary Judgment": the first cell wrapped.
      const firstCell = previousRow.cells[0];
      const firstColumn = firstCell ? firstCell.start - rowStart : 0;
      if (firstCell && previousRow.cells.length > 1 && indent > firstColumn && indent - firstColumn <= 4) {
        previousRow.end = line.end;
        continue;
      }
    }
    // "1  164-2  Deposition of Marco Arroyo  14:3-16:22  GRANTED" then "(Coral Key Chief Financial" under the Document
    // column and "p. 7 n.2;" under the Ruling column: cells wrapped onto the next line, each under its own column.
    if (lastWasRow && spaced === table && previousRow?.type === 'row' && !piped && trimmed !== '') {
      const rowStart = text.lastIndexOf('\n', previousRow.start) + 1;
      const columns = previousRow.cells.map((c) => c.start - rowStart);
      const runs = runsOf(line);
      const segments = runs.map((r) => r.column);
      const pieces = runs.map(({ start, end }) => ({ start, end }));
      // ("Memorandum in Support of Motion for   16204402   Plaintiff shall file a redacted" over "Preliminary Injunction
      // version redacting page 5, lines": words under the first column too, but none under the row's docket number, so the
      // same row wrapped.)
      const second = previousRow.cells[1];
      const docketSecond = second !== undefined && BARE_ENTRY_CELL.test(text.slice(second.start, second.end));
      const noSecond = !segments.some((col) => Math.abs(col - (columns[1] ?? -9)) <= 2);
      // ("Clearcast's Motion for   Highlighted    GRANTED as to 4:12-18 and 11:20-" then "Summary Judgment   portions at
      // 12:3, which disclose the revenue-": a row whose ruling opens with its verdict goes on, under every column, until a
      // line whose ruling column opens with another.)
      const lastColumn = columns[columns.length - 1] ?? -9;
      const underLast = segments.findIndex((col) => Math.abs(col - lastColumn) <= 2);
      const lastCellOfRow = previousRow.cells[previousRow.cells.length - 1];
      const verdictRow =
        lastCellOfRow !== undefined && ROW_VERDICT.test(text.slice(lastCellOfRow.start, lastCellOfRow.end));
      // (Not when the line puts words under a column of bare docket numbers: "Harborview Valuation Report   17   …".)
      const underDocket = segments.some((col) =>
        previousRow.cells.some(
          (cell) => Math.abs(cell.start - rowStart - col) <= 2 && ENTRY_CELL.test(text.slice(cell.start, cell.end)),
        ),
      );
      // ("Dkt. No. 141-6, Ex. 7 to the   33:4-35:18; 61:9-22   GRANTED as to 33:4-35:18." then "Nakagawa Declaration
      // DENIED as to 61:9-22, which": where each row's first cell opens with its docket, a line whose first cell does not
      // is the same row, whatever its ruling column opens with.)
      const firstCell = previousRow.cells[0];
      const citesFirst = firstCell !== undefined && DOCKET_FIRST.test(text.slice(firstCell.start, firstCell.end));
      const underFirst = segments.findIndex((col) => Math.abs(col - (columns[0] ?? -9)) <= 1);
      const firstGoesOn =
        citesFirst &&
        underFirst >= 0 &&
        !DOCKET_FIRST.test(text.slice(pieces[underFirst]!.start, pieces[underFirst]!.end));
      const runsOn =
        verdictRow &&
        !underDocket &&
        (firstGoesOn ||
          (underLast >= 0 && !ROW_VERDICT.test(text.slice(pieces[underLast]!.start, pieces[underLast]!.end))));
      const aligned =
        columns.length > 2 &&
        segments.length > 0 &&
        segments.every((col) => columns.some((c) => Math.abs(c - col) <= 2)) &&
        (!segments.some((col) => Math.abs(col - (columns[0] ?? -9)) <= 1) || (docketSecond && noSecond) || runsOn);
      if (aligned) {
        // Each piece joins the cell of its column ("page 4 n.2;" then "pages 17-18"), the last column's too: the words
        // of the other columns printed between stay out of every cell.
        segments.forEach((col, k) => {
          const column = columns.findIndex((c) => Math.abs(c - col) <= 2);
          const cell = previousRow.cells[column];
          const piece = pieces[k];
          if (cell && piece) (cell.more ??= []).push(piece);
        });
        previousRow.end = line.end;
        continue;
      }
    }
    if (
      !piped &&
      !docketEntry &&
      // (Rows set apart by blank lines: a line of two or more cells that starts at the table's first column.)
      (((lastWasRow || (blankAfterRow && gaps >= 2 && Math.abs(lead - line.start - firstColumn) <= 1)) &&
        gaps >= 1 &&
        spaced === table) ||
        ((gaps >= 2 || (gaps >= 1 && RULE_UNDER.test(lines[line.index + 1]?.text ?? ''))) &&
          SPACED_HEADER.test(trimmed)) ||
        // "Witness / Designation   Subject of Testimony   Ruling", "Item  Filing (Trans ID)  Material" over a rule of
        // dashes: a table, whatever its columns are called (its documents may head groups of rows).
        (gaps >= 2 && RULE_UNDER.test(lines[line.index + 1]?.text ?? '')))
    ) {
      // (A row set apart by a blank line goes on in the same table.)
      if (!lastWasRow && !(blankAfterRow && spaced === table)) table++;
      spaced = table;
      lastWasRow = true;
      open = null;
      const cells = runsOf(line).map(({ start, end }) => ({ start, end }));
      blocks.push({ type: 'row', start: lead, end: line.end, cells, table });
      continue;
    }
    if (piped) {
      if (!lastWasRow && !rowBeforeBreak) table++;
      rowBeforeBreak = false;
      lastWasRow = true;
      open = null;
      if (/^\|?[\s:|+-]+\|?$/.test(trimmed) && (trimmed.includes('|') || trimmed.includes('+'))) {
        ruledTables.add(table);
        ruleAbove = true;
        continue;
      }
      const afterRule = ruleAbove;
      ruleAbove = false;
      // ("143   | Verdant's Motion … | 3:11-19 | GRANTED as to …" then "      |   |   | localization error …": in a table
      // drawn without outer pipes, a wrapped line's first pipe closes its empty first cell.)
      const above = blocks[blocks.length - 1];
      const noOuter = above?.type === 'row' && above.table === table && text[above.start] !== '|';
      const cells = noOuter && text[lead] === '|' ? cellsOf(text, line.start, line.end) : cellsOf(text, lead, line.end);
      const previousRow = blocks[blocks.length - 1];
      const filled = cells.map((c) => text.slice(c.start, c.end).replace(/\|/g, '').trim() !== '');
      const lastFilled = filled.lastIndexOf(true);
      const prevCell = previousRow?.type === 'row' ? previousRow.cells[lastFilled] : undefined;
      // ("| 55 | Kestrel's Brief in Support of | pp. 6-7, 12 | GRANTED as to pp. 6-7; |" then "|  | Motion for Preliminary
      // |  | DENIED as to p. 12 |" before the next "+----+": in a table ruled between its rows, a line with its first cell
      // empty goes on in the row above, each cell under its own column.)
      if (
        !afterRule &&
        ruledTables.has(table) &&
        previousRow?.type === 'row' &&
        previousRow.table === table &&
        previousRow.cells.length === cells.length &&
        filled[0] === false &&
        lastFilled > 0
      ) {
        cells.forEach((cell, i) => {
          const own = previousRow.cells[i];
          if (own && filled[i]) (own.more ??= []).push({ start: cell.start, end: cell.end });
        });
        previousRow.end = line.end;
        continue;
      }
      // "| 71-4 | Ex. D | Seal in full DENIED; ¶¶ 31-38 |" then "|      |       | and ¶ 52 REDACTED |": a last cell that
      // wraps onto a row whose other cells are empty goes on in that cell.
      const wrapped =
        previousRow?.type === 'row' &&
        previousRow.table === table &&
        lastFilled > 0 &&
        filled.indexOf(true) === lastFilled &&
        previousRow.cells.length === cells.length &&
        prevCell !== undefined;
      if (wrapped && prevCell && previousRow?.type === 'row') {
        const cell = cells[lastFilled];
        if (cell) {
          for (let i = prevCell.end; i < cell.start; i++) if (text[i] === '|') blank(i, i + 1);
          prevCell.end = cell.end;
          previousRow.end = line.end;
        }
        continue;
      }
      blocks.push({ type: 'row', start: lead, end: line.end, cells, table });
      continue;
    }
    ruleAbove = false;
    lastWasRow = false;
    rowBeforeBreak = false;
    blankAfterRow = false;
    const item = ITEM.exec(trimmed);
    // A wrapped line that merely starts with a number ("(ECF No.\n119) are approved") is no item.
    const before = lines[line.index - 1]?.text.trim() ?? '';
    // (A number right after "ECF No." on the line before goes on with that citation: "… ECF No.\n47. Plaintiff …".)
    const risky =
      item !== null &&
      (/^\d+\)/.test(item[0]) || Number(item[1] ?? 0) > 99 || /\b(?:Nos?|Dkts?|Docs?|ECF|D\.[EI])\.?$/i.test(before));
    const itemAllowed =
      !risky ||
      isBlank(line.index - 1) ||
      /[;:]$/.test(before) ||
      /\b(?:and|or)$/.test(before) ||
      (/\.$/.test(before) && !/(?:\b(?:No|Nos|Dkt|Dkts|Doc|Docs|p|pp|Ex|Exs|Decl|at|para|paras)|¶)\.$/i.test(before));
    // "v." in a caption is "versus", not item (v) of a lettered list (unless item (u) came just before).
    const versus = item !== null && item[3] === 'v' && !(open?.type === 'item' && open.label === 'u');
    if (item && itemAllowed && !versus) {
      if (!lastWasItem) list++;
      // A bullet ("- the pricing schedule …") is numbered by its place in the list.
      const bullets = blocks.filter((b) => b.type === 'item' && b.list === list).length + 1;
      const label = item[1] ?? item[2] ?? item[3] ?? item[4] ?? item[5] ?? (item[6] ? String(bullets) : '');
      open = { type: 'item', start: lead, end: line.end, contentStart: lead + item[0].length, label, list };
      blocks.push(open);
      gap = false;
      lastWasItem = true;
      continue;
    }
    // An item that ended with a full stop, followed directly by a capitalised line ("Accordingly, it is
    // ORDERED …"): a paragraph begins, even without a blank line (as in text taken from a PDF).
    const itemEnded =
      open?.type === 'item' &&
      /\.["')\]]?$/.test(text.slice(open.start, open.end).trim()) &&
      !/(?:\b(?:No|Nos|Dkt|Dkts|Doc|Docs|p|pp|Ex|Exs|Decl|Inc|Co|Corp|Mem|Opp|v|Id|U\.S|L\.L\.C|[A-Z]))\.["')\]]?$/.test(
        text.slice(open.start, open.end).trim(),
      ) &&
      /^(?:[A-Z][a-z]+\b|IT\s)/.test(trimmed) &&
      // ("     2. Exhibit 14 (…) is a consulting geologist's report." over "Plaintiff asks …" at the margin: a full line
      // that happened to end a sentence; the item's text wraps to the margin and goes on.)
      !wrapsToMargin(text, open, raw);
    // "… The request is denied." then "        Nor has Vantage shown …" indented past the body: a new paragraph, in
    // single-spaced text taken from a PDF that marks paragraphs only by a first-line indent.
    const previousText = lines[line.index - 1]?.text ?? '';
    const indentBreak =
      open?.type === 'para' &&
      !doubleSpaced &&
      lead - line.start >= bodyIndent + 3 &&
      ((previousText.length - previousText.trimStart().length <= bodyIndent + 1 && endsSentence(previousText.trim())) ||
        // ("     A. Pretrial Conference Transcript (Dkt. No. 198)" then "     At the pretrial conference, …": a
        // sub-heading on a line of its own, then its first paragraph.)
        (open.start >= (lines[line.index - 1]?.start ?? 0) && isCitingHeading(previousText.trim()))) &&
      /^["“(]?[A-Z]/.test(trimmed);
    // ("… (Dkt. No. 125.)" then " 5  I.    LEGAL STANDARD" then " 6        Courts recognize …": a heading at the body's
    // indentation, between a finished paragraph and an indented one, is a block of its own.)
    const nextText = lines[line.index + 1]?.text ?? '';
    const headingBreak =
      open?.type === 'para' &&
      !doubleSpaced &&
      endsSentence(previousText.trim()) &&
      isCitingHeading(trimmed) &&
      nextText.length - nextText.trimStart().length >= bodyIndent + 3;
    if (open && !gap && !itemEnded && !indentBreak && !headingBreak) {
      open.end = line.end;
      continue;
    }
    // (In double-spaced text only a line at the body's indentation goes on across a page break.)
    const bodyLine = !doubleSpaced || lead - line.start <= bodyIndent;
    if (open && gap && bodyLine && !entryLine && goesOnAfterGap(text.slice(open.start, open.end).trim())) {
      // A page break inside an item or paragraph: the text goes on.
      open.end = line.end;
      gap = false;
      continue;
    }
    open = { type: 'para', start: lead, end: line.end };
    blocks.push(open);
    gap = false;
    lastWasItem = false;
  }
  return { blocks, scan: blankRanges(text, blanked) };
}

/**
 * Whether an open paragraph or item whose text so far is `openText` goes on past a blank line (a page break inside it):
 * only when it has not ended. (Asked only at a blank line: reading the whole open text at every line was quadratic in a
 * paragraph's length.)
 */
function goesOnAfterGap(openText: string): boolean {
  // A one-line caption such as "(ECF No. 63)" or "[Re: Dkt. No. 88]" stands alone.
  const captionLine = !openText.includes('\n') && (/^[([].*[)\]]$/.test(openText) || /^\[?Re:\s/i.test(openText));
  // "ORDER: GRANTED IN PART AND DENIED IN PART" standing alone in capitals ends there.
  const capitals = /^[^a-z]*[A-Z]{3}[^a-z]*$/.test(openText.split('\n').pop() ?? '');
  // ("… Memorandum in Support (Doc." over a page break: an abbreviation's full stop ends nothing.)
  // (A docket sheet's entry ends with its "(Entered: 06/14/2021)", and its header with "Docket Text".)
  const ended = endsSentence(openText) || /\(Entered:\s*[\d/]{6,10}\)$|\bDocket\s+Text$/i.test(openText);
  // "B.   The Pate deposition (Doc. 58-6)" over a blank line: a sub-heading that cites its document stands alone.
  // ("1.  The Verified Complaint" over a blank line: a sub-heading in title case that names its document.)
  const citingHeading = !openText.includes('\n') && isCitingHeading(openText);
  return !ended && !captionLine && !capitals && !citingHeading;
}

/** A blank line, or another sub-heading of the kind a tight one is: either lets a tight sub-heading stand beside it. */
function blankOrHeading(trimmed: string): boolean {
  return trimmed === '' || (isCitingHeading(trimmed) && headingOf(trimmed, trimmed) !== null);
}

/** Whether the line above a tight sub-heading lets it stand alone: a finished sentence, a blank or another heading. */
function clearsHeadingAbove(text: string): boolean {
  const trimmed = text.trim();
  return blankOrHeading(trimmed) || endsSentence(trimmed);
}

/** Whether the line below a tight sub-heading lets it stand alone: a paragraph's indented first line, a blank or a heading. */
function clearsHeadingBelow(text: string, bodyIndent: number): boolean {
  return blankOrHeading(text.trim()) || text.length - text.trimStart().length >= bodyIndent + 3;
}

/** The runs of text on a line set apart by two or more spaces (a table's cells): each one's column and span. */
function runsOf(line: { start: number; text: string }): { column: number; start: number; end: number }[] {
  return [...line.text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    column: m.index ?? 0,
    start: line.start + (m.index ?? 0),
    end: line.start + (m.index ?? 0) + m[0].length,
  }));
}

/** The column a run starting at `at` falls under: the last whose start is at most two characters to its right. */
function columnAt(columns: number[], at: number): number {
  let k = 0;
  for (let c = 0; c < columns.length; c++) if (columns[c]! <= at + 2) k = c;
  return k;
}

/** A row's cells, one per column, from its lines: a column's first run opens the cell, later ones are its `more`. */
function cellsUnder(columns: number[], group: Line[]): Row['cells'] {
  const cells: Row['cells'] = columns.map(() => ({ start: -1, end: -1 }));
  for (const line of group)
    for (const seg of runsOf(line)) {
      const cell = cells[columnAt(columns, seg.column)]!;
      if (cell.start < 0) {
        cell.start = seg.start;
        cell.end = seg.end;
      } else (cell.more ??= []).push({ start: seg.start, end: seg.end });
    }
  return cells;
}

/** A full-width rule of dashes, as a multiline table draws above, under and between its rows. */
const FULL_RULE = /^\s*-{20,}\s*$/;

type Line = { index: number; start: number; end: number; text: string };

/**
 * Multiline tables (Pandoc's, and ruling charts laid out like them): a rule, a header of three or more columns, a rule,
 * then rows each closed by a rule, their cells wrapped onto further lines under their own columns. Keyed by the table's
 * first line: its rows (header first) and the index of its last line.
 */
function multilineTables(
  lines: Line[],
  furniture: Set<number>,
): Map<number, { rows: Omit<Row, 'table'>[]; last: number }> {
  const found = new Map<number, { rows: Omit<Row, 'table'>[]; last: number }>();
  for (let i = 0; i + 3 < lines.length; i++) {
    const top = lines[i]!;
    const head = lines[i + 1]!;
    if (!FULL_RULE.test(top.text) || !FULL_RULE.test(lines[i + 2]!.text)) continue;
    const columns = runsOf(head).map((s) => s.column);
    if (columns.length < 3 || (head.text.match(/\S {2,}(?=\S)/g) ?? []).length < 2) continue;
    const toRow = (group: Line[]): Omit<Row, 'table'> | null => {
      const filled = cellsUnder(columns, group).filter((c) => c.start >= 0);
      if (filled.length < 2) return null;
      return { type: 'row', start: filled[0]!.start, end: group[group.length - 1]!.end, cells: filled };
    };
    const header = toRow([head]);
    if (!header) continue;
    const rows: Omit<Row, 'table'>[] = [header];
    let group: Line[] = [];
    let last = i + 2;
    for (let j = i + 3; j < lines.length; j++) {
      const line = lines[j]!;
      if (furniture.has(line.index)) break;
      if (FULL_RULE.test(line.text)) {
        if (group.length === 0) break;
        const row = toRow(group);
        if (!row) break;
        rows.push(row);
        group = [];
        last = j;
        continue;
      }
      if (line.text.trim() === '') break;
      group.push(line);
    }
    if (rows.length >= 2) {
      found.set(i, { rows, last });
      i = last;
    }
  }
  // "Document   Portion sought   Ruling" over "--------  --------  --------", then rows set apart by blank lines, each
  // cell wrapped onto the lines under it ("Memorandum in Support of Motion for  page 12 n.6; …  RESTRICTED as to …" /
  // "Summary Judgment (Docket Entry No. 83)  DENIED as to pages 2, 6-7."): a simple table whose rows run over lines.
  for (let i = 0; i + 3 < lines.length; i++) {
    const head = lines[i]!;
    const rule = lines[i + 1]!;
    if (!/^\s*-{3,}(?:\s{2,}-{3,}){2,}\s*$/.test(rule.text)) continue;
    // (Not inside a table the first pass read.)
    if ([...found].some(([first, table]) => first <= i && i <= table.last)) continue;
    const columns = [...rule.text.matchAll(/-{3,}/g)].map((m) => m.index ?? 0);
    if (runsOf(head).length < 3) continue;
    const columnOf = (at: number) => columnAt(columns, at);
    const toRow = (group: Line[]): Omit<Row, 'table'> | null => {
      const cells = cellsUnder(columns, group);
      const filled = cells.filter((c) => c.start >= 0);
      if (filled.length < 2 || cells[0]!.start < 0) return null;
      return { type: 'row', start: cells[0]!.start, end: group[group.length - 1]!.end, cells };
    };
    const header = toRow([head]);
    if (!header) continue;
    const rows: Omit<Row, 'table'>[] = [header];
    let last = i + 1;
    let wrapped = false;
    let j = i + 2;
    while (j < lines.length) {
      // (A page break inside the table, its footer and the next page's header set aside, goes on to the next row.)
      while (j < lines.length && (lines[j]!.text.trim() === '' || furniture.has(lines[j]!.index))) j++;
      const group: Line[] = [];
      while (j < lines.length && lines[j]!.text.trim() !== '' && !furniture.has(lines[j]!.index))
        group.push(lines[j++]!);
      if (group.length === 0) break;
      // (Each line of a row must sit in the table's columns: a paragraph after the table is one run from the margin.)
      if (
        group.some(
          (line) =>
            runsOf(line).length < 2 &&
            (runsOf(line)[0]?.column ?? 0) < (columns[1] ?? 0) - 2 &&
            /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(line.text),
        )
      )
        break;
      // (A row's first line fills the first column and another: "Rafael Quintanilla (ECF No. 224-2)" alone heads a group
      // of rows. A group whose lines open with bare numbers, "1", "2", …, is several rows run together, not one.)
      const firstRuns = runsOf(group[0]!);
      if (new Set(firstRuns.map((r) => columnOf(r.column))).size < 2 || columnOf(firstRuns[0]?.column ?? 99) !== 0)
        break;
      const numbered = group.filter((line) => {
        const lead = runsOf(line)[0];
        return (
          lead &&
          columnOf(lead.column) === 0 &&
          /^(?:\d{1,5}(?:[-.]\d{1,4})?|\(?[a-z]\)|[A-Z]\.?)$/.test(
            line.text.slice(lead.column).split(/\s{2,}/)[0] ?? '',
          )
        );
      });
      if (numbered.length > 1) break;
      const row = toRow(group);
      // (And its last column, the ruling, is filled: "IV.  CONCLUSION AND ORDER" after the table is no row.)
      if (!row || (row.cells[columns.length - 1]?.start ?? -1) < 0) break;
      if (group.length > 1) wrapped = true;
      rows.push(row);
      last = group[group.length - 1]!.index;
    }
    if (wrapped && rows.length >= 3) {
      found.set(i, { rows, last });
      i = last;
    }
  }
  return found;
}

/** Whether `text` (trimmed) ends a sentence: a full stop or the like, not an abbreviation's ("… (Doc."). */
function endsSentence(text: string): boolean {
  return ENDED.test(text) && !ABBREVIATION_END.test(text);
}

/** "B.   The Pate deposition (Doc. 58-6)", "1.  The Verified Complaint": a sub-heading that names (and may cite) its document. */
function isCitingHeading(line: string): boolean {
  return (
    /^(?:\(?[A-Z]\)?|[IVX]{1,4}|\d{1,2})[.)]?\s+[^.;\n]{2,80}(?:\([^()\n]{2,40}\)|\[[^[\]\n]{2,40}\])$/.test(line) ||
    /^(?:\(?[A-Za-z]\)?|[IVX]{1,4}|\d{1,2})[.)]\s+(?:The\s+|Its\s+)?[A-Z][\w'’-]*(?:\s+(?:of|to|and|the|[A-Z][\w'’.-]*)){0,7}$/.test(
      line,
    )
  );
}

function headingOf(trimmed: string, originalLine: string): Omit<Heading, 'type' | 'start' | 'end'> | null {
  const m = HEADING.exec(trimmed);
  if (m?.groups) {
    const title = (m.groups.title ?? '').trim();
    const bold = /\*\*/.test(originalLine);
    if (m.groups.roman) return { level: 1, label: m.groups.roman, title };
    if (m.groups.letter) return { level: 2, label: m.groups.letter, title };
    if (m.groups.num && (bold || title === title.toUpperCase())) return { level: 3, label: m.groups.num, title };
    return null;
  }
  if (CAPS_HEADING.test(trimmed) && /[A-Z]{3}/.test(trimmed)) return { level: 0, label: null, title: trimmed };
  return null;
}

/** Whether `raw` (a line at the left margin) continues an indented item whose last line ran to the right margin. */
function wrapsToMargin(text: string, open: Block | null, raw: string): boolean {
  if (!open || /^\s/.test(raw)) return false;
  const lastLine = text.slice(text.lastIndexOf('\n', open.end - 1) + 1, open.end);
  if (lastLine.trimEnd().length < 72) return false;
  if (/^\s+\S/.test(lastLine)) return true;
  // (A line of the item already wrapped to the margin that runs as wide as its other lines there: the sentence ended
  // there by chance, and the paragraph goes on.)
  const earlier = text
    .slice(open.start, open.end)
    .split('\n')
    .slice(1, -1)
    .filter((l) => /^\S/.test(l));
  if (earlier.length < 2) return false;
  return lastLine.trimEnd().length >= Math.max(...earlier.map((l) => l.trimEnd().length)) - 8;
}

/**
 * Whether the text is double-spaced wrapped prose (most lines 50-100 characters, each followed by one blank line), and
 * the indentation of its body lines.
 */
function spacing(
  lines: { text: string }[],
  isBlank: (i: number) => boolean,
  furniture: Set<number>,
): { doubleSpaced: boolean; bodyIndent: number } {
  let followed = 0;
  let counted = 0;
  let measured = 0;
  const indents = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(i) || furniture.has(i)) continue;
    counted++;
    if (isBlank(i + 1) && !isBlank(i + 2)) followed++;
    const body = lines[i]?.text.trim() ?? '';
    if (body.length >= 50 && body.length <= 100) measured++;
    const indent = (lines[i]?.text.length ?? 0) - (lines[i]?.text.trimStart().length ?? 0);
    indents.set(indent, (indents.get(indent) ?? 0) + 1);
  }
  const doubleSpaced = counted >= 20 && followed >= counted * 0.6 && measured >= counted * 0.6;
  const bodyIndent = [...indents.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { doubleSpaced, bodyIndent };
}

function cellsOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  const outer = text[start] === '|' ? 1 : 0;
  let cellStart = start + outer;
  for (let i = start + outer; i <= end; i++) {
    if (i === end || text[i] === '|') {
      if (i > cellStart || i < end) cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  return cells.filter((c) => c.end > c.start || cells.length > 1);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(label: string): number {
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = ROMAN[label[i] ?? ''] ?? 0;
    const next = ROMAN[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function romanLabel(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
