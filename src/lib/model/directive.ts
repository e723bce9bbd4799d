// Directive: one portion of a sealing order (or one whole document), as interfaces.md defines it.

/** A printed page and line of a filing, both 1-based as the order writes them. */
export interface PageLine {
  page: number;
  line: number;
}

/** What part of a document a directive names. Page and line numbers are the document's own printed numbers. */
export type CitedRange =
  | { kind: 'whole' }
  | { kind: 'lines'; from: PageLine; to: PageLine }
  | { kind: 'paragraphs'; from: number; to: number }
  | { kind: 'pages'; from: number; to: number }
  | { kind: 'ecfPages'; from: number; to: number }
  | { kind: 'footnote'; page: number; note: number }
  | { kind: 'exhibits'; from: string; to: string };

export type RangeKind = CitedRange['kind'];

/** Where a directive came from in the order's text (offsets into the text the parser was given). */
export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

export type Disposition = 'redact' | 'deny';

export interface Directive {
  /** The order's own numbering, e.g. "II.A.9", with a/b where one item names two documents. */
  item: string;
  /** The document's title as the order writes it, emphasis removed. */
  document: string;
  /** Docket entries as the order writes them: "62", "129-3". */
  dockets: string[];
  disposition: Disposition;
  ranges: CitedRange[];
  basis: string | null;
  standard: string | null;
  source: SourceSpan;
}

export interface ParsedOrder {
  directives: Directive[];
  warnings: string[];
}
