// Assembly: blocks + docket refs + locators + rulings become directives (lists, prose rulings, table rows), in the order's order.
import type { CitedRange, Directive, Disposition } from '../model/directive.ts';
import type { CleanText } from './normalize.ts';
import { findDocketRefs, type DocketRef } from './parsers/dockets.ts';
import {
  aliasTargets,
  escape,
  findAliases,
  findDefinedTerms,
  type Alias,
  type DefinedTerm,
} from './parsers/aliases.ts';
import { motionDockets, motionObjectDisposition } from './parsers/motions.ts';
import { withFootnoteCites } from './parsers/footnotes.ts';
import { numberRuns, withRowRefs } from './parsers/row-refs.ts';
import { withDocketTextRefs } from './parsers/docket-text.ts';
import { withRecordLabels } from './parsers/record-labels.ts';
import { withoutWholeBesideParts, withRestRefused } from './refiners/rest-refused.ts';
import {
  directiveKey,
  nextRangeStart,
  parseRangeList,
  rangeKey,
  RANGE_START,
  withoutNextEntryTail,
  type RangeListMatch,
} from './parsers/ranges.ts';
import {
  basisOf,
  dispositionAt,
  EXPLICIT_RULING,
  findRulings,
  findStandards,
  isRequest,
  BARE_MOTION,
  MOTION_RULING,
  SEALING_MOTION,
  SEALING_MOTION_BEFORE,
  rulingAt,
  rulingWords,
  type RulingMatch,
  type StandardMention,
} from './parsers/rulings.ts';
import { romanLabel, romanValue, type Block, type Heading, type Row, type Structure } from './structure.ts';
import {
  enclosing,
  parenKind,
  parens,
  sentences,
  tidyTitle,
  titleBefore,
  type Paren,
  type Span,
} from './text-tools.ts';

/** A directive before refinement, with the docket warnings that belong to it. */
export interface Candidate {
  directive: Directive;
  warnings: string[];
  /** Where the order decides it (for ordering). */
  position: number;
  /** Decided by a sentence that names the document only in words (it repeats, at most, what another directive says). */
  linked?: boolean;
}

interface Section {
  path: string;
  start: number;
  basis: string | null;
}

interface Context {
  clean: CleanText;
  scan: string;
  standards: StandardMention[];
  /** Every docket reference of the order, found once (sorted by start). */
  refs: DocketRef[];
  /** Every disposition phrase of the order, found once (sorted by start). */
  rulings: RulingMatch[];
  /** Docket entries the order names as motions (never documents to act on by themselves). */
  motions: Set<string>;
  /** Documents introduced with a docket and later named in words only. */
  aliases: Alias[];
  /** The document whose exhibits the last alias sentence listed. */
  exhibitParent: Alias | null;
  /** Defined terms for listed documents ("together, the \"Exhibits\""). */
  terms: DefinedTerm[];
  /** A ruling sentence that ended with a colon: the documents listed after it (in later paragraphs too) take its ruling. */
  colonRuling: Disposition | null;
  /** The documents the parties' requests named so far (each request sentence's targets, in order). */
  requests: Bound[][];
  /** Every document the order has named with a docket so far. */
  named: Bound[];
  /** Locator lists found per span (the same sentence is asked about many times). */
  listCache: Map<number, RangeListMatch[]>;
  /** Documents numbered items cited with a docket (read before the prose), joining `named` where they stand in the text. */
  listNamed: Bound[];
  /** Entries denied whole so far ("DENIED as to Exhibit 11 (Dkt. No. 144-11)"): a later "unseal Dkt. No. 144-11" repeats it. */
  deniedWhole: Set<string>;
  /** The document the last ruling sentence decided ("… the request to seal all of Exhibit 3 is denied. ECF pages 14-17 of that exhibit …"). */
  lastRuled?: Bound;
  /** Rulings on the sealing motion as a whole, in sentences that name no document of their own. */
  motionRulings: { disposition: Disposition; position: number }[];
  /** A letter's numbered requests ("1. Redact pages 3 and 11-12 of its Memorandum of Law (Dkt. 92) …"), by number. */
  requestItems: Map<string, Bound[]>;
  /** The paragraphs' blocks, for what numbered items (read before the prose) say of documents the prose cited. */
  blocks?: Block[];
  /** The documents the paragraphs cite with a docket, titled, found once when an item first needs them. */
  proseNamed?: Bound[];
}

/** A reference to a motion, with nothing cited inside it. */
function isMotionRef(ctx: Context, ref: DocketRef): boolean {
  return ref.pin.length === 0 && ref.dockets.every((d) => ctx.motions.has(d));
}

function rulingsIn(ctx: Context, from: number, to: number): RulingMatch[] {
  // ctx.rulings is sorted by start: find the first at or after `from`, then take while they start before `to`.
  let lo = 0;
  let hi = ctx.rulings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.rulings[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: RulingMatch[] = [];
  for (let i = lo; i < ctx.rulings.length; i++) {
    const r = ctx.rulings[i] as RulingMatch;
    if (r.start >= to) break;
    if (r.end <= to) out.push(r);
  }
  return out;
}

/** A party's verb of asking, whose clause reports what is asked ("Brazos also asks that … be sealed"). */
const ASKS =
  /\b(?:asks?|asked|requests?|requested|seeks?|sought|moves?|moved|argues?|argued|contends?|contended|proposes?|proposed|wants?|urges?)\b/gi;

/**
 * The rulings of a sentence, without the words of a request it reports: in "Brazos also asks that the statement of facts
 * … be sealed, but … that request is denied" only "is denied" rules.
 */
function sentenceRulings(ctx: Context, sentence: Span): RulingMatch[] {
  const all = rulingsIn(ctx, sentence.start, sentence.end);
  // ("… the objection of the United States Trustee [Docket No. 428], which contends that the … agreement must be filed
  // publicly": what a party contends, the one ruling word of the sentence.)
  const only = all.length === 1 ? all[0] : undefined;
  if (
    only &&
    /\b(?:contends?|contended|argues?|argued|asserts?|asserted|urges?|urged)\s+that\b[^;]*$/i.test(
      ctx.scan.slice(sentence.start, only.start),
    )
  )
    return [];
  if (all.length < 2) return all;
  const text = ctx.scan.slice(sentence.start, sentence.end);
  const asks: number[] = [];
  const re = new RegExp(ASKS.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const subject = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\b(?:Court|I|we)\s+(?:\w+\s+)?$/i.test(subject)) continue;
    // ("… is DENIED to the extent it seeks to seal Exhibit 11 in its entirety, and GRANTED as to 45:2-46:20 …": what the
    // ruling limits, not a request of its own.)
    if (/\bto\s+the\s+extent\s+(?:it|they|the\s+\w+)\s+$/i.test(subject)) continue;
    // "that request is denied", "Defendant's request to redact": the noun, not a party asking.
    if (/(?:\b(?:the|that|this|these|those|its|their|his|her|a|an|such|any|each)|'s?)\s+$/i.test(subject)) continue;
    asks.push(sentence.start + m.index);
  }
  if (asks.length === 0) return all;
  const inRequest = (r: RulingMatch) =>
    asks.some((at) => at < r.start && !/\bbut\b|;|\bhowever\b|\bwhile\b/i.test(ctx.scan.slice(at, r.start)));
  const kept = all.filter((r) => !inRequest(r));
  return kept.length > 0 ? kept : all;
}

/** "Exhibit B to Pinnacle's summary judgment motion (doc. no. 52-3)": an exhibit's title, however its parent is written. */
const EXHIBIT_TITLE =
  /\b(?:Exhibits?|Ex\.|Exs\.|Attachments?|Tab|Schedules?)\s+[A-Z0-9]{1,3}(?:-\d{1,3})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z0-9]{1,3}|(?<=\b[A-Z])\s+(?:through|thru)\s+[A-Z](?![\w-])|(?<=\b\d{1,3})(?:\s+(?:through|thru)\s+|\s*[-–]\s*)\d{1,3}(?![\w-]))*(?:\s+(?:to|of|attached\s+to)\s+(?:(?!,?\s+and\s+(?:Exhibits?|Ex\.)\s)[^.;:()[\]]){1,90}|\s+(?:thereto|hereto|attached\s+thereto)|\s*,\s*(?:the|a|an|its|his|her|their)\s+[^.;:()[\]]{1,80}|\s*,?)$/;

function exhibitTitleBefore(ctx: Context, from: number, end: number): Span | null {
  // 130 characters back, a run of white space counting as one (a page break pasted from a PDF leaves a long run).
  let window = end;
  for (let seen = 0; window > from && seen < 130; seen++) {
    window--;
    while (window > from && /\s/.test(ctx.scan[window] ?? '') && /\s/.test(ctx.scan[window - 1] ?? '')) window--;
  }
  // (trimEnd drops the same characters as /\s+$/ without rescanning every run of blanks in the window.)
  const m = EXHIBIT_TITLE.exec(ctx.scan.slice(window, end).trimEnd());
  if (!m) return null;
  const start = window + m.index;
  // ("Exhibits 9 and 10 and Exhibits 14 through 17 to Defendant's appendix": the last of several lists is no title.)
  if (
    /\b(?:Exhibits?|Ex\.|Exs\.)\s+[^.;:()[\]]{0,40}\band\s+$/i.test(ctx.scan.slice(Math.max(from, start - 60), start))
  )
    return null;
  return { start, end: trimEnd(ctx, start, end) };
}

/**
 * "… refile the public version of its memorandum [159] with only those pages redacted", "The public version of the motion,
 * ECF No. 28, shall redact pages 12, 13, 21 …": the copy's cuts are named after its cite, which rules on them.
 */
function cutsNamedAfter(ctx: Context, ref: DocketRef): boolean {
  return /^[\s)\]]*,?\s*(?:(?:with|redacting|omitting)\s+(?:only\s+)?(?:th(?:ose|ese)\s+\w+|pages?\b|paragraphs?\b|¶|lines?\b|footnotes?\b)|(?:shall|must|will|should)\s+(?:only\s+)?(?:redact|omit)\b)/i.test(
    ctx.scan.slice(ref.end, ref.end + 60),
  );
}

/**
 * "… must file public versions of Dkt. 84 and Dkt. 85", "… redacted versions of Doc. ID# 87, Doc. ID# 88, and …": an entry
 * named only in a list of the public copies to be filed (looking back `reach` characters for the list's start).
 */
function publicCopiesOf(ctx: Context, from: number, ref: DocketRef, reach = 200): boolean {
  const before = ctx.scan.slice(Math.max(from, ref.start - reach), ref.start);
  const offset = ref.start - before.length;
  const of = /\b(?:redacted|public|docket|record|revised|corrected)\s+(?:versions?|cop(?:y|ies))\s+of\s+/gi;
  let last: RegExpExecArray | null = null;
  for (let m = of.exec(before); m; m = of.exec(before)) last = m;
  if (!last) return false;
  if (cutsNamedAfter(ctx, ref)) return false;
  const listStart = offset + last.index + last[0].length;
  let rest = ctx.scan.slice(listStart, ref.start);
  for (const r of ctx.refs)
    if (r.start >= listStart && r.end <= ref.start)
      rest = rest.slice(0, r.start - listStart) + ' '.repeat(r.end - r.start) + rest.slice(r.end - listStart);
  return onlyCopiesListed(rest);
}

/**
 * What is left of "public versions of [Filing No. 132], [Filing No. 133-6], and [Filing No. 133-9]", "a redacted version of
 * Document 44-3 and of its brief (Doc. 45)", "copies of R. Docs. 44-8 and 58" once the docket cites are blanked: only
 * joining words and the short names of the documents listed.
 */
function onlyCopiesListed(rest: string): boolean {
  const tokens = rest
    .replace(/[[\]()]/g, ' ')
    .replace(/\bR\.\s*/g, ' ')
    .split(/[\s,;&]+/)
    .filter(Boolean);
  return tokens.every(
    (t) =>
      /^(?:and|of|the|its|his|her|their|a|entry|entries|documents?|docket|nos?\.?|through|thru)$/i.test(t) ||
      DOC_HEADS.has(t.toLowerCase().replace(/s$/, '')) ||
      // ("public versions of the Ekwueme Declaration and its Exhibits A, B, F, and G [DE 66-1]": names and labels.)
      /^(?:[A-Z]|\d{1,3}|[A-Z][a-z]+(?:['’]s)?)$/.test(t),
  );
}

/** "A. The Arruda report. …", "B. The Amaral Declaration. …": a paragraph opening with a run-in heading that names a document. */
function runInDocument(ctx: Context, block: Block): Bound | null {
  // ("The Memorandum Opinion. Defendants propose …", "Post-Trial Opening Brief. Defendant has redacted …", "Opposition
  // memorandum. Plaintiff asks …", "The Oyelaran declaration. DuPage asks …": a run-in heading, unlettered.)
  const head =
    /^\s*(?:(?:[A-Z]|\d{1,2}|[IVX]{1,4})\.\s+((?:The|Its|Their)\s+[^.;:()]{2,50}?)|((?:(?:The|Its|Their)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?:declaration|affidavit|deposition|report|brief|memorandum|exhibits))?|[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){1,3}))\.\s+(?=[A-Z])/.exec(
      ctx.scan.slice(block.start, Math.min(block.end, block.start + 80)),
    );
  if (!head) return null;
  const heading = head[1] ?? head[2] ?? '';
  const said = words(heading).filter((w) => !TITLE_STOP.has(w));
  if (said.length > 5) return null;
  // A defined term first ("… Response to that motion (Envelope No. 67990215) (the "Response")" … "D. The Response.").
  const phrase = heading.replace(/^(?:The|Its|Their)\s+/, '');
  for (const term of ctx.terms) {
    const item = term.items.length === 1 ? term.items[0] : undefined;
    if (!item || term.term.toLowerCase() !== phrase.toLowerCase()) continue;
    return termBound(
      ctx,
      term.term,
      item.dockets,
      { start: block.start, end: block.start },
      {
        start: block.start,
        end: block.end,
      },
    );
  }
  if (!said.some((w) => DOC_HEADS.has(w))) return null;
  return onlyDocumentNamedBy(ctx, said);
}

/**
 * "(1) Volume 5 of the excerpts of record. The motion is granted as to 5-ER-1012-1040 …", "(2) Opening brief. The
 * proposed redactions …": a numbered item opening with a run-in heading that names, by its head noun, a document cited
 * before (not a motion).
 */
function itemRunInDocument(ctx: Context, block: Block): Bound | null {
  const said = itemRunInHeading(ctx, block);
  const noun = said?.find((w) => DOC_HEADS.has(w) && w !== 'motion' && w !== 'order');
  if (!said || !noun) return null;
  const found = bestNamedBy({ ...ctx, named: ctx.named.filter((b) => !isMotionRef(ctx, b.ref)) }, noun, said);
  return found ? { ...found, ranges: [] } : null;
}

/** The words of an item's run-in heading that names a document by its head noun ("Volume 5 of the excerpts of record."). */
function itemRunInHeading(ctx: Context, block: Block): string[] | null {
  if (block.type !== 'item') return null;
  // (Not "The expert report of Dr. Lena Morrissey …": an abbreviation's period ends no heading.)
  const head =
    /^\s*([A-Z][\w'’À-ÿ-]*(?:\s+[\w'’À-ÿ-]+){0,6})(?<!\b(?:Dr|Mr|Mrs|Ms|No|Nos|Inc|Co|Corp|Ltd|St|Jr|Sr|v|vs|Ex|Doc|Dkt|[A-Z]))\.\s+(?=[A-Z])/.exec(
      ctx.scan.slice(block.contentStart, Math.min(block.end, block.contentStart + 80)),
    );
  if (!head) return null;
  const phrase = head[1] ?? '';
  if (
    /\b(?:is|are|was|were|has|have|had|shall|may|will|must|does|did|seeks?|asks?|moves?|filed|granted|denied)\b/i.test(
      phrase,
    )
  )
    return null;
  const said = words(phrase).filter((w) => !TITLE_STOP.has(w));
  // ("3. The Raman exhibits. Exhibits 7-9 and Exhibit 11 may remain under seal.": a plural head noun names them too.)
  return said.some((w) => isDocHead(w) && w !== 'motion' && w !== 'order') ? said : null;
}

/**
 * "3. The Declaration of Jun Park (Envelope No. 16990415). Exhibits 4 and 11 …", "5. Aleutian's Opposition at Docket 110.
 * …": an item opening with a sentence that is only a document's name and its one docket (no verb), then discussion of
 * it: that document. (Not a motion's: "1. Kodiak's Motion for Summary Judgment at Docket 104." is read as a motion.)
 */
function itemCitedHeading(ctx: Context, block: Block): Bound | null {
  if (block.type !== 'item') return null;
  const first = sentences(ctx.scan, block.contentStart, block.end)[0];
  if (!first || first.end >= block.end - 1) return null;
  const only = cited(ctx, first);
  if (!only || only.dockets.length !== 1 || isMotionRef(ctx, only) || only.pin.length > 0) return null;
  const said = ctx.scan.slice(first.start, first.end);
  const tail = ctx.scan.slice(only.end, first.end);
  if (!/^[\s)\]]*\.?\s*$/.test(tail)) return null;
  const name = ctx.scan.slice(first.start, only.start);
  if (
    !/^\s*(?:The\s+|[A-Z][\w'’.-]*['’]s?\s+)?[A-Z][\w'’-]*(?:\s+(?:of|in|to|for|and|the|on|[A-Z][\w'’.-]*)){0,10}\s*(?:,\s*|\s+at\s+|\s*[([]\s*)$/.test(
      name,
    ) ||
    rulingsIn(ctx, first.start, first.end).length > 0 ||
    /\b(?:is|are|was|were|has|have|had|shall|may|will|must|seeks?|asks?|moves?|filed)\b/i.test(said)
  )
    return null;
  const known = ctx.named.filter((b) => b.ref === only).pop();
  return {
    ref: only,
    title: known?.title ?? titleText(ctx, first.start, only.start).replace(/\s+at\s*$/i, ''),
    ranges: [],
    sentence: first,
    request: false,
  };
}

/**
 * The document a defined term names ("(the "Response")"): its latest mention with a docket, else a reference made at
 * `at` in `sentence`.
 */
function termBound(ctx: Context, term: string, dockets: string[], at: Span, sentence: Span): Bound {
  const known = ctx.named.filter((b) => b.ref.dockets.join() === dockets.join());
  const base = known[known.length - 1];
  return {
    ref: base?.ref ?? { ...at, dockets, pin: [], warnings: [], perDocument: false },
    title: term,
    ranges: [],
    sentence: base?.sentence ?? sentence,
    request: false,
  };
}

/** The one-document defined term a clause uses, capitalised as defined ("the Reply"), as a bound. */
function termNamedIn(ctx: Context, clause: string, at: Span, sentence: Span): Bound | null {
  for (const { term, items } of ctx.terms) {
    const item = items.length === 1 ? items[0] : undefined;
    if (item && item.ranges.length === 0 && new RegExp(String.raw`\b${escape(term)}\b`).test(clause))
      return termBound(ctx, term, item.dockets, at, sentence);
  }
  return null;
}

/**
 * "The Court will not seal the brief in its entirety" after a ruling on the appendix: the one document cited so far that
 * "the brief" names, when the document in view is not a brief.
 */
function headNamed(ctx: Context, text: string, inView: Bound | null): Bound | null {
  // ("… may be sealed in their entirety for the reasons given as to the brief": a reason, not the document ruled on.)
  const heads = [...text.replace(REASONS_AS_TO, ' ').matchAll(/\bthe\s+(?:(?:entire|whole|full)\s+)?([a-z]+)\b/gi)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((w) => DOC_HEADS.has(w) && w !== 'motion' && w !== 'order');
  if (heads.length !== 1 || (inView && knownWords(inView).includes(heads[0]!))) return null;
  return onlyDocumentNamedBy(ctx, heads);
}

/** "Exhibits C through E to the Park Declaration are …": the one exhibit list of a sentence and the document it names after it. */
function exhibitsParent(ctx: Context, sentence: Span): { parent: Bound; ranges: CitedRange[] } | null {
  const lists = locatorLists(ctx, sentence);
  const only = lists.length === 1 && lists[0]!.ranges.every((r) => r.kind === 'exhibits') ? lists[0] : undefined;
  const parent = only ? namedAfter(ctx, only.end, sentence) : null;
  return only && parent && parent.ref.dockets.length === 1 && !hasAttachment(parent.ref)
    ? { parent, ranges: only.ranges }
    : null;
}

/** The one document cited so far whose name holds every word of `said`, when no other entry's does. */
function onlyDocumentNamedBy(ctx: Context, said: string[]): Bound | null {
  const all = ctx.named.filter((b) => b.ref.dockets.length === 1 && said.every((w) => knownWords(b).includes(w)));
  const entriesOf = (bounds: Bound[]) => new Set(bounds.map((b) => b.ref.dockets[0]));
  // ("The Oyelaran declaration." after "the declaration of … Margaret Oyelaran [158-1], Exhibits A through H to the Oyelaran
  // declaration, … [158-2]": the declaration itself, not the exhibits attached to it.)
  const own =
    entriesOf(all).size > 1 && !said.some((w) => w.startsWith('exhibit'))
      ? all.filter((b) => !EXHIBIT_OF_PARENT.test(b.title))
      : [];
  const fits = own.length > 0 ? own : all;
  const found = entriesOf(fits).size === 1 ? fits[fits.length - 1] : undefined;
  return found ? { ...found, ranges: [] } : null;
}

/** "A. The Time Charter (R. Doc. 212-3)": the one document (not a motion) a numbered sub-heading cites, by its words. */
function citedHeading(ctx: Context, block: Block, cites: DocketRef[]): Bound | null {
  const only = cites.length === 1 ? cites[0] : undefined;
  const named = /^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.\s+([^.;\n]{2,80}?)\s*[([]/.exec(
    ctx.scan.slice(block.start, block.end),
  );
  if (!only || only.dockets.length !== 1 || !named || isMotionRef(ctx, only)) return null;
  return {
    ref: only,
    title: tidyTitle(named[1] ?? ''),
    ranges: [],
    sentence: { start: block.start, end: block.end },
    request: false,
  };
}

/**
 * The document a heading puts in view for the paragraphs under it: one it cites ("B. Deposition of Travis Kincaid [DN
 * 68-4]"), or, citing none, one whose name holds every word of it ("C. Post Orders." over "the jail's post orders for the
 * medical housing unit, ECF No. 48-8").
 */
function headingDocument(ctx: Context, block: Block): Bound | null {
  const heading = ctx.scan.slice(block.start, block.end);
  const cites = ctx.refs.filter((r) => r.start >= block.start && r.end <= block.end);
  const cited = citedHeading(ctx, block, cites);
  if (cited) {
    ctx.named.push(cited);
    return cited;
  }
  if (cites.length > 0) return null;
  const said = words(heading.replace(/^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.\s+/, '')).filter((w) => !TITLE_STOP.has(w));
  return said.length >= 2 || said.some((w) => DOC_HEADS.has(w)) ? onlyDocumentNamedBy(ctx, said) : null;
}

/** "1.  The Verified Complaint": a numbered sub-heading that names, in words only, a document the order cited before. */
function titledDocument(ctx: Context, block: Block): Bound | null {
  if (block.type !== 'item') return null;
  const title = ctx.scan.slice(block.contentStart, block.end).trim();
  if (/[.;:\n]/.test(title) || title.length > 80) return null;
  const said = words(title).filter((w) => !TITLE_STOP.has(w));
  const head = [...said].reverse().find((w) => DOC_HEADS.has(w) || w === 'exhibits');
  if (!head) return null;
  const found = bestNamed(ctx, head === 'exhibits' ? 'exhibit' : head, said);
  return found ? { ...found, ranges: [] } : null;
}

function itemDocument(ctx: Context, block: Block): Bound | null {
  const refs = ctx.refs.filter(
    (r) =>
      r.start >= block.start &&
      r.end <= block.end &&
      r.dockets.length === 1 &&
      r.pin.length === 0 &&
      !isMotionRef(ctx, r),
  );
  const ref = refs[refs.length - 1];
  return ref ? { ref, title: '', ranges: [], sentence: { start: block.start, end: block.end }, request: false } : null;
}

/**
 * What a sealing motion's name says it seeks to seal, when that is a document named by label ("Plaintiff's motion to
 * seal Exhibits F, G, H … (Doc. Nos. 37-2 through 37-8)", "the motion is denied to the extent it seeks to seal Exhibit
 * 6 (Doc. 52-8)"): the document is the object, not the motion.
 */
function sealingObject(title: string): string | null {
  // "The motion is DENIED insofar as it seeks to seal ECF No. 79 in its entirety": the docket itself is the object.
  if (/\bto\s+(?:seal|redact|restrict|impound)\s*$/i.test(title)) return '';
  const m =
    /\b(?:to|for\s+leave\s+to)\s+(?:seal|redact|restrict|impound|file\s+under\s+seal)\s+((?:(?:the|its|his|her|their|[A-Z][\w.&-]*(?:'s|s'))\s+)?(?:(?:Exhibits?|Ex\.|Exs\.|Attachments?|Tabs?)\s+[A-Z0-9]|(?:Appendix|Declaration|Deposition|Transcript)\s+(?:of|to)\b|(?:[\w'-]+\s+){0,3}?(?:report|declaration|affidavit|deposition|transcript|memorandum|brief|reply|opposition|response|letter|agreement|appendix|complaint|statement|suggestions)(?:\s+(?:of|in)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|\s+of\s+Law\s+in\s+(?:Support|Opposition)\s+(?:of|to)(?:\s+[\w'-]+){1,6})?\s*$).*)$/i.exec(
      title,
    );
  if (m?.[1]) return m[1];
  // "The request to seal the Purchase Order Terms and Conditions": a capitalised title is the object.
  const titled =
    /\bto\s+(?:seal|redact|restrict|impound)\s+((?:the|its|their|his|her|[A-Z][\w.&-]*(?:'s|s'|’s))\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,8})\s*$/.exec(
      title,
    );
  if (titled?.[1]) return titled[1];
  // "The request to seal the claim file at Docket 74-3": a lower-case object, then "at" its docket.
  const located =
    // ("The request to seal the royalty statements [Record No. 92-9] is DENIED": the object, then its cite.)
    /\bto\s+(?:seal|redact|restrict|impound)\s+((?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:\s+(?:filed\s+|docketed\s+|lodged\s+)?at)?\s*$/i.exec(
      title,
    );
  return located?.[1] ?? null;
}

/** The single docket reference of a sentence, if it has exactly one. */
function cited(ctx: Context, sentence: Span): DocketRef | undefined {
  const inside = ctx.refs.filter((r) => r.start >= sentence.start && r.end <= sentence.end);
  return inside.length === 1 ? inside[0] : undefined;
}

/** A numbered paragraph of discussion ("1. Sales and distributor data. Joint Appendix Exhibits 18 through 23 are …"), read as prose. */
function discursive(ctx: Context, block: Block): boolean {
  // (Asked twice of every item, by the list reader and by the prose reader: read once.)
  let known = discursiveBlocks.get(block);
  if (known === undefined) discursiveBlocks.set(block, (known = readsAsDiscussion(ctx, block)));
  return known;
}
/** Items already judged, for the one parse their blocks belong to. */
const discursiveBlocks = new WeakMap<Block, boolean>();

/** Whether an item reads as discussion rather than as an entry of a list (see `discursive`). */
function readsAsDiscussion(ctx: Context, block: Block): boolean {
  const all = sentences(ctx.scan, block.type === 'item' ? block.contentStart : block.start, block.end);
  if (all.length > 4) return true;
  // "3. The motion is denied as to pages 3 and 4 of the memorandum. Those pages recount … (#100.31) …": an item that
  // rules before it cites any docket names its document in words.
  // "2. Exhibits D and E to the Motion for Summary Judgment … shall remain under seal": an item that cites no docket at all
  // names its documents in words, however short.
  const first = all[0];
  // "(1) Volume 5 of the excerpts of record. The motion is granted as to …": a run-in heading, then the discussion.
  if (all.length >= 2 && (itemRunInHeading(ctx, block) || itemCitedHeading(ctx, block))) return true;
  // ("5. Exhibit 4, Doc. 66-4, is an excerpt from the deposition of …. At 58:3-61:19, Harkins describes …. That passage
  // may be redacted. The motion is otherwise denied as to the Harkins deposition: …": a numbered paragraph of discussion
  // whose later sentences rule on what earlier ones cited.)
  if (
    all.length >= 4 &&
    all
      .slice(1)
      .some(
        (s) =>
          !refStartsIn(ctx, s.start, s.end) &&
          rulingsIn(ctx, s.start, s.end).length > 0 &&
          /\bas\s+to\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:deposition|declaration|affidavit|report|transcript)\b/.test(
            ctx.scan.slice(s.start, s.end),
          ),
      )
  )
    return true;
  // ("7. Delta's brief quotes the tiers on pages 5 and 11-12 …. Those parts of the brief … may be redacted.": parts located
  // in words, then ruled on by pointing back.)
  if (
    first &&
    all.length >= 2 &&
    !refStartsIn(ctx, block.start, block.end) &&
    rulingsIn(ctx, first.start, first.end).length === 0 &&
    locatorLists(ctx, first).length > 0 &&
    all
      .slice(1)
      .some((s) => rulingsIn(ctx, s.start, s.end).length > 0 && BACK_PARTS.test(ctx.scan.slice(s.start, s.end)))
  )
    return true;
  // ("(c) Exhibit 6 (Dkt. No. 242-7). Exhibit 6 contains excerpts of … The motion is GRANTED as to 45:12-46:3 and
  // 88:1-19, …, and DENIED as to 112:4-113:20, …": a later sentence that grants some parts and denies others, each as
  // its own clause says.)
  if (
    first &&
    all.length >= 2 &&
    all.slice(1).some((s) => {
      const said = rulingsIn(ctx, s.start, s.end);
      return (
        !refStartsIn(ctx, s.start, s.end) &&
        new Set(said.map((r) => r.disposition)).size > 1 &&
        locatorLists(ctx, s).length > 1
      );
    })
  )
    return true;
  const citesAny = refStartsIn(ctx, block.start, block.end);
  if (!first || (all.length < 2 && citesAny)) return false;
  const cites = refStartsIn(ctx, first.start, first.end);
  return (
    !cites && rulingsIn(ctx, first.start, first.end).length > 0 && (!citesAny || locatorLists(ctx, first).length > 0)
  );
}

/** One document named in a span: its title, docket reference and locators. */
interface Segment {
  titleStart: number;
  titleEnd: number;
  ref: DocketRef;
  ranges: CitedRange[];
  end: number;
}

/** Text between a sealed document's docket and its public copy's ("…, with the public version at"). */
const PUBLIC_VERSION_BEFORE =
  /\b(?:public(?:ly\s+filed)?|redacted)\s+(?:version|copy)\s+(?:(?:is\s+|was\s+)?(?:filed\s+)?at\s+|is\s+|,\s*)?$/i;
/** The public, already-redacted copy of a document ("the redacted version of the Fee Letter filed at"): nothing to do. */
// ("The Clerk shall file publicly the redacted opening brief submitted at Docket Entry No. 12" too.)
const PUBLIC_COPY =
  /(?<!un)\b(?:redacted|public(?:ly\s+filed)?)\s+(?:version|copy)\b[^.;()]{0,60}?\b(?:filed\s+at|docketed\s+at|is\s+at|at)\s*$|\bin\s+the\s+(?:public|redacted)\s+(?:filing|version|copy)\s*$|\bfile\s+publicly\s+(?:the|its|their)\s+redacted\s+(?:[\w'’-]+\s+){0,3}?(?:(?:submitted|filed|lodged|docketed)\s+)?(?:at\s+)?[([]?\s*$/i;
/** "file publicly the redacted answering brief (Docket Entry No. 28)": the already-redacted copy, right before its cite. */
// ("The redacted passages at ECF No. 67 at 14-15 and 22 quote …": the sealed parts of a document, not a copy of it.)
const REDACTED_COPY =
  /(?<!un)\bredacted\s+(?!(?:passages?|portions?|text|lines|material|information|excerpts?)\s+(?:at|in|on)\s*$)(?:[a-z]+\s+){0,2}[a-z]+\s*,?\s*$/i;
/** A title whose head noun is a document, whatever motion it later mentions. */
const DOCUMENT_HEAD =
  /^(?:the\s+)?(?:exhibits?|ex\.|declaration|decl\.|certification|affirmation|transcript|deposition|report|brief|memorandum|opposition|reply|response|complaint|answer|letter|appendix)\b/i;
/** "those three pages": the count a pointing-back phrase may carry between "those" and the kind of part. */
const PART_COUNT = String.raw`(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?`;
/** The kinds of part "those …" points back at ("redactions" names none in particular). */
const PART_NOUNS = String.raw`pages?|paragraphs?|lines?|passages?|portions?|parts|footnotes?|redactions?`;
/** "those pages", "the footnote": parts the sentence before located (the kind named). */
const BACK_PARTS = new RegExp(
  String.raw`\b(?:th(?:ose|ese)\s+${PART_COUNT}(${PART_NOUNS})|(?:the|that|this)\s+(page|paragraph|passage|portion|footnote)(?!\s+(?:of|to|in)\b)|the\s+(?:proposed\s+)?(redactions)(?=\s+(?:are|were|is|shall|will|may)\b))\b`,
  'i',
);
/** "… as to those pages": a ruling pointing back at parts just located (the kind named, when it names one). */
const THOSE_PARTS = new RegExp(String.raw`\bas\s+to\s+th(?:ose|ese)\s+${PART_COUNT}(${PART_NOUNS}|excerpts?)\b`, 'i');
/** "… as to those pages of the memorandum [D.E. 62]": parts of a kind, of a document named right before its cite. */
const THOSE_PARTS_OF = new RegExp(
  String.raw`\bth(?:ose|ese)\s+${PART_COUNT}(pages?|paragraphs?|lines?|footnotes?)\s+(?:of|in|to)\s+((?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)[\s,([]*$`,
  'i',
);
const PART_KINDS: Record<string, CitedRange['kind'] | undefined> = {
  page: 'pages',
  paragraph: 'paragraphs',
  line: 'lines',
  footnote: 'footnote',
};
/** The kind of range a part's noun names ("pages" → pages), or undefined for one that names none ("passages"). */
const partKind = (noun: string | undefined) => PART_KINDS[(noun ?? '').toLowerCase().replace(/s$/, '')];
/** A part of a document (pages, lines, paragraphs, a footnote), not a whole document or its exhibits. */
function isPart(r: CitedRange): boolean {
  return r.kind !== 'whole' && r.kind !== 'exhibits';
}
/** "GRANTS the motion in part and DENIES " + "it", "grant both motions in part and deny " + "them": the motion ruled on, then
 * the pronoun that names it again. */
const RULED_MOTION_THEN = (plural: boolean) =>
  String.raw`\b(?:motion|request|application)${plural ? 's' : ''}\b[^.;]{0,60}?\b(?:and|but)\s+(?:\w+\s+)?(?:den(?:y|ies)|grants?)\s+`;
/** "… and deny them": the motions, so nothing to point back at (in a forward search). */
const RULED_MOTIONS_THEN_THEM = new RegExp(`${RULED_MOTION_THEN(true)}them\\b`, 'i');
/** A ruling that points back at the documents of the sentence before; never "it"/"them" for the motion just ruled on. */
// (Global: pronounIn starts it mid-text, so its lookbehinds see the words before the window.)
const PRONOUN = new RegExp(
  String.raw`\b(?:them(?<!${RULED_MOTION_THEN(true)}them)|they|it(?!\s+in\s+part\b)(?<!${RULED_MOTION_THEN(false)}it)|each\s+of\s+them|(?<=\bas\s+to\s+)(?:both|each)(?=\s*[.;,])|these\s+(?:exhibits|documents|materials)|th(?:e|at|is|ose|ese)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:footnotes?|passages?|testimony|excerpts?|portions?|schedule|spreadsheet|agreement|exhibits?|documents?|(?:record\s+)?(?:items|entries|records)))\b`,
  'gi',
);
/** A pointing-back word between `from` and `to`, its lookbehinds seeing up to 90 characters of the sentence before `from`. */
function pronounIn(ctx: Context, sentence: Span, from: number, to: number): boolean {
  const lead = Math.max(sentence.start, from - 90);
  PRONOUN.lastIndex = from - lead;
  return PRONOUN.test(ctx.scan.slice(lead, to));
}

/** A word that begins a new clause, so ends a chain of "of …" words. */
const CLAUSE_WORD = String.raw`(?:and|or|but|which|that|who|is|are|was|were|shall|may|will|must|should)\b`;
/** A word of a title's "of …" chain. */
// (Not a docket cite: "¶¶ 12–19 of the Statement of Uncontroverted Facts in Doc. 102, Exhibit 6 (Doc. 103-6)" ends at it.)
const CHAIN_WORD = String.raw`(?!${CLAUSE_WORD}|(?:Docs?|Dkts?|ECF|Docket|R|D\.[IE])\.?\s+(?:Nos?\.\s*)?\d)[\w'’.-]+`;
/**
 * "JA655-702 of Volume III of the joint appendix (Doc. 31)": a longer "of …" chain, with no clause break in it. (Or the
 * ruling itself: "Exhibits C through E may be redacted from doc. 76-3 and filed under seal".)
 */
const LONG_CONNECTOR = new RegExp(
  [
    // ("¶¶ 51-58 of the rebuttal report of its damages expert, Dr. Peter Naismith (D.I. 297)": a name set off by a comma,
    // after the person's role.)
    String.raw`^\s*(?:of|in)\s+(?:${CHAIN_WORD}\s+){1,7}?(?:expert|witness|officer|director|manager|president|engineer|consultant|analyst|auditor|accountant|physician),\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*$`,
    String.raw`^\s*(?:of|in)\s+(?:${CHAIN_WORD}\s+){0,7}${CHAIN_WORD},?\s*$`,
    // ("at page 5, lines 3-9, and at 14:3-16 of the April 9, 2024 conference transcript (ECF No. 49)": a date in the title.)
    String.raw`^\s*(?:of|in)\s+the\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4},?\s+(?:${CHAIN_WORD}\s+){0,3}${CHAIN_WORD}\s*$`,
    String.raw`^\s*from\s+the\s+(?:public\s+|official\s+)?transcript\s+of\s+the\s+(?:[\w'’.-]+,?\s+){0,6}?(?:hearing|argument|conference|trial|proceedings?)\s*,?\s*$`,
    String.raw`^\s*(?:may|shall|will|must|should)\s+(?:also\s+)?be\s+(?:redacted|removed|omitted|withheld)\s+from\s+(?:the\s+)?$`,
  ].join('|'),
  'i',
);

const BEFORE_CONNECTOR =
  /^\s*,?\s*(?:of|in|to|from|within|attached\s+to)\s+(?:(?:the|its|his|her|their|plaintiff's|plaintiffs'|defendant's|defendants'|appellants?'s?|appellees?'s?|petitioner's|respondent's|debtors?'s?|movant's)\s+)?(?:(?:same|said)\s+)?(?:(?:opening|answering|reply|response|principal|amended|supplemental|unredacted|sealed|joint|proposed|corrected|second|third|first|expert|rebuttal)\s+){0,2}$/i;

function sectionsFor(blocks: Block[]): Map<Block, Section> {
  const map = new Map<Block, Section>();
  const firstRoman = blocks.find((b): b is Heading => b.type === 'heading' && b.level === 1);
  const implicit =
    firstRoman?.label && romanValue(firstRoman.label) > 1 ? romanLabel(romanValue(firstRoman.label) - 1) : null;
  const stack: (Heading | null)[] = [null, null, null, null];
  let current: Section = { path: '', start: 0, basis: null };
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (block.level === 0) stack.fill(null);
      else {
        stack[block.level] = block;
        for (let l = block.level + 1; l <= 3; l++) stack[l] = null;
      }
      const labels: string[] = [];
      const roman = stack[1]?.label ?? (stack[2] || stack[3] ? implicit : null);
      if (roman) labels.push(roman);
      if (stack[2]?.label) labels.push(stack[2].label);
      if (stack[3]?.label) labels.push(stack[3].label);
      let basis: string | null = null;
      for (let l = 3; l >= 0 && !basis; l--) basis = stack[l] ? basisOf(stack[l]?.title ?? '') : null;
      if (block.level === 0) basis = basisOf(block.title);
      current = { path: labels.join('.'), start: block.start, basis };
    }
    map.set(block, current);
  }
  return map;
}

function standardAt(ctx: Context, section: Section, position: number): string | null {
  let inSection: string | null = null;
  let before: string | null = null;
  for (const s of ctx.standards) {
    if (s.position > position) break;
    before = s.value;
    if (s.position >= section.start) inSection = s.value;
  }
  return inSection ?? before ?? ctx.standards.find((s) => s.position > position)?.value ?? null;
}

/** Docket refs in [start, end) that name a document (not inside a "see" cite or a descriptive parenthetical). */
function targetRefs(ctx: Context, start: number, end: number, all: Paren[]): { ref: DocketRef; paren: Paren | null }[] {
  const out: { ref: DocketRef; paren: Paren | null }[] = [];
  for (const ref of ctx.refs) {
    if (ref.start < start) continue;
    if (ref.start >= end) break;
    if (ref.end > end) continue;
    const around = enclosing(all, ref.start);
    if (around.some((p) => parenKind(ctx.scan, p) !== 'docket')) continue;
    // ("… nothing in this Order alters the Stipulated Protective Order, Dkt. # 41": never what is sealed.)
    // ("… already described in her publicly filed Amended Complaint [ECF No. 31]": public already, cited as such.)
    const lead = ctx.scan.slice(Math.max(start, ref.start - 80), ref.start);
    if (PROTECTIVE_ORDER_CITED.test(lead) || PUBLICLY_FILED_CITED.test(lead)) continue;
    // ("… of the transcript (Exhibit F, [D.E. 87-6])": a bracketed cite inside the parentheses that hold it.)
    const inner = around[around.length - 1];
    const outer = around[around.length - 2];
    const paren = inner && outer && ctx.scan[inner.open] === '[' && ctx.scan[outer.open] === '(' ? outer : inner;
    out.push({ ref, paren: paren ?? null });
  }
  return out;
}

/** A docket's own predicate, up to where its locators start. */
const VERB_THEN_LOCATORS =
  /^[\s)\],]*(?:(?:shall|may|will|must|should|is|are)\s+(?:also\s+|only\s+|hereby\s+)?(?:(?:be|remain)\s+)?(?:(?:sealed|redacted|impounded|confidential|filed\s+under\s+seal|under\s+seal)\s+(?:at\s+Level\s+(?:I{1,3}|[1-3])\s+)?(?:only\s+)?(?:at|as\s+to|on|in|from)\s+|(?:redact|omit)\s+(?:only\s+)?(?=(?:¶|pp?\.|pages?\b|paragraphs?\b|lines?\b|footnotes?\b|\d+:\d))|(?:filed|placed|maintained|kept)\s+(?:\S+\s+){0,6}?with\s+(?=(?:¶|pp?\.|pages?\b|paragraphs?\b|lines?\b|\d+:\d))))/i;

/** An appositive after a cite, before its locators (see rangesAfter). */
const APPOSITIVE_BEFORE_LOCATORS =
  /^\s*,\s*(?:the|a|an|its|his|her|their)\s+(?:[^,;.()[\]]|\b(?:Dr|Mr|Ms|Mrs)\.){1,60},(?=\s*(?:with|redacting|omitting|at|as\s+to|which|that)\b)/i;
/** A parenthetical description or defined term after a cite, before its ruling or a colon (see rangesAfter). */
const DESCRIBED_BEFORE_LOCATORS =
  /^\s*\((?:[^()]|\([^()]{0,20}\)){1,140}\)(?=\s*(?:,?\s*(?:shall|may|will|must|should|is|are)\s|:))/;

function rangesAfter(ctx: Context, position: number, limit: number): RangeListMatch | null {
  const list = rangesAfterOnce(ctx, position, limit);
  if (!list || !/:/.test(ctx.scan.slice(position, list.start))) return list;
  // ("… (Dkt. 61-4): 122:5-125:16, in which Mr. Pfohl explains …, and 130:2-131:8, in which he gives …": locators after a
  // colon, each followed by what it holds.)
  let joined = list;
  for (;;) {
    const on = PASSAGE_THEN_NEXT.exec(ctx.scan.slice(joined.end, limit));
    const next = on ? parseRangeList(ctx.scan, joined.end + on[0].length, { limit }) : null;
    if (!next) return joined;
    joined = { ...next, start: joined.start, ranges: [...joined.ranges, ...next.ranges] };
  }
}

/** ", in which he describes …, and " before the next locator of a list after a colon. */
const PASSAGE_THEN_NEXT =
  /^,\s*(?:in\s+which|which|where)\b(?:[^.;:()]|(?<=\b(?:Mr|Ms|Mrs|Dr|No))\.){1,200}?,\s*and\s+(?=\d{1,4}:\d|pages?\s+\d|pp?\.\s*\d|¶|paragraphs?\s+\d)/;

function rangesAfterOnce(ctx: Context, position: number, limit: number): RangeListMatch | null {
  // Past what a cite may be followed by before its locators: an appositive, "(ECF No. 22-1), the Master Services Agreement,
  // with pages 3 and 7 redacted"; a parenthetical saying what the document is, "NYSCEF Doc. No. 146 (Affidavit of Ines
  // Carvalho) shall be redacted at paragraphs 14-22 and 27"; or a defined term before a colon, '(D.I. 598) (the "Sale
  // Objection"): paragraphs 18 through 24 and 31'.
  const following = ctx.scan.slice(position, Math.min(limit, position + 160));
  for (const skip of [APPOSITIVE_BEFORE_LOCATORS, DESCRIBED_BEFORE_LOCATORS]) {
    const m = skip.exec(following);
    const past = m ? rangesAfterAt(ctx, position + m[0].length, limit) : null;
    if (past) return past;
  }
  // ("As to the Arceneaux deposition excerpts (R. Doc. 53-4), Iberville may redact the testimony at 27:8-29:15": a party
  // allowed to redact parts of the document just cited.)
  const party =
    /^[\s)\]]*,\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:may|shall|will|can)\s+(?:also\s+)?redact\s+(?:(?:the|its|his|her|their)\s+[\w\s'’-]{0,40}?\s+(?:at|on|in)\s+)?(?=(?:pages?\b|pp?\.|¶|paragraphs?\b|lines?\b|footnotes?\b|\d+:\d))/.exec(
      ctx.scan.slice(position, Math.min(limit, position + 160)),
    );
  if (party) {
    const granted = parseRangeList(ctx.scan, position + party[0].length, { at: true, limit });
    // (Not "Upon review of the Declaration of Curtis Pell [53-1], Defendant may redact pages 3-4 of the Safety Audit
    // [44-4]": another document's pages.)
    const ofAnother =
      granted &&
      /^\s*,?\s*(?:of|in)\s/i.test(ctx.scan.slice(granted.end, granted.end + 6)) &&
      refStartsIn(ctx, granted.end, Math.min(limit, granted.end + 100));
    if (granted && !ofAnother) return granted;
  }
  return rangesAfterAt(ctx, position, limit);
}

/** Where a list turns to another kind of locator ("…, and footnote 4 …", "… and paragraphs 22 …"). */
const LOCATOR_TURN = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:footnotes?|fns?\.|nn?\.|pages?|pp?\.|¶|paragraphs?)\b|¶)/gi;

function rangesAfterAt(ctx: Context, position: number, limit: number): RangeListMatch | null {
  const lead =
    /\s*[,;:]?\s*(?:\(\s*(?=(?:redacting|omitting)\s))?(?:from\s+the\s+public\s+(?:filing|record|docket|version)\s*:\s*)?(?:(?:on|in)\s+the\s+public\s+(?:docket|record)\s*,?\s*(?=redacting|omitting|with\s))?(?:(?:the\s+(?:motion|request|application)\s+is\s+(?:GRANTED|granted)(?:\s+(?:IN\s+PART|in\s+part))?\s*:)\s*(?:the\s+(?:testimony|passages?|portions?|excerpts?|lines?|text)\s+(?:at|on|in)\s+)?|the\s+(?:testimony|passages?|portions?|excerpts?|lines?|text)\s+(?:at|on|in)(?=\s+(?:pages?\b|pp?\.|¶|paragraphs?\b|lines?\b|\d+:\d))|(?:that|which)\s+(?:redacts?|omits?)\s+(?:only\s+)?the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:at|on|in)(?=\s+(?:pages?\b|pp?\.|¶|paragraphs?\b|footnotes?\b|lines?\b|\d+:\d))|(?:(?:that|which)\s+(?:redacts?|omits?)|to\s+the\s+extent(?:\s+that)?(?=\s+(?:pages?\b|pp?\.|¶|paragraphs?\b|footnotes?\b|lines?\b|\d+:\d))|redacting|omitting|sealing|specifically|namely|as\s+to|only|with|on(?=\s+(?:pages?|pp?\.))|from(?=\s+(?:pages?\b|pp?\.|lines?\b|\d+:\d))|(?:in|from)\s+which\s+the\s+following\s+(?:portions|passages|pages|parts|material)\s+(?:are|is|shall\s+be)\s+(?:redacted|omitted)\s*:|(?:in|from)\s+which(?=\s+(?:only\s+)?(?:pages?\b|pp?\.|¶|paragraphs?\b|footnotes?\b|lines?\b|\d+:\d)[^.;]{0,120}?\b(?:are|is|ha(?:ve|s)\s+been|shall\s+be|will\s+be)\s+(?:redacted|omitted|removed)\b))\s+(?:only\s+)?|be\s+(?:sealed|redacted)\s*:?\s*|(?:may|shall|will|must)\s+be\s+filed\s+in\s+redacted\s+form\s*,?\s*with\s+(?:the\s+)?redactions?\s+(?:limited|confined|restricted)\s+to\s+|(?:may|shall|will|must)\s+be\s+(?:re-?)?filed\s+(?:publicly\s+)?(?:on\s+the\s+public\s+(?:docket|record)\s+)?(?:in\s+redacted\s+form\s*,?\s*)?with\s+(?:only\s+)?(?=[^.;]{1,80}?\bredacted\b))?/y;
  lead.lastIndex = position;
  const m = lead.exec(ctx.scan);
  let list = parseRangeList(ctx.scan, position + (m ? m[0].length : 0), { at: true, limit });
  // ("… (Envelope No. 87224540), from page 44, line 3 through page 46, line 10, is SEALED": "from" before the parts.)
  // ("2. Exhibit 11 [DN 89-11]" / blank line / "Exhibit 11 is a list of …": a new paragraph's words are no locators.)
  if (list && /\n[ \t]*\n/.test(ctx.scan.slice(position, list.start))) list = null;
  // ("A. Exhibit B – Feed Formulation Sheet [84-2]" / "Exhibit B sets out the ingredient percentages …": a heading run into
  // its paragraph, whose first words name the exhibit as a subject, not a part of the entry.)
  if (
    list &&
    list.ranges.every((r) => r.kind === 'exhibits') &&
    /\n/.test(ctx.scan.slice(position, list.start)) &&
    /^\s+(?:is|are|was|were|sets?|consists?|contains?|shows?|includes?|describes?|lists?|reflects?|summarizes?)\b/i.test(
      ctx.scan.slice(list.end, list.end + 20),
    )
  )
    list = null;
  // "Exhibit E (ECF No. 84-5) at 61:2-63:20 and 97:14-98:3, and footnote 4 on page 12 of its motion to exclude (ECF
  // No. 83)": the last locators belong to the document named, with its docket, right after them.
  // ("Doc. 57 at 6-7 and 14 and paragraphs 22 through 30 of Doc. 59": "and" alone before a new kind of locator too.)
  if (list) list = withoutNextEntryTail(ctx.scan, list, LOCATOR_TURN);
  // ("… a public version of ECF No. 118 that redacts only the material described in paragraph 3, above": the order's own
  // paragraph.)
  if (list && ORDER_PARAGRAPH_AFTER.test(ctx.scan.slice(list.end, list.end + 30))) return null;
  if (!list) {
    // "its memorandum of law, ECF No. 103, and footnote 4 on page 11 of the same brief": more parts of the same document.
    const same =
      /^\s*,?\s*and\s+(?=(?:footnotes?|fns?\.|nn?\.|pages?|pp?\.|¶|paragraphs?|lines?)[^.;()]{0,50}?\bof\s+(?:the\s+same|that|this)\s+\w+)/i.exec(
        ctx.scan.slice(position, limit),
      );
    if (same) list = parseRangeList(ctx.scan, position + same[0].length, { limit });
  }
  if (!list) {
    // "an unredacted memorandum … (ECF No. 363) and Exhibits 2-17 thereto": the exhibits attached to that entry.
    const thereto =
      /^\s*,?\s*and\s+(?=(?:the\s+)?(?:Exhibits?|Exs?\.)\s+[^.;()]{1,40}?\s(?:thereto|attached\s+thereto)\b)/i.exec(
        ctx.scan.slice(position, limit),
      );
    const own = thereto ? parseRangeList(ctx.scan, position + thereto[0].length, { limit }) : null;
    // "… and Exhibit 6 thereto (ECF 78-6)": an exhibit with its own docket is a document of its own.
    if (own && !ctx.refs.some((r) => r.start >= own.end && r.start - own.end < 30)) list = own;
  }
  if (!list) {
    // "shall redact from its Memorandum (Doc. No. 18) the references to Plaintiff's diagnoses on pages 4 and 7": what is
    // redacted, described, then where.
    const described =
      /^[\s)\]]*(?:the|all|any)\s+(?:[^.;()\d]{0,80}?\s)?(?:on|at|in)\s+(?=(?:pages?\b|pp?\.|paragraphs?\b|¶|footnotes?\b|lines?\b|\d+:\d))/i.exec(
        ctx.scan.slice(position, Math.min(limit, position + 120)),
      );
    const before = ctx.scan.slice(Math.max(0, position - 300), position).replace(/\s+/g, ' ');
    if (described && /\b(?:redact\w*|seal\w*)\s+(?:from\s+)?(?:[^;]|\b(?:Doc|No|Dkt|ECF)\.){0,80}$/i.test(before)) {
      list = parseRangeList(ctx.scan, position + described[0].length, { at: true, limit });
      // "… the target award amounts set forth in paragraph 17 and the participant titles set forth in paragraph 19".
      for (let more = list; more;) {
        const next =
          /^\s*,?\s*and\s+(?:the|all|any)\s+(?:[^.;()\d]{0,80}?\s)?(?:on|at|in)\s+(?=(?:pages?\b|pp?\.|paragraphs?\b|¶|footnotes?\b|lines?\b|\d+:\d))/i.exec(
            ctx.scan.slice(more.end, Math.min(limit, more.end + 120)),
          );
        const parsed = next ? parseRangeList(ctx.scan, more.end + next[0].length, { at: true, limit }) : null;
        if (parsed && list) list = { ranges: [...list.ranges, ...parsed.ranges], start: list.start, end: parsed.end };
        more = parsed;
      }
    }
  }
  if (!list) {
    // "(Dkt. No. 84-5) may be redacted at pages 12 through 15", "(Dkt. No. 84-3) shall be filed … with ¶¶ 22-25 redacted".
    const verb = VERB_THEN_LOCATORS.exec(ctx.scan.slice(position, Math.min(limit, position + 120)));
    if (verb) list = parseRangeList(ctx.scan, position + verb[0].length, { at: true, limit });
  }
  if (!list || list.end > limit) return null;
  // "(ECF No. 58): Exhibits 3, 4, 6, 11, and 12 (ECF Nos. 58-3, …)": exhibits with dockets of their own are documents.
  if (
    list.ranges.every((r) => r.kind === 'exhibits') &&
    ctx.refs.some((r) => r.start >= list.end && /^[\s([]*$/.test(ctx.scan.slice(list.end, r.start)))
  )
    return null;
  // "(D. 40-3); Exhibit 6, the … margin reports (D. 40-6)": an exhibit after a separator is the next document.
  if (
    list.ranges.every((r) => r.kind === 'exhibits') &&
    (/^\s*;/.test(ctx.scan.slice(position)) ||
      (/^\s*,/.test(ctx.scan.slice(position)) &&
        /^\s*,\s+(?:the|a|an|its|his|her|their)\s/i.test(ctx.scan.slice(list.end, limit))))
  )
    return null;
  // "[ECF No. 89-4]; Exhibit 9 to the Declaration … [ECF No. 89-9]": the locators lead the next document's title.
  if (
    /^[,;]/.test(ctx.scan.slice(position).trimStart()) &&
    /^\s*(?:of|to|in|attached\s+to)\s/i.test(ctx.scan.slice(list.end, limit))
  )
    return null;
  return list;
}

function hasAttachment(ref: DocketRef): boolean {
  // "129-3", and North Carolina's "89.8".
  // (Connecticut's "158.00" is an entry, not an attachment.)
  return ref.dockets.some((d) => /\d-\d|\.(?!0+$)\d+$/.test(d));
}

/** A locator list at `from`, past a joining "and"/"or" or comma ("…, and Exhibits 7-12 to …"). */
const JOIN = /\s*(?:(?:and|or)\s+|[,;]\s*)?/y;
function listOpening(ctx: Context, from: number, limit: number): RangeListMatch | null {
  JOIN.lastIndex = from;
  const m = JOIN.exec(ctx.scan);
  return parseRangeList(ctx.scan, from + (m ? m[0].length : 0), { limit });
}

/** Words right before an exhibit's own docket entry: "…, filed separately as Index #23", "…, docketed separately at". */
const FILED_SEPARATELY_AS = /,\s*(?:filed|docketed|lodged)\s+separately\s+(?:as|at)\s*$/i;

/** Locators at the start of a title that name parts of the document ("¶¶ 65 and 71 of …", "Exhibits 7-12 to …"). */
function rangesLeading(ctx: Context, titleStart: number, titleEnd: number, ref: DocketRef): CitedRange[] {
  // ("Pages J.A. 112 through J.A. 130 of the Appendix": a title that starts inside a range has no locators of its own.)
  if (/(?:\d\s*(?:-|–)|\b(?:through|thru))\s*$/i.test(ctx.scan.slice(Math.max(0, titleStart - 12), titleStart)))
    return [];
  const list = listOpening(ctx, titleStart, titleEnd);
  if (!list || list.end > titleEnd) return [];
  // Joined to the rest of the title ("Exhibits 7-12 to …"), or the whole title ("Exhibit 14 (Dkt. #151)").
  const rest = ctx.scan.slice(list.end, titleEnd);
  if (
    !/^\s*(?:of|in|to|from|within|attached\s+to)(?:\s|$)/i.test(rest) &&
    !/^[\s,;]*(?:thereto|therein|hereto)?[\s,;]*$/i.test(rest)
  )
    return [];
  // ("DENIED as to Exhibit 20 to the Voss Declaration and as to Peachtree's brief [158]": another document's exhibit.)
  if (/\band\s+as\s+to\s/i.test(rest)) return [];
  // ("2. Paragraphs 14-19 … of the Concise Statement shall be redacted, and Exhibit F (ECF No. 133-6) shall be filed under
  // seal": the parts have their own clause and document; the cite is the exhibit's.)
  if (
    /\b(?:shall|may|will|must|is|are)\s+(?:\w+\s+)?(?:be\s+)?(?:redacted|sealed|unsealed|filed|restricted|impounded)\b[^.;]*,\s+and\s/i.test(
      rest,
    )
  )
    return [];
  // ("3. Exhibit B to the Lindqvist-Boyd Affidavit, filed separately as Index #23": the cite is the exhibit's own.)
  const ownCite = /^[\s,;]*$/.test(rest) || FILED_SEPARATELY_AS.test(rest);
  if (exhibitsAreCited(ctx, list.ranges, ref, titleStart, ownCite)) return [];
  // ("3. Exhibit 22 to the Oyelaran Affidavit [#63] shall be SEALED", after "the Oyelaran Affidavit [#62]": one exhibit of
  // a document the order cites under another entry is its own entry, whole — KEYING.md rule 3.)
  if (exhibitOfAnotherEntry(ctx, list, ref)) return [];
  return list.ranges;
}

/** One exhibit "to" or "of" a document named with a docket other than `ref`'s (so `ref` is the exhibit's own entry). */
function exhibitOfAnotherEntry(ctx: Context, list: RangeListMatch, ref: DocketRef): boolean {
  const only = list.ranges.length === 1 ? list.ranges[0] : undefined;
  if (only?.kind !== 'exhibits' || only.from !== only.to || ref.dockets.length !== 1 || hasAttachment(ref))
    return false;
  const parent = namedAfter(ctx, list.end, { start: list.end, end: ref.start });
  if (!parent || parent.ref.dockets.length !== 1 || parent.ref.start > list.start) return false;
  if (parent.ref.dockets[0] === ref.dockets[0]) return false;
  // (The document by its name, not just its kind: "to the Oyelaran Affidavit" names the Affidavit of Kemi Oyelaran, "to
  // the Declaration of Tom Ruiz" no other declaration.)
  const named = words(ctx.scan.slice(list.end, ref.start)).filter(
    (w) => !TITLE_STOP.has(w) && !isDocHead(w) && !/^\d/.test(w),
  );
  const known = knownWords(parent);
  if (named.length === 0 || !named.every((w) => known.includes(w))) return false;
  // (Not when the order cites the same entry for another exhibit: "Exhibit C … (Docket 88)", "Exhibit D … (Docket 88)".)
  return !citedForAnotherExhibit(ctx, ref, only.from, 80);
}

/**
 * Whether the order cites `ref`'s one entry elsewhere right after another exhibit's label (within `reach` characters of
 * the cite): then the entry holds several exhibits, and is no one exhibit's own.
 */
function citedForAnotherExhibit(ctx: Context, ref: DocketRef, label: string, reach: number): boolean {
  const anotherExhibit = new RegExp(
    String.raw`\b(?:Exhibits?|Exs?\.)\s+(?!${label}\b)[A-Z0-9]{1,3}\b[^.;]{0,${reach}}$`,
    'i',
  );
  return ctx.refs.some(
    (r) =>
      r !== ref &&
      r.dockets.length === 1 &&
      r.dockets[0] === ref.dockets[0] &&
      anotherExhibit.test(ctx.scan.slice(Math.max(0, r.start - reach - 20), r.start)),
  );
}

/**
 * Exhibits written before a cite that are the cited entries themselves, not parts of them: the entries one to one
 * (exhibitsAreTheEntries), or, written right before it (`rightBefore`), one exhibit and its own entry (exhibitIsItsEntry).
 */
function exhibitsAreCited(
  ctx: Context,
  ranges: CitedRange[],
  ref: DocketRef,
  listStart: number,
  rightBefore: boolean,
): boolean {
  return (
    (ranges.every((r) => r.kind === 'exhibits') && exhibitsAreTheEntries(ranges, ref)) ||
    (rightBefore && exhibitIsItsEntry(ctx, ranges, ref, listStart))
  );
}

/**
 * "IT IS FURTHER ORDERED that Exhibit 6 (Docket No. 121) is SEALED": one exhibit written right before its cite is the
 * whole of that entry (KEYING.md rule 3) — unless the order cites the same entry for another exhibit ("Exhibit 4
 * (Envelope 24518790)" … "Exhibit 7 (Envelope 24518790)" are parts of one filing), or the exhibit is what a motion is
 * named for ("Plaintiffs' Motion to Seal Exhibit J (Rec. Doc. 50)", "Lumen's statement in support of sealing Exhibit 10 (Dkt.
 * No. 137)").
 */
function exhibitIsItsEntry(ctx: Context, ranges: CitedRange[], ref: DocketRef, listStart: number): boolean {
  const only = ranges.length === 1 ? ranges[0] : undefined;
  if (only?.kind !== 'exhibits' || only.from !== only.to || ref.dockets.length !== 1) return false;
  if (
    /\b(?:motions?|applications?|requests?)\s+(?:for\s+leave\s+)?to\s+(?:seal|redact|restrict|impound|file)(?:\s+under\s+seal)?\s*$|\bin\s+support\s+of\s+(?:sealing|redacting|restricting)\s*$/i.test(
      ctx.scan.slice(Math.max(0, listStart - 50), listStart),
    )
  )
    return false;
  return !citedForAnotherExhibit(ctx, ref, only.from, 40);
}

/** "Exhibits 1-14 to … (#94-1, 94-2)" or "Exhibit 3 … (ECF No. 45-3)": the exhibits are the docket attachments themselves. */
function exhibitsAreTheEntries(ranges: CitedRange[], ref: DocketRef): boolean {
  // "Exhibits 7, 8, 13, 16, 17, 18, and 19 to the Declarations … [ECF Nos. 99, 101]": more exhibits than entries, none
  // an attachment — the exhibits are parts of the entries.
  const labels = exhibitLabels(ranges);
  if (ref.dockets.length > 1 && !hasAttachment(ref) && labels && labels.length !== ref.dockets.length) return false;
  if (ref.dockets.length > 1) return true;
  const single = ranges.length === 1 && ranges[0]?.kind === 'exhibits' && ranges[0].from === ranges[0].to;
  return (hasAttachment(ref) || ref.perDocument) && single;
}

/** A sentence's full stop right before a title (a word of three letters or more, not an abbreviation, then ". "). */
const SENTENCE_BEFORE_TITLE =
  /(?<!\b(?:Decl|Mem|Opp|Supp|Aff|Resp|Mot|Compl|Dep|Exs|Nos|Dkt|Dkts|Docs|Appx))(?<=[a-z]{3})\.\s+$/;

/** Locators written before a prose title and joined to it by "of"/"in" ("seal ¶¶ 65 and 71 of Defendants' Counterclaims (#94)"). */
function rangesBeforeTitle(ctx: Context, from: number, titleStart: number, ref: DocketRef): CitedRange[] {
  let resume: number;
  const base = Math.max(from, titleStart - 240);
  const window = ctx.scan.slice(base, titleStart);
  for (let m = nextRangeStart(window, 0); m; m = nextRangeStart(window, resume)) {
    resume = m.index + m[0].length;
    const list = parseRangeList(ctx.scan, base + m.index, { limit: titleStart });
    if (!list) continue;
    const between = ctx.scan.slice(list.end, titleStart);
    if (!BEFORE_CONNECTOR.test(between) && !LONG_CONNECTOR.test(between)) continue;
    // ("Castellan may redact ¶¶ 6-14, 17 of the declaration. Exhibits C-E to the Ramírez Declaration (Dkt. 104-1) …": the
    // list belongs to the sentence before, not to the title that opens the next.)
    if (SENTENCE_BEFORE_TITLE.test(between)) continue;
    if (exhibitsAreCited(ctx, list.ranges, ref, list.start, /^[\s,;([]*$/.test(between))) continue;
    return list.ranges;
  }
  return [];
}

/** Locators just before a docket and joined to it by a comma ("Opposition 4:25-6:8, ECF No. 129"). */
function rangesRightBefore(ctx: Context, from: number, refStart: number, ref: DocketRef): RangeListMatch | null {
  let resume: number;
  const base = Math.max(from, refStart - 160);
  const window = ctx.scan.slice(base, refStart);
  for (let m = nextRangeStart(window, 0); m; m = nextRangeStart(window, resume)) {
    resume = m.index + m[0].length;
    const list = parseRangeList(ctx.scan, base + m.index, { limit: refStart });
    if (!list || !/^\s*,?\s*$/.test(ctx.scan.slice(list.end, refStart))) continue;
    if (exhibitsAreCited(ctx, list.ranges, ref, list.start, true)) continue;
    return list;
  }
  return null;
}

/** Exhibits named by pointing back to the document before them: "Exhibits 9 and 10 to that declaration", "Exhibit B thereto". */
const POINTS_BACK_TITLE =
  /^(?:the\s+)?(?:Exhibits?|Exs?\.)\s[^.;()]{1,40}?\b(?:(?:to|of)\s+(?:that|the\s+same|said)\s+[a-z]+|(?:attached\s+)?thereto)\s*$/i;

/** The parts a title opens with when the document they are "of" is followed by "and" and its exhibits. */
function partsBeforeExhibits(ctx: Context, from: number, exhibitsStart: number): CitedRange[] {
  const list = listOpening(ctx, from, exhibitsStart);
  if (!list || list.ranges.some((r) => r.kind === 'exhibits')) return [];
  return /^\s+(?:of|in)\s+(?:the\s+)?[^.;()]{1,80}?\s+and\s+$/i.test(ctx.scan.slice(list.end, exhibitsStart))
    ? list.ranges
    : [];
}

/** "… (Filing ID 17438201) and of Plaintiff's Controverting Statement", "…, Dkt. 59, and of defendant's responses": the same parts of the next. */
const AND_OF_NEXT =
  /^[\s)\]]*,?\s*and\s+(?:of|in|to)\s+(?:(?:the|its|his|her|their|[A-Za-z]+['’]s|[A-Za-z]+s['’])\s+)?$/i;

/** "the same pages", "the same paragraphs" (group 1 is the noun, for partKind). */
const SAME_PARTS_NOUN = String.raw`\bthe\s+same\s+(pages?|paragraphs?|lines|passages?|portions?|redactions?)`;
/** "the same paragraphs", anywhere before a document's cite. */
const SAME_PARTS = new RegExp(String.raw`${SAME_PARTS_NOUN}\b`, 'i');
/** "the same pages of the amended response", right before that document's cite (or "the same paragraphs, Dkt. 68"). */
const SAME_PARTS_OF = new RegExp(String.raw`${SAME_PARTS_NOUN}(?:\s+(?:of|in)\s+[^.;()[\]]{0,60}?[([]?|\s*,)\s*$`, 'i');

/** What may stand between two entries of one list: "], [DE ", ", and ", " and ECF No. ". */
const LIST_JOIN =
  /^[\s,\])]*(?:(?:and|or)\s+)?[\s[(]*(?:(?:DE|D\.E\.|ECF|Dkt\.?|Doc\.?|Docket)(?:\s+(?:Nos?\.|Entry))?\s*#?\s*)?$/;
/** A title that names several documents of one kind ("each of the declarations at", "the transcripts"). */
const SEVERAL_DOCUMENTS =
  /\b(?:each|both|all)\s+of\b|\b(?:declarations|affidavits|transcripts|reports|certifications|affirmations|depositions)\b/i;

/** Splits an enumerated item (or table cell) into the documents it names. */
function segmentsOf(ctx: Context, start: number, end: number): Segment[] {
  const all = parens(ctx.scan, start, end);
  const segments: Segment[] = [];
  let cursor = start;
  /** The parts a title for several documents named, for the entries listed after it. */
  let shared: CitedRange[] | null = null;
  for (const { ref, paren } of targetRefs(ctx, start, end, all)) {
    if (ref.start < cursor) continue;
    const titleEnd = paren && paren.open >= cursor ? paren.open : ref.start;
    const after = paren && paren.open >= cursor ? Math.min(end, paren.close + 1) : ref.end;
    let list = ref.pin.length ? null : rangesAfter(ctx, after, end);
    // ("2. Dkt. [99-4], Exhibit D (Plaintiff's … records), shall REMAIN UNDER SEAL": the attachment's own label, set off by
    // a comma after its cite, is the entry itself — KEYING.md rule 3.)
    if (
      list &&
      list.ranges.length === 1 &&
      list.ranges[0]?.kind === 'exhibits' &&
      /^[\s\]]*,\s*$/.test(ctx.scan.slice(after, list.start)) &&
      exhibitsAreTheEntries(list.ranges, ref)
    ) {
      const more = rangesAfter(ctx, list.end, end);
      list = more && !more.ranges.some((r) => r.kind === 'exhibits') ? more : null;
    }
    // "DENIED as to Exhibits B and F (Docs. 58-2, 58-6), paragraph 41 of the Statement of Undisputed Facts, and …": the
    // locators belong to the document they name in words (cited with its own docket before), not to the entries before.
    if (
      list &&
      /^\s*(?:of|in)\s+(?:the|its|his|her|their)\s+(?!same\b)/i.test(ctx.scan.slice(list.end, list.end + 20))
    ) {
      const named = namedAfter(ctx, list.end, { start, end });
      if (named && named.ref.dockets.length === 1 && !named.ref.dockets.some((d) => ref.dockets.includes(d)))
        list = null;
    }
    let ranges = [...ref.pin, ...(list?.ranges ?? [])];
    if (ranges.length === 0) {
      // "may redact pages 2-3 of Exhibit B to the Declaration of Sara Cho (Docket No. 246)"
      const inner = exhibitTitleBefore(ctx, cursor, titleEnd) ?? titleBefore(ctx.scan, cursor, titleEnd);
      if (inner && inner.start > cursor) ranges = rangesBeforeTitle(ctx, cursor, inner.start, ref);
      // "The motion is DENIED as to Exhibit 60 of the Joint Appendix (Paper No. 57)".
      if (ranges.length === 0 && inner && inner.start > cursor) ranges = rangesLeading(ctx, inner.start, titleEnd, ref);
      // "Paragraphs 3 through 7 and 12 of the Nyberg Declaration and Exhibits 9 and 10 to that declaration (ECF No. 118)":
      // the declaration's own parts too, before the exhibits that point back to it.
      if (
        ranges.length > 0 &&
        inner &&
        inner.start > cursor &&
        POINTS_BACK_TITLE.test(ctx.scan.slice(inner.start, titleEnd))
      )
        ranges = [...partsBeforeExhibits(ctx, cursor, inner.start), ...ranges];
    }
    if (ranges.length === 0) ranges = rangesLeading(ctx, cursor, titleEnd, ref);
    // "may redact pages 7 and 8 and footnote 3 on page 10 of her brief in opposition (Doc. 51)": a title in lower case.
    if (ranges.length === 0) ranges = rangesBeforeTitle(ctx, cursor, titleEnd, ref);
    // ("(d) The testimony of Gloria Teague at page 38, line 4 through page 41, line 12 (Envelope No. 87340246)": the parts
    // "at" the end of the title.)
    if (ranges.length === 0) {
      const atEnd = rangesRightBefore(ctx, cursor, titleEnd, ref);
      if (atEnd && /\bat\s*$/i.test(ctx.scan.slice(Math.max(cursor, atEnd.start - 6), atEnd.start)))
        ranges = atEnd.ranges;
    }
    // ("Paragraphs 2-3 of each of the declarations at [DE 88-2], [DE 88-3], [DE 88-4], and [DE 88-5]": the parts named
    // before a list of entries, for a plural document, are each entry's.)
    const prev = segments[segments.length - 1];
    const joined =
      prev !== undefined &&
      prev.end === prev.ref.end + (/^[\])]?/.exec(ctx.scan.slice(prev.ref.end))?.[0].length ?? 0) &&
      LIST_JOIN.test(ctx.scan.slice(cursor, ref.start));
    // ("2. Pages 6-7 of Defendants' memorandum of law (Dkt. 58), and the same pages of Defendants' reply (Dkt. 72), shall be
    // redacted.": the parts the segment before named, of the kind said.)
    const samePartsOfPrev =
      ranges.length === 0 && prev && prev.ranges.length > 0
        ? SAME_PARTS_OF.exec(ctx.scan.slice(cursor, titleEnd))
        : null;
    if (ranges.length === 0 && shared && joined) ranges = shared;
    // ("Paragraphs 40-47 of plaintiff's proposed findings of fact, Dkt. 59, and of defendant's responses, Dkt. 68, shall be
    // redacted": the parts named before the first document, of the next too.)
    else if (
      ranges.length === 0 &&
      prev &&
      prev.ranges.length > 0 &&
      prev.ref.pin.length === 0 &&
      // (Parts named before it, not after: "… (ECF No. 59), redacting paragraphs 11 through 14, and of Exhibit 5 …".)
      !/\d/.test(ctx.scan.slice(prev.ref.end, prev.end)) &&
      AND_OF_NEXT.test(ctx.scan.slice(cursor, titleBefore(ctx.scan, cursor, titleEnd)?.start ?? titleEnd))
    )
      ranges = prev.ranges;
    else if (samePartsOfPrev) {
      const kind = partKind(samePartsOfPrev[1]);
      ranges = prev?.ranges.filter((r) => isPartOfKind(r, kind)) ?? [];
      shared = null;
    } else
      shared =
        ranges.length > 0 && ref.pin.length === 0 && !list && SEVERAL_DOCUMENTS.test(ctx.scan.slice(cursor, titleEnd))
          ? ranges
          : null;
    const segEnd = list ? list.end : after;
    // "… and the redacted version of the Fee Letter filed at Docket No. 244": the public copy needs nothing.
    if (ranges.length === 0 && PUBLIC_COPY.test(ctx.scan.slice(Math.max(cursor, titleEnd - 90), titleEnd))) {
      cursor = segEnd;
      continue;
    }
    segments.push({ titleStart: cursor, titleEnd, ref, ranges, end: segEnd });
    cursor = segEnd;
  }
  return segments;
}

/** A title for display: the text between, with descriptive parentheticals removed. */
function titleText(ctx: Context, start: number, end: number): string {
  let text = '';
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = ctx.scan[i] ?? '';
    if (ch === '(') depth++;
    if (depth === 0) text += ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return tidyTitle(text);
}

function documentName(title: string, ref: DocketRef, ctx: Context): string {
  return title || tidyTitle(ctx.scan.slice(ref.start, ref.end));
}

function source(ctx: Context, start: number, end: number) {
  return { start, end, text: ctx.clean.original.slice(start, end) };
}

function trimEnd(ctx: Context, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(ctx.scan[e - 1] ?? '')) e--;
  return e;
}

/** The disposition an item states for itself ("… GRANTED", "Denied"), outside descriptive parentheticals. */
function ownDisposition(ctx: Context, start: number, end: number): Disposition | null {
  const text = titleText(ctx, start, end);
  // A caption's numbered rulings: "(3) SEALING EXHIBIT D TO DECLARATION OF … (ECF Nos. 404-5, 418-5)".
  if (/^(?:SEALING|REDACTING|GRANTING|MAINTAINING\s+UNDER\s+SEAL)\b/.test(text)) return 'redact';
  if (/^(?:UNSEALING|DENYING)\b/.test(text)) return 'deny';
  // "(4) Exhibit 9 (ECF No. 57-3), without redaction." in a list of what to file publicly.
  if (/\bwithout\s+(?:any\s+)?redactions?\b/i.test(text)) return 'deny';
  // "(2) the Whitcomb deposition (ECF No. 57-1), redacting only 14:6-22", "(3) Exhibit 4 (ECF No. 57-2), with pages 11-13 redacted".
  if (/,\s*(?:redacting|with\s+[^;.]{1,80}?\s(?<!un)redacted)\b/i.test(text)) return 'redact';
  const denied = /\bDENIED\b|\bDenied\b|\bdenied\b/.test(text);
  const granted = /\bGRANTED\b|\bGranted\b|\bgranted\b/.test(text);
  // "Riverbend's motion to seal, Doc. 41, is partly granted and partly denied.": the item decides nothing by itself.
  if (denied && granted) return null;
  if (denied) return 'deny';
  if (granted) return 'redact';
  return null;
}

const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };
/** A ruling that opens with a place in a list: "The first request is GRANTED.", "The second is DENIED". */
// ("The first passage has nothing to do with this case and may be redacted; the second …": its ruling later in the clause.)
const ORDINAL_LEAD =
  /^\s*(?:The|the)\s+(first|second|third|fourth|fifth|last)\s+(?:(?:request|passage|portion|excerpt|redaction|one)s?\s+)?(?:(?:is|are|will|shall|may)\b(?=[^.;]*\b(?:GRANTED|DENIED|granted|denied|approved|rejected)\b)|(?=[^.;]{0,80}?\b(?:may|shall|will|must)\s+(?:be|remain)\s+(?:redacted|sealed|under\s+seal)\b))/;

/** The item of `list` at the place an ordinal word names ("second" → the second, "last" → the last). */
function atPlace<T>(list: T[], word: string): T | undefined {
  const place = word.toLowerCase();
  return list[place === 'last' ? list.length - 1 : (ORDINALS[place] ?? -1)];
}

/** Of the locators in view, the one "that passage" means when the sentence before opened with "The second …". */
function ordinalPick(
  ctx: Context,
  sentence: Span,
  before: Span | null | undefined,
  asked: CitedRange[] | null | undefined,
) {
  if (!asked || asked.length < 2) return asked;
  const text = ctx.scan.slice(sentence.start, sentence.end);
  // "… 14:2-15:11, …, and 37:18-38:4, …. The first request is GRANTED. The second is DENIED."
  const own = ORDINAL_LEAD.exec(text);
  if (own) {
    const picked = atPlace(asked, own[1] ?? '');
    return picked ? [picked] : asked;
  }
  if (!before) return asked;
  if (!/\bth(?:at|is)\s+(?:passage|portion|excerpt|testimony|page|paragraph|footnote|redaction)\b/i.test(text))
    return asked;
  const opening = /^\s*(?:The|the)\s+(first|second|third|fourth|fifth|last)\b/.exec(
    ctx.scan.slice(before.start, before.end),
  );
  const picked = opening ? atPlace(asked, opening[1] ?? '') : undefined;
  return picked ? [picked] : asked;
}

/** From "upon consideration of" to the "it is ORDERED" that follows: the papers the court read. */
const CONSIDERED =
  /\b(?:upon|on|after|having)\s+(?:careful\s+|due\s+)?(?:consideration|review|considered|reviewed)\s+(?:of\s+)?[^;]*?(?=,?\s*(?:and\s+)?(?:it\s+is\s+(?:hereby\s+)?ORDERED|IT\s+IS\s+(?:HEREBY\s+)?ORDERED))/;

/** "The request to restrict the remainder of Docket Entry 71 is DENIED": the rest of that entry, the whole refused. */
const REMAINDER_OF = /\bto\s+(?:seal|redact|restrict|impound)\s+(?:the\s+)?(?:remainder|rest|balance)\s+of\s*$/i;

/** A sentence that ends by refusing the rest of what it partly granted ("… and otherwise DENIED."). */
const REST_DENIED_AT_END =
  /\b(?:otherwise\s+(?:DENIED|denied)|den(?:y|ies|ied)\s+(?:it\s+|the\s+(?:motion|request)\s+)?as\s+to\s+the\s+(?:remainder|rest|balance)(?:\s+of\s+(?:that|this|the)\s+[a-z]+)?|(?<=\b(?:but|and)\s+(?:the|its|their)\s+request\s+to\s+seal\s+(?:the|its|their)\s+(?:(?:entire|whole)\s+(?:[\w'’-]+\s+){1,4}|(?:[\w'’-]+\s+){1,4}in\s+(?:its|their)\s+entirety\s+)is\s+)(?:DENIED|denied))\s*[.;]?\s*$/;
// (The last: "Defendant may redact paragraphs 31-36, which quote the care plans, but the request to seal the Statement in its
// entirety is DENIED.", "… GRANTED as to pages 9-11 and page 14 n.6 of Doc. 58, and the request to seal the memorandum
// in its entirety is DENIED.", "Dkt. 62 at 5-6 may be redacted, but the request to seal the entire response is denied.")
const OTHERWISE_DENIED =
  /\b(?:otherwise\s+(?:DENIED|denied)|(?:DENIED|Denied|denied)\s+in\s+all\s+other\s+respects)\s*$/;

/** The words before a filing that proposes redactions rather than holds them ("Intervenor's proposed redactions, ECF No. 55"). */
// ("… its order of February 14, 2024 (ECF No. 55), which warned the parties …" too.)
const COURT_ORDER_CITED =
  /\b(?:the\s+Court's|this\s+Court's|its|our|the\s+(?:prior|previous|earlier))\s+(?:(?:prior|previous|earlier|sealing)\s+)?(?:Memorandum\s+)?Order(?:\s+(?:of|dated|entered(?:\s+on)?)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*,?\s*(?:at|in|see)?\s*[([]?\s*$/i;
const PROPOSES_REDACTIONS =
  /\bredactions\s+(?:proposed|set\s+out|listed|identified)\s+in\s+(?:[\w'’.-]+\s+){0,5}[\w'’.-]+\s*,?\s*$|\bproposed\s+redactions\s*,?\s*$/i;

/** "Exhibits 1-3, 5-6 (Doc. Nos. 60-1 through 60-3 …) were not filed under seal and are unaffected by this Order.",
 * "Plaintiff's Response (ECF No. 76) was filed publicly and need not be redacted." */
const UNAFFECTED =
  /\bnot\s+(?:been\s+)?(?:filed|lodged|submitted)\s+under\s+seal\b(?<=\b(?:were|was|are|is|have|has)\s+not\s+(?:been\s+)?(?:filed|lodged|submitted)\s+under\s+seal)|\b(?:unaffected|not\s+affected)\s+by\s+this\s+(?:Order|ruling)\b|\b(?:have|has)\s+not\s+(?:asked|sought|moved)\s+to\s+(?:seal|redact|restrict|impound)\b|\b(?:filed|docketed)\s+(?:publicly|on\s+the\s+public\s+docket)\s+and\s+need\s+not\s+be\s+(?:redacted|sealed|unsealed)\b/i;

/** A numbered request's title without its verb and parts ("Redact pages 3 and 11-12 of its Memorandum of Law" → "its
 * Memorandum of Law", "File under seal Exhibit 7 to the Farrelly Declaration" → "Exhibit 7 to the Farrelly Declaration"). */
function requestedTitle(title: string): string {
  const bare = title.replace(/^(?:file\s+under\s+seal|(?:maintain|keep)\s+under\s+seal|seal|redact|restrict)\s+/i, '');
  if (bare === title) return title;
  const of = /^(?:[^()]*?\b(?:pages?|pp?\.|paragraphs?|¶+|lines?|footnotes?|\d+:\d+)[^()]*?)\s+of\s+(.+)$/i.exec(bare);
  return (of?.[1] ?? bare).replace(/^(?:its|their|his|her|the)\s+/i, '');
}

/** What the sentence that introduces a list says for its items. */
interface ListLead {
  disposition: Disposition | null;
  request: boolean;
  sealing: boolean;
  end: number;
  basis: string | null;
  document?: DocketRef;
}

/**
 * "3. The motion is DENIED as to … paragraph 41 of the Statement of Undisputed Facts": numbered items are read before the
 * prose, so a document they name in words may be one only a paragraph above them cited ("its Statement of Undisputed
 * Facts (Doc. 59)"). The paragraphs' cited documents, titled, found once.
 */
function namedInEarlierProse(ctx: Context, position: number, sentence: Span): Bound | null {
  if (!ctx.blocks) return null;
  const earlier = proseNamedBefore(ctx, sentence.start);
  if (earlier.length === 0) return null;
  const named = ctx.named;
  ctx.named = earlier;
  const found = namedAfter(ctx, position, sentence);
  ctx.named = named;
  // (By its head noun and another word of its name: "the Statement of Undisputed Facts", not just "the brief".)
  const phrase = words(ctx.scan.slice(position, Math.min(sentence.end, position + 60)).split(/[,;.()[\]]/)[0] ?? '');
  return found && sharedWords(found.title, phrase.join(' ')) >= 2 ? found : null;
}

/** `read` with the documents the paragraphs before `position` cite (see namedInEarlierProse) known as named too. */
function withEarlierProse<T>(ctx: Context, position: number, read: () => T): T {
  const named = ctx.named;
  ctx.named = [...named, ...proseNamedBefore(ctx, position)];
  try {
    return read();
  } finally {
    ctx.named = named;
  }
}

/** The documents the order's paragraphs cite with one docket before `position`, titled (found once per order). */
function proseNamedBefore(ctx: Context, position: number): Bound[] {
  if (!ctx.blocks) return [];
  if (!ctx.proseNamed) {
    ctx.proseNamed = [];
    const found: Bound[] = [];
    for (const block of ctx.blocks) {
      if (block.type !== 'para') continue;
      for (const s of sentences(ctx.scan, block.start, block.end))
        for (const seg of segmentsOf(ctx, s.start, s.end)) {
          if (seg.ref.dockets.length !== 1 || isMotionRef(ctx, seg.ref)) continue;
          // (The name right before the docket, "its Statement of Undisputed Facts (Doc. 59)", not the whole clause.)
          const name = titleBefore(ctx.scan, seg.titleStart, seg.titleEnd);
          const title = name ? titleText(ctx, name.start, seg.titleEnd) : '';
          if (title && words(title).length <= 10)
            found.push({ ref: seg.ref, title, ranges: [], sentence: s, request: false });
        }
    }
    ctx.proseNamed = found;
  }
  return ctx.proseNamed.filter((b) => b.ref.end <= position);
}

function listCandidates(ctx: Context, blocks: Block[], sections: Map<Block, Section>): Candidate[] {
  const out: Candidate[] = [];
  let leadIn: ListLead | null = null;
  let currentList = -1;
  /** What the sentence that introduces a list says for its items: its ruling, whether it asks, its one document. */
  const leadFrom = (previous: { start: number; end: number }): ListLead => {
    const all = sentences(ctx.scan, previous.start, previous.end);
    const last = all[all.length - 1] ?? { start: previous.start, end: previous.end };
    // Only the sentence that introduces the list ("… DIRECTED to file on the public docket:") speaks for its items.
    const rulings = rulingsIn(ctx, last.start, last.end);
    const lastRuling = rulings[rulings.length - 1];
    const request =
      isRequest(ctx.scan.slice(last.start, last.end)) && !EXPLICIT_RULING.test(ctx.scan.slice(last.start, last.end));
    // "… GRANTED IN PART and DENIED IN PART, as follows:": the items decide for themselves.
    const mixed =
      new Set(rulingsIn(ctx, last.start, last.end).map((r) => r.disposition)).size > 1 ||
      // ("… (Doc. 176) is granted in part and denied in part, as follows:" then "3. Doc. 171-9 shall be unsealed;".)
      /\bgrant(?:ing|ed|s)\s+in\s+part\s+and\s+den(?:ying|ied|ies)\s+in\s+part\b/i.test(
        ctx.scan.slice(last.start, last.end),
      );
    // "… the following portions of the transcript (doc. no. 84) shall be redacted:" — the one document the items'
    // bare locators are parts of.
    const cites = ctx.refs.filter((r) => r.start >= last.start && r.end <= last.end && !isMotionRef(ctx, r));
    const only = cites.length === 1 && /:\s*$/.test(ctx.scan.slice(last.start, last.end)) ? cites[0] : undefined;
    return {
      disposition: lastRuling && !request && !mixed ? lastRuling.disposition : null,
      request,
      sealing: SEALING_WORDS.test(ctx.scan.slice(last.start, last.end)),
      end: previous.end,
      basis: basisOf(ctx.scan.slice(last.start, last.end)),
      document: only,
    };
  };
  let subLead: ListLead | null = null;
  let outerLead: ListLead | null = null;
  /** The parts of a document the item before named ("the same paragraphs" in the next item). */
  let lastItemParts: CitedRange[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (!block || block.type !== 'item' || discursive(ctx, block)) continue;
    if (block.list !== currentList) {
      currentList = block.list;
      let previous = blocks[b - 1];
      // "2. … may be redacted at …\n The motion is DENIED as to 61:5-20.\n 3. Exhibit 9 …": a numbered list that goes
      // on after a sentence of its own keeps its lead-in; that sentence is no lead-in for the rest.
      const continues = !/^(?:1|a|A|i)$/.test(block.label) && blocks[b - 2]?.type === 'item';
      if (!continues) leadIn = null;
      // "2.  The following material shall be filed under seal:" then, past a page break and its footnote, "(a) …": the
      // item that ends with a colon introduces the list under it.
      const colonEnded = (k: number) => {
        const at = blocks[k];
        return at && at.type !== 'row' && /:\s*$/.test(ctx.scan.slice(at.start, at.end));
      };
      if (!continues && /^(?:a|A|i|1)$/.test(block.label) && !colonEnded(b - 1)) {
        const k = [b - 2, b - 3].find((j) => colonEnded(j) && blocks[j]?.type === 'item');
        if (k !== undefined) previous = { ...(blocks[k] as Block), type: 'para' } as Block;
      } else if (!continues && previous && previous.type === 'item' && colonEnded(b - 1))
        previous = { ...previous, type: 'para' } as Block;
      if (!continues && previous && previous.type === 'para') leadIn = leadFrom(previous);
    }
    // "3. The Motion is GRANTED as to the following portions, …:" then "a. pages 4, 11-12, and 15 of …", "b. …": lettered
    // items under a numbered item that ends with a colon, in the same list, take that item as their lead-in.
    if (/^[a-z]$/.test(block.label)) {
      const parent = blocks[b - 1];
      if (
        block.label === 'a' &&
        parent?.type === 'item' &&
        /^\d+$/.test(parent.label) &&
        /:\s*$/.test(ctx.scan.slice(parent.start, parent.end))
      ) {
        outerLead = leadIn;
        subLead = leadFrom({ start: parent.contentStart, end: parent.end });
      }
      if (subLead) leadIn = subLead;
    } else if (subLead) {
      leadIn = outerLead;
      subLead = null;
    }
    const section = sections.get(block) ?? { path: '', start: 0, basis: null };
    const itemParens = parens(ctx.scan, block.contentStart, block.end);
    // (Not the verbs of a sentence that reports what a party asks: "Plaintiff asks that it be suppressed in full, but …".)
    const asking = sentences(ctx.scan, block.contentStart, block.end).filter((sentence) => {
      const said = ctx.scan.slice(sentence.start, sentence.end);
      return (
        isRequest(said) &&
        !EXPLICIT_RULING.test(said) &&
        !/\b(?:may|shall|will|must)\s+(?:\w+\s+)?(?:maintain|redact|seal|file|keep|remain)\b/i.test(said)
      );
    });
    const own = rulingsIn(ctx, block.contentStart, block.end).filter(
      (r) =>
        enclosing(itemParens, r.start).every((p) => parenKind(ctx.scan, p) === 'docket') &&
        !asking.some((sentence) => r.start >= sentence.start && r.end <= sentence.end),
    );
    const stated = ownDisposition(ctx, block.contentStart, block.end);
    const itemDisposition = stated ?? leadIn?.disposition ?? null;
    if (leadIn?.request && !stated && own.length === 0) {
      // "Defendant asks the Court to keep the following from public view:" — each item is a request a ruling may name again.
      const asked = segmentsOf(ctx, block.contentStart, block.end).map((segment) => ({
        ref: segment.ref,
        // ("1. Redact pages 3 and 11-12 of its Memorandum of Law (Dkt. 92)": the document, not the request's words.)
        title: requestedTitle(titleText(ctx, segment.titleStart, segment.titleEnd)),
        ranges: segment.ranges,
        sentence: { start: block.start, end: block.end },
        request: true,
        sealing: leadIn?.sealing ?? false,
      }));
      if (asked.length > 0) {
        ctx.requests.push(asked);
        ctx.named.push(...asked);
        if (/^\d{1,2}$/.test(block.label)) ctx.requestItems.set(block.label, asked);
      }
      continue;
    }
    const segments = segmentsOf(ctx, block.contentStart, block.end).filter((segment) => {
      if (isMotionRef(ctx, segment.ref) && segment.ranges.length === 0) return false;
      const said = sentences(ctx.scan, block.contentStart, block.end).find(
        (t) => segment.ref.start >= t.start && segment.ref.start < t.end,
      );
      if (said && UNAFFECTED.test(ctx.scan.slice(said.start, said.end))) return false;
      if (
        segment.ranges.length === 0 &&
        PROPOSES_REDACTIONS.test(
          ctx.scan.slice(Math.max(block.contentStart, segment.ref.start - 90), segment.ref.start),
        )
      )
        return false;
      // "The Motion (ECF No. 41) is GRANTED IN PART": the sealing motion itself, not a document.
      const fullTitle = rulingWords(titleText(ctx, segment.titleStart, segment.titleEnd));
      // ("Plaintiff's request to seal (ECF No. 63)": no object named and the cite in brackets, so the title is the
      // motion's own; in "seeks to seal ECF No. 79" the cite is the object.)
      const object = sealingObject(fullTitle);
      // (Or set off by a comma: "Defendant … Inc.'s motion to seal, Dkt. 80, is GRANTED in part".)
      const bracketed = /(?:[([]|,)\s*$/.test(ctx.scan.slice(Math.max(0, segment.ref.start - 3), segment.ref.start));
      const title = object === '' && bracketed ? fullTitle : (object ?? fullTitle);
      // "SEALING EXHIBIT D TO DECLARATION … IN SUPPORT OF … MOTIONS TO SEAL": the head is the exhibit, not the motion.
      const head = title.replace(/^(?:SEALING|REDACTING|GRANTING|DENYING|UNSEALING)\s+/, '');
      if (DOCUMENT_HEAD.test(head)) return true;
      // "shall file on the public docket redacted versions of Docs. 59, 61-1 …", "… on the public docket versions of ECF
      // Nos. 62-1, …": the public copies, nothing to decide.
      if (
        segment.ranges.length === 0 &&
        /(?:^|\b(?:redacted|public|docket|record)\s+)(?:versions?|cop(?:y|ies))(?:\s+of)?(?:\s+(?:Papers?|Docs?\.?|Dkts?\.?|ECF(?:\s+Nos?\.)?|Documents?|Docket\s+Entries))?$/i.test(
          title.trim(),
        )
      )
        return false;
      // ("… redacted versions of Doc. ID# 87, Doc. ID# 88, and Doc. ID# 91": the later entries of the same list too.)
      // (Exhibits listed among the copies are copies too: "… and its Exhibits A, B, F, and G [DE 66-1]".)
      if (
        segment.ranges.every((r) => r.kind === 'exhibits') &&
        publicCopiesOf(ctx, block.contentStart, segment.ref, Infinity)
      )
        return false;
      if (REMAINDER_OF.test(title)) return true;
      return !(segment.ranges.length === 0 && (SEALING_MOTION.test(title) || BARE_MOTION.test(title)));
    });
    // ("3. Paragraphs 14-19 of Defendants' Rule 56 Statement (Dkt. 59) shall be redacted. 4. The Association's responses to
    // the same paragraphs, in its Counter-Statement (Dkt. 67), shall be redacted.": the parts the item before named.)
    for (const segment of segments) {
      const same =
        segment.ranges.length === 0 && lastItemParts.length > 0
          ? SAME_PARTS.exec(ctx.scan.slice(block.contentStart, segment.titleEnd))
          : null;
      const kind = same ? partKind(same[1]) : undefined;
      if (kind) segment.ranges = lastItemParts.filter((r) => isPartOfKind(r, kind));
    }
    lastItemParts = segments.findLast((segment) => segment.ranges.some(isPart))?.ranges.filter(isPart) ?? [];
    for (const segment of segments) {
      const phrase = phraseBefore(ctx.scan, block.contentStart, segment.titleEnd);
      const title = titleText(ctx, segment.titleStart, segment.titleEnd);
      ctx.listNamed.push({
        ref: segment.ref,
        // ("The defendants may redact paragraphs 6 through 11 of the Pruett affidavit and pages 3 and 5-6 of their
        // memorandum brief [59]": the brief is [59], not the affidavit the clause named first.)
        title: /\b(?:may|shall|will|must|is|are)\s/i.test(title) ? phrase : title,
        ranges: segment.ranges,
        sentence: { start: block.start, end: block.end },
        request: false,
        phrase,
      });
    }
    // "- page 14, lines 3 through 9;" under that lead-in: locators only, of the lead-in's document.
    if (segments.length === 0 && leadIn?.document && leadIn.disposition && !stated) {
      const ranges = locatorLists(ctx, { start: block.contentStart, end: block.end }).flatMap((l) => l.ranges);
      if (ranges.length > 0)
        out.push({
          directive: {
            item: section.path ? `${section.path}.${block.label}` : block.label,
            document: documentName(
              titleText(ctx, Math.max(0, leadIn.document.start - 60), leadIn.document.start),
              leadIn.document,
              ctx,
            ),
            dockets: leadIn.document.dockets,
            disposition: leadIn.disposition,
            ranges,
            basis: section.basis ?? leadIn.basis,
            standard: standardAt(ctx, section, leadIn.end),
            source: source(ctx, block.start, trimEnd(ctx, block.start, block.end)),
          },
          warnings: [],
          position: block.start,
        });
      continue;
    }
    if (!itemDisposition && own.length === 0) continue;
    // "2. The following records shall be filed under seal: (a) Exhibits 14 through 17 to the Morales Declaration; … (c) the
    // Memorandum at 9:4-10:12 and 13:20-27.": an item with no docket whose parts are of documents named in words, cited
    // before.
    // ("(1) Velaris's motion, ECF No. 19, is granted in part and denied in part. The confidential markings at pages 12-13
    // and 41 of the opening brief may remain.": none but the motion's own.)
    if (
      segments.length === 0 &&
      (itemDisposition || own.length > 0) &&
      (!refStartsIn(ctx, block.contentStart, block.end) ||
        ctx.refs.every((r) => r.start < block.contentStart || r.start >= block.end || isMotionRef(ctx, r)))
    ) {
      const parts = sentences(ctx.scan, block.contentStart, block.end).flatMap((said) => {
        const stated = new Set(rulingsIn(ctx, said.start, said.end).map((r) => r.disposition));
        const disposition = stated.size === 1 ? [...stated][0] : stated.size === 0 ? itemDisposition : null;
        return disposition
          ? withEarlierProse(ctx, block.start, () => wordNamedLocators(ctx, said)).map((target) => ({
              target,
              disposition,
            }))
          : [];
      });
      for (const { target, disposition } of parts) {
        // (Parts only: an exhibit named by its label may be an entry of its own, or attached to another paper.)
        if (target.ref.dockets.length !== 1 || isMotionRef(ctx, target.ref) || !target.ranges.every(isPart)) continue;
        out.push({
          directive: {
            item: section.path ? `${section.path}.${block.label}` : block.label,
            document: documentName(target.title, target.ref, ctx),
            dockets: target.ref.dockets,
            disposition,
            ranges: target.ranges,
            basis: section.basis ?? leadIn?.basis ?? null,
            standard: standardAt(ctx, section, leadIn?.end ?? block.start),
            source: source(ctx, block.start, trimEnd(ctx, block.start, block.end)),
          },
          warnings: [],
          position: block.start,
          linked: true,
        });
      }
      continue;
    }
    // ("1. Capsidyne's motion to impound, D. 112, is ALLOWED in part and DENIED in part. Paragraphs 31-38 and 54 of D. 113
    // … shall remain impounded.": a ruling of the entry's own sentence, before one the sentence before made.)
    const itemSentences = own.length > 1 ? sentences(ctx.scan, block.contentStart, block.end) : [];
    const ownIn = (at: number) => {
      const said = itemSentences.find((t) => at >= t.start && at < t.end);
      const mine = said ? own.filter((r) => r.start >= said.start && r.end <= said.end) : [];
      return mine.length > 0 ? mine : own;
    };
    const dispositionOf = (segment: Segment): Disposition | null =>
      leadIn?.disposition && !stated
        ? leadIn.disposition
        : own.length > 0
          ? dispositionAt(ownIn(segment.ref.start), segment.ref.start, segment.ref.end, ctx.scan)
          : itemDisposition;
    // "(c) … a public version of its memorandum (ECF No. 140) redacting only the material at ECF No. 140 at 4-6": the
    // same entry with its parts makes the bare mention nothing to rule on.
    for (let k = segments.length - 1; k >= 0; k--) {
      const segment = segments[k];
      if (
        segment &&
        segment.ranges.length === 0 &&
        segment.ref.pin.length === 0 &&
        segments.some(
          (other) =>
            other !== segment &&
            other.ranges.length > 0 &&
            other.ref.dockets.join() === segment.ref.dockets.join() &&
            dispositionOf(other) === dispositionOf(segment),
        )
      )
        segments.splice(k, 1);
    }
    const label = section.path ? `${section.path}.${block.label}` : block.label;
    const decidedAt = leadIn?.end ?? block.start;
    // "2. The defendants may redact paragraphs 6 through 11 of the Pruett affidavit and pages 3 and 5-6 of their
    // memorandum brief [59]": beside the item's own document, parts of one it names in words, cited earlier.
    if (segments.length > 0) {
      const span = { start: block.contentStart, end: block.end };
      for (const list of locatorLists(ctx, span)) {
        if (list.ranges.some((r) => r.kind === 'exhibits' || r.kind === 'whole')) continue;
        if (segments.some((sg) => covers(sg.ranges, list.ranges))) continue;
        const sentence =
          sentences(ctx.scan, span.start, span.end).find((t) => list.start >= t.start && list.start < t.end) ?? span;
        const named = namedAfter(ctx, list.end, sentence) ?? namedInEarlierProse(ctx, list.end, sentence);
        if (!named || named.ref.dockets.length !== 1) continue;
        if (segments.some((sg) => sg.ref.dockets.join() === named.ref.dockets.join())) continue;
        const next = segments.find((sg) => sg.ref.start > list.end) ?? segments[segments.length - 1];
        const disposition = next ? dispositionOf(next) : itemDisposition;
        if (!disposition) continue;
        out.push({
          directive: {
            item: `${label}${disposition === 'deny' ? '.denied' : ''}`,
            document: documentName(named.title, named.ref, ctx),
            dockets: named.ref.dockets,
            disposition,
            ranges: list.ranges,
            basis: section.basis ?? leadIn?.basis ?? basisOf(ctx.scan.slice(block.start, block.end)),
            standard: standardAt(ctx, section, decidedAt),
            source: source(ctx, block.start, trimEnd(ctx, block.start, block.end)),
          },
          warnings: [],
          position: list.start,
          linked: true,
        });
      }
    }
    // "b. Paragraphs 6 through 9 of the Declaration [D.E. 164-2] shall be redacted. The Motion is otherwise DENIED as to
    // the Declaration.": the rest of the item's one document refused, so the whole.
    const only = segments.length === 1 ? segments[0] : undefined;
    if (only && only.ranges.length > 0 && dispositionOf(only) === 'redact') {
      const rest = sentences(ctx.scan, block.contentStart, block.end).find(
        (t) =>
          t.start >= only.end &&
          !refStartsIn(ctx, t.start, t.end) &&
          /\b(?:otherwise\s+(?:DENIED|denied)\s+as\s+to|(?:DENIED|Denied|denied)\s+in\s+all\s+other\s+respects\s+as\s+to|(?:remainder|rest|balance)\s+of)\s+(?:the|that|this|each)\s+[A-Za-z]/.test(
            ctx.scan.slice(t.start, t.end),
          ) &&
          rulingsIn(ctx, t.start, t.end).some((r) => r.disposition === 'deny'),
      );
      if (rest)
        out.push({
          directive: {
            item: `${label}.denied`,
            document: documentName(titleText(ctx, only.titleStart, only.titleEnd), only.ref, ctx),
            dockets: only.ref.dockets,
            disposition: 'deny',
            ranges: [{ kind: 'whole' }],
            basis: section.basis ?? leadIn?.basis ?? basisOf(ctx.scan.slice(block.start, block.end)),
            standard: standardAt(ctx, section, decidedAt),
            source: source(ctx, rest.start, trimEnd(ctx, rest.start, rest.end)),
          },
          warnings: [],
          position: rest.start,
        });
    }
    segments.forEach((segment, k) => {
      const disposition = dispositionOf(segment);
      if (!disposition) return;
      // "… (Index #82) is GRANTED as to pages 18 and 19 and DENIED as to pages 20 and 21": one directive per clause.
      const clauseEnd = Math.min(
        segments[k + 1]?.titleStart ?? block.end,
        sentences(ctx.scan, segment.end, block.end)[0]?.end ?? block.end,
      );
      const split = asToClauses(ctx, segment.end, clauseEnd);
      // "… (Doc. No. 45-2) is GRANTED as to pages 2-4 and ¶ 12 and otherwise DENIED": the rest refused, so the whole.
      if (
        split.some((c) => c.disposition === 'redact') &&
        !split.some((c) => c.disposition === 'deny') &&
        // ("… shall remain sealed as to paragraphs 6 through 44 and shall otherwise be unsealed.")
        /\b(?:and\s+)?(?:is\s+)?otherwise\s+(?:DENIED|denied)\b(?!\s+as\s+to\b)|\b(?:shall|will)\s+otherwise\s+be\s+unsealed\b/.test(
          ctx.scan.slice(segment.end, clauseEnd),
        )
      )
        split.push({ disposition: 'deny', ranges: [{ kind: 'whole' }] });
      if (split.length > 0) {
        split.forEach((clause, c) =>
          out.push({
            directive: {
              item: `${section.path ? `${section.path}.${block.label}` : block.label}${clause.disposition === 'deny' ? '.denied' : ''}`,
              document: documentName(titleText(ctx, segment.titleStart, segment.titleEnd), segment.ref, ctx),
              dockets: segment.ref.dockets,
              disposition: clause.disposition,
              ranges: clause.ranges,
              basis: section.basis ?? leadIn?.basis ?? basisOf(ctx.scan.slice(block.start, block.end)),
              standard: standardAt(ctx, section, decidedAt),
              source: source(ctx, block.start, trimEnd(ctx, block.start, block.end)),
            },
            warnings: segment.ref.warnings,
            position: segment.titleStart + 2 + c,
          }),
        );
        // "Paragraphs 31-38 of … Dkt. 57, will remain redacted; the motion is DENIED as to ¶ 44": the item's own
        // locators still stand beside the clause.
        if (segment.ranges.length === 0 || split.some((clause) => clause.disposition === disposition)) return;
      }
      const suffix = segments.length > 1 ? String.fromCharCode(97 + k) : '';
      const span =
        segments.length > 1
          ? { start: k === 0 ? block.start : segment.titleStart, end: trimEnd(ctx, segment.titleStart, segment.end) }
          : { start: block.start, end: trimEnd(ctx, block.start, block.end) };
      let title = titleText(ctx, segment.titleStart, segment.titleEnd);
      // "The Clerk shall unseal ECF No. 190-7": the item's words are a ruling, not a title.
      if (/\b(?:shall|will|may|must|is|are)\b/.test(title)) {
        const named = titleBefore(ctx.scan, segment.titleStart, segment.titleEnd);
        title = named ? tidyTitle(ctx.scan.slice(named.start, named.end)) : '';
      }
      out.push({
        directive: {
          item: label + suffix,
          document: documentName(title, segment.ref, ctx),
          dockets: segment.ref.dockets,
          disposition,
          ranges: segment.ranges.length ? segment.ranges : [{ kind: 'whole' }],
          basis: section.basis ?? leadIn?.basis ?? basisOf(ctx.scan.slice(block.start, block.end)),
          standard: standardAt(ctx, section, decidedAt),
          source: source(ctx, span.start, span.end),
        },
        warnings: segment.ref.warnings,
        position: segment.titleStart,
      });
      // "… the Motion is GRANTED as to ECF No. 71-1 at 4-32, the pages containing his …, and otherwise DENIED.": the rest
      // of the same document refused, so the whole.
      if (
        disposition === 'redact' &&
        segment.ranges.length > 0 &&
        split.length === 0 &&
        /^[^.;]*?\b(?:(?:and\s+)?(?:is\s+)?otherwise\s+(?:DENIED|denied)|(?:shall|will)\s+otherwise\s+be\s+unsealed)\s*[.;]/.test(
          ctx.scan.slice(segment.end, clauseEnd),
        )
      )
        out.push({
          directive: {
            item: `${label}${suffix}.denied`,
            document: documentName(title, segment.ref, ctx),
            dockets: segment.ref.dockets,
            disposition: 'deny',
            ranges: [{ kind: 'whole' }],
            basis: section.basis ?? leadIn?.basis ?? basisOf(ctx.scan.slice(block.start, block.end)),
            standard: standardAt(ctx, section, decidedAt),
            source: source(ctx, span.start, span.end),
          },
          warnings: [],
          position: segment.titleStart + 1,
        });
      // "1. The Haddock deposition, doc. no. 92-3, may be redacted at … The request to redact pp. 112:5-113:20 is
      // DENIED.": a later sentence of the item with locators and no docket rules on the same document.
      {
        const upTo = segments[k + 1]?.titleStart ?? block.end;
        const wholeAt = out.length - 1;
        const ownSentence = sentences(ctx.scan, block.contentStart, block.end).find(
          (sentence) => segment.ref.start >= sentence.start && segment.ref.start < sentence.end,
        );
        const rulesHere =
          !ownSentence ||
          own.some((r) => r.start >= ownSentence.start && r.end <= ownSentence.end) ||
          !!leadIn?.disposition;
        let partsLater = 0;
        let heldRanges: CitedRange[] = [];
        for (const later of sentences(ctx.scan, segment.end, upTo)) {
          if (refStartsIn(ctx, later.start, later.end)) break;
          const said = rulingsIn(ctx, later.start, later.end);
          // ("3. Exhibits 7-12 to the Venkataraman Declaration (Doc. 383-1) shall remain under seal. The motion is DENIED
          // as to Exhibit 13.": more exhibits of the same entry.)
          const exhibitsOnly = segment.ranges.length > 0 && segment.ranges.every((r) => r.kind === 'exhibits');
          let ranges = exhibitsOnly ? locatorLists(ctx, later).flatMap((l) => l.ranges) : locatorsIn(ctx, later);
          // "… paraphrases the same testimony at page 8, lines 3-14. For the reasons stated in paragraph 2, that passage
          // may be redacted.": locators of a sentence that rules on nothing, taken up by "that passage".
          if (said.length === 0) {
            heldRanges = ranges.length > 0 ? ranges : heldRanges;
            continue;
          }
          if (ranges.length === 0 && heldRanges.length > 0 && DEFINITE.test(ctx.scan.slice(later.start, later.end)))
            ranges = heldRanges;
          heldRanges = [];
          // "… shall be redacted at ¶¶ 6-44. The request to seal it in its entirety is DENIED.": the whole document.
          const whole =
            ranges.length === 0 &&
            WHOLE_WORDS.test(ctx.scan.slice(later.start, later.end)) &&
            (/\b(?:it|them)\b/i.test(ctx.scan.slice(later.start, later.end)) ||
              sharedWords(
                titleText(ctx, segment.titleStart, segment.titleEnd),
                ctx.scan.slice(later.start, later.end),
              ) >= 2);
          if (said.length === 0 || (ranges.length === 0 && !whole)) continue;
          const made = out[out.length - 1];
          const ruling = dispositionAt(said, later.end);
          if (made && ruling && !whole) partsLater++;
          if (made && ruling)
            out.push({
              directive: {
                ...made.directive,
                item: ruling === 'deny' ? `${made.directive.item}.denied` : made.directive.item,
                disposition: ruling,
                ranges: whole ? [{ kind: 'whole' }] : ranges,
                source: source(ctx, later.start, trimEnd(ctx, later.start, later.end)),
              },
              warnings: [],
              position: later.start,
            });
        }
        // "2. Harborview's memorandum. … (Paper #44) quotes … The redactions … on pages 6-7 … are ALLOWED": the item rules
        // only on parts, in a later sentence; the document is not ruled on whole.
        if (!rulesHere && partsLater > 0 && segment.ranges.length === 0) out.splice(wholeAt, 1);
      }
      // "(b) Paragraphs 9 through 12 of the Strickland Affidavit (Docket Entry 32) shall be redacted, and Exhibit B to the
      // affidavit shall be sealed in its entirety": exhibits of the same document, named again by its noun.
      {
        const upTo = segments[k + 1]?.titleStart ?? block.end;
        const made = out[out.length - 1];
        const ownSentence = sentences(ctx.scan, block.contentStart, block.end).find(
          (sentence) => segment.ref.start >= sentence.start && segment.ref.start < sentence.end,
        );
        if (made && ownSentence)
          for (const list of locatorLists(ctx, ownSentence)) {
            if (list.start < segment.end || list.end > upTo) continue;
            const self: Bound = {
              ref: segment.ref,
              title,
              ranges: segment.ranges,
              sentence: ownSentence,
              request: false,
            };
            if (!exhibitsOfTarget(ctx, list, [self])) continue;
            const ruling = rulingsIn(ctx, list.end, ownSentence.end)[0]?.disposition ?? disposition;
            out.push({
              directive: { ...made.directive, disposition: ruling, ranges: list.ranges },
              warnings: [],
              position: list.start,
            });
          }
      }
      // "… to seal Exhibit 6 (Doc. 52-8) in its entirety, but Siouxland may redact pages 4-7 of that exhibit."
      const but = disposition === 'deny' ? BUT_MAY.exec(ctx.scan.slice(segment.end, block.end)) : null;
      const allowed = but
        ? parseRangeList(ctx.scan, segment.end + but[0].length, { at: true, limit: block.end })
        : null;
      const last = out[out.length - 1];
      if (allowed && last)
        out.push({
          directive: { ...last.directive, disposition: 'redact', ranges: allowed.ranges },
          warnings: [],
          position: segment.titleStart + 1,
        });
      // "(ECF No. 58) may be redacted at pages 7-8 and at page 12, n.6, but not at page 15": the rest is refused.
      const refused = butNot(ctx, segment.end, block.end);
      if (refused && disposition === 'redact') {
        const made = out[out.length - 1];
        if (made)
          out.push({
            directive: {
              ...made.directive,
              item: `${made.directive.item}.denied`,
              disposition: 'deny',
              ranges: refused,
            },
            warnings: [],
            position: segment.titleStart + 1,
          });
      }
    });
  }
  return out;
}

/** "is GRANTED as to pages 18 and 19 and DENIED as to pages 20 and 21": each ruling with the locators it names. */
function asToClauses(
  ctx: Context,
  from: number,
  limit: number,
  carried: Disposition | null = null,
): { disposition: Disposition; ranges: CitedRange[]; carried?: boolean }[] {
  const out: { disposition: Disposition; ranges: CitedRange[]; carried?: boolean }[] = [];
  // "… DENIED as moot as to Exhibit 7"; "… and as to paragraphs 8 through 11 of that declaration" goes on with the ruling before.
  // New York's Commercial Division: "are approved as to paragraphs 18 through 23 and disapproved as to paragraph 27".
  // (In capitals too: "The proposed redactions to the letter itself [63] are APPROVED as to page 2 and DENIED as to page 3".)
  const re =
    /\b(?:(GRANTED|DENIED|granted|denied|(?:dis)?approved|(?:DIS)?APPROVED|ADOPTED|adopted|REJECTED|rejected)\s+(?:in\s+part\s+)?(?:as\s+moot\s+)?|,?\s*and\s+)as\s+to\s+/g;
  const text = ctx.scan.slice(from, limit);
  // ("DENIED as to Exhibit G (ECF No. 153), a label approval …, and as to Exhibits A, B, F, and H": the ruling before
  // `from` goes on.)
  let last: Disposition | null = carried;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const disposition: Disposition | null = m[1] ? (/^(?:d|rej)/i.test(m[1]) ? 'deny' : 'redact') : last;
    if (!disposition) continue;
    last = disposition;
    // ("… GRANTED as to the license fee schedule at pages 9 through 11": what the pages hold, then where.)
    // ("… GRANTED as to Schedule 1 at pages 18-19": a part of the document by its own label, too.)
    const described =
      /^(?:(?:the|its|his|her|their)\s+(?:[a-z][\w'-]*\s+){1,5}?|(?:Schedule|Appendix|Annex|Attachment|Addendum|Section|Part)\s+[A-Z0-9][\w.]{0,5},?\s+)(?:at|on|in)\s+(?=(?:pages?\b|pp?\.|¶|paragraphs?\b|lines?\b|footnotes?\b|\d+:\d))/.exec(
        ctx.scan.slice(from + m.index + m[0].length, limit),
      );
    const list = parseRangeList(ctx.scan, from + m.index + m[0].length + (described?.[0].length ?? 0), {
      at: true,
      limit,
    });
    // "… GRANTED as to ECF No. 64-2 at 11-14 and DENIED as to the remainder of the report": the rest refused, so the whole.
    if (
      !list &&
      disposition === 'deny' &&
      /^(?:the\s+)?(?:remainder|rest|balance)\b/i.test(ctx.scan.slice(from + m.index + m[0].length, limit))
    )
      out.push({ disposition, ranges: [{ kind: 'whole' }] });
    if (!list) continue;
    // ("… DENIED as to the proposed redaction at page 9, lines 1–14, of the opposition": another document's pages.)
    if (described && /^\s*,?\s*(?:of|in|to)\s+(?:the|its|his|her|their)\b/i.test(ctx.scan.slice(list.end, limit)))
      continue;
    // "… and denied as to Exhibit 5 (ECF No. 77-5)": an exhibit followed by its own docket is the next document.
    if (/^\s*,?\s*[([]/.test(ctx.scan.slice(list.end, limit + 2))) continue;
    out.push({ disposition, ranges: list.ranges, carried: last === carried && !m[1] && out.length === 0 });
  }
  return out;
}

/** ", but not at page 15": locators a grant leaves out, right after the granted ones. */
function butNot(ctx: Context, from: number, limit: number): CitedRange[] | null {
  const m = /^\s*,?\s*but\s+not\s+(?:at|as\s+to|on|in)?\s*/i.exec(ctx.scan.slice(from, limit));
  if (!m) return null;
  const list = parseRangeList(ctx.scan, from + m[0].length, { at: true, limit });
  return list ? list.ranges : null;
}

interface Bound {
  ref: DocketRef;
  title: string;
  ranges: CitedRange[];
  sentence: Span;
  request: boolean;
  /** Named by a bare cite after a sentence that describes it (the title is that sentence). */
  described?: boolean;
  /** Asked for in a list whose lead-in asks to seal or redact ("Defendants ask to seal the following exhibits:"). */
  sealing?: boolean;
  /** The words right before the docket, lower-case ones too ("its memorandum in support of its objection"), for matching. */
  phrase?: string;
  /** What an exhibit cited by its label alone is said to be, right after the cite (see describedAs). */
  saidToBe?: string;
  /** The exhibit label written before a description of it ("Exhibit 6, the … margin reports (D. 40-6)"). */
  label?: string;
}

/**
 * What a bare exhibit label is said to be, right after its cite ("Exhibit 4, Doc. 66-4, is an excerpt from the deposition
 * of Delta's president, Wayne Harkins" → " excerpt from the deposition of Delta's president"), so a later "the Harkins
 * deposition" finds it; '' for any other title, or no such clause.
 */
function describedAs(text: string, title: string, refEnd: number, sentenceEnd: number): string {
  if (!/^(?:the\s+)?(?:exhibit|ex\.)\s+(?:[A-Z]{1,2}|\d{1,3})$/i.test(title.trim())) return '';
  const said = /^[\s,)\]]*(?:is|are|was)\s+(?:a|an|the|its|his|her|their)\s+([^.;:()[\]]{3,90})/.exec(
    text.slice(refEnd, Math.min(sentenceEnd, refEnd + 120)),
  );
  return said ? ` ${(said[1] ?? '').split(/\s(?:which|that|who|and|but)\s/)[0]}` : '';
}

/**
 * A phrase read back from a cite that names no document takes the words of the clause it stands in, so a later mention
 * by the document's head noun finds it: one that ends with its maker ("a 2021 process safety audit of the terminal
 * prepared by an outside consultant, (Docket Entry No. 69-9)" is the audit), or one that is only a year ("2023" in "the
 * gross sales reports Tchoupitoulas submitted for 2022 and 2023 (R. Doc. 49-5)" are the sales reports).
 */
function withHead(text: string, from: number, end: number, phrase: string): string {
  const window = text.slice(Math.max(from, end - 120), end);
  // (The text to take the clause from: before the maker, else, for a year, all of it.)
  const before: string[] = [];
  // (A "by" first: the search for the maker runs for every cited document.)
  const madeBy = /\sby\s/.test(window)
    ? /\b(?:prepared|written|authored|compiled|conducted|issued)\s+by\s+[^,;:()]*,?\s*$/i.exec(window)
    : null;
  if (madeBy && !words(phrase).some(isDocHead)) before.push(window.slice(0, madeBy.index));
  if (/^\s*(?:19|20)\d\d\s*$/.test(phrase)) before.push(window);
  for (const part of before) {
    const clause = part.slice(Math.max(part.lastIndexOf(','), part.lastIndexOf(';'), part.lastIndexOf(':')) + 1);
    if (words(clause).some(isDocHead)) return `${clause.replace(/\s+/g, ' ').trim()} ${phrase}`;
  }
  return phrase;
}

/** Whether a clause ("to the Harkins deposition") names its document by a head noun of what it was said to be. */
function namesWhatItIs(clause: string, saidToBe: string): boolean {
  const heads = new Set(words(saidToBe).filter(isDocHead));
  return words(clause.replace(/^\s*to\s+the\s+/i, ''))
    .slice(0, 4)
    .some((w) => heads.has(w) && w !== 'exhibit');
}

/** Words that end a noun phrase read backwards from a docket cite. */
const PHRASE_STOP = new Set(
  'and or but concerns concern concerning is are was were be been has have had seeks seek asks ask moves move filed files file seal seals sealed redact unseal that which who whose with by as at'.split(
    ' ',
  ),
);

/** The noun phrase before a docket cite, lower-case words included ("concerns its memorandum in support of its objection (doc. no. 58-1)"). */
function phraseBefore(text: string, from: number, end: number): string {
  // ("the transcript of the August 10, 2023 oral argument (ECF No. 58)": a date's comma ends no phrase.)
  // ("the declaration of its chief financial officer, Anna Lindqvist, Dkt. 85": a docket set off by a comma.)
  // (Runs of blanks, where a page's header and footer were, count as one: "a report by their" / footer / header /
  // "agricultural economist, Dr. Wendell Pruitt (Doc. 77-9)".)
  // ("… the declaration of its kiln engineer, Ruth Haldane, with Exhibits A through F attached, at Dkt. 86-2": where it
  // was filed, after the document.)
  const window = dropEnd(
    dropEnd(
      dropEnd(
        text
          .slice(Math.max(from, end - 400), end)
          .replace(/\s+/g, ' ')
          .slice(-100)
          .replace(DATE_COMMA, '$1 '),
        /^\s*(?:Dkts?\.|ECF|Docs?\.|Docket|D\.[EI]\.|#)/.test(text.slice(end, end + 12)) ? ['at'] : [],
        /,?\s+at\s*$/i,
      ),
      [','],
      /,\s*$/,
    ),
    // ("… Héctor Alvarado-Soto, in its entirety (Docket No. 105-3)": how much is asked, after the document.)
    ['entirety', 'full'],
    /,?\s*in\s+(?:its|their)\s+entirety\s*$|,?\s*in\s+full\s*$/i,
  );
  // ("the deposition of its Vice President of Network Contracting, Thomas Okafor (…)": a name in apposition.)
  const cut = lastSeparator(window, window.length);
  let tail = window.slice(cut + 1);
  if (window[cut] === ',' && /^\s*(?:\p{Lu}[\p{L}\w.'-]*\s+){0,2}\p{Lu}[\p{L}\w.'-]*\s*$/u.test(tail))
    tail = window.slice(lastSeparator(window, cut) + 1);
  // ("… of its chief operating officer, Terrence Adeyemi, that it submitted with its opposition (ECF No. 153-2)": the
  // document, before the clause on how it was filed.)
  // ("the affidavit of school counselor Dana Pruett, with its Exhibits A through F, Doc. #60": the document, with what is
  // attached to it.) ("the Declaration of … Lionel Pettigrew, to which Exhibits A through H are attached (doc. no.
  // 61-1)": the document, before the clause about it.)
  else if (
    window[cut] === ',' &&
    /^\s*(?:with|together\s+with|including|(?:on|in|to|from|upon|with)\s+which|(?:(?:that|which)\s+(?:it|he|she|they|[A-Z][\w'’.-]*)\s+)?(?:filed|submitted|lodged)\s+(?:in\s+support\s+of|in\s+opposition\s+to|with))\s/i.test(
      tail,
    )
  ) {
    // ("the declaration of its human resources director, Nadia Brandt, with five exhibits, Dkt. No. 35": read again
    // without the attachments, past the name in apposition.)
    const windowStart = Math.max(from, end - 100);
    const before = text.slice(windowStart, end).replace(DATE_COMMA, '$1 ');
    const at = lastSeparator(before.replace(/,\s*$/, ''), before.replace(/,\s*$/, '').length);
    if (at > 0) return phraseBefore(text, from, windowStart + at);
    tail = window.slice(lastSeparator(window, cut) + 1, cut);
  }
  // ("the Declaration of Dr. Anita Raghavan, Plaintiff's Chief Technology Officer (Doc. No. 60)": a title in apposition.)
  else if (window[cut] === ',' && !words(tail).some((w) => DOC_HEADS.has(w))) {
    const before = window.slice(lastSeparator(window, cut) + 1, cut);
    // ("excerpts of the deposition of Lena Ortiz, its former regional operations manager (Doc. 90-4)": the head in
    // lower case too.)
    if (
      /\b(?:[Dd]eclaration|[Aa]ffidavit|[Dd]eposition|[Rr]eport|[Cc]ertification|[Aa]ffirmation|[Tt]ranscript)\s+of\s+[A-Z]/.test(
        before,
      )
    )
      tail = window.slice(lastSeparator(window, cut) + 1);
  }
  // ("the two comparable license agreements on which she relies (Dkt. Nos. 171-5 and 171-6)": the noun before a relative
  // clause.)
  const relative = /^(.*?)\s+(?:(?:on|in|to|of|from|upon|with|by)\s+)?(?:which|whom)\s+[^,;()]{1,60}$/i.exec(tail);
  if (relative && words(relative[1] ?? '').some(isDocHead)) tail = relative[1] ?? tail;
  // ("the appendix filed with it (Doc. 81)": the document is the appendix, not "it".) ("the exhibits to the Transmittal
  // Affidavit of Owen Pryce submitted with that brief (D.I. 170)": nor the brief.)
  tail = dropEnd(tail, ['it', 'them'], /\s+(?:filed|submitted|lodged|attached)\s+(?:with|to)\s+(?:it|them)\s*$/i);
  tail = dropEnd(
    tail,
    ['brief', 'motion', 'memorandum', 'opposition', 'reply', 'response', 'petition', 'application'],
    /\s+(?:filed|submitted|lodged)\s+(?:with|in\s+support\s+of)\s+(?:that|this|the\s+same|its|their)\s+(?:brief|motion|memorandum|opposition|reply|response|petition|application)\s*$/i,
  );
  // ("Appellant filed volume 5 provisionally under seal (Docket Entry No. 19)": how it was filed, after the document.)
  tail = dropEnd(
    tail,
    ['seal', 'camera'],
    /\s+(?:(?:provisionally|conditionally|temporarily)\s+)?(?:under\s+seal|in\s+camera)\s*$/i,
  );
  return wordsBack(tail.replace(/,/g, ' '));
}

/**
 * `text` less what `tail` (anchored at the end) matches, tried only when the text ends with one of `endings` (case aside,
 * blanks aside): a pattern anchored at the end is otherwise tried at every position of the window, for nothing.
 */
function dropEnd(text: string, endings: string[], tail: RegExp): string {
  const last = text.trimEnd().slice(-12).toLowerCase();
  return endings.some((ending) => last.endsWith(ending)) ? text.replace(tail, '') : text;
}

/** The index of the last phrase separator (, ; : ( ) [ ]) before `end`, or -1. */
function lastSeparator(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (',;:()[]'.includes(text[i] ?? '')) return i;
  return -1;
}

const DATE_COMMA =
  /\b((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}),(?=\s+\d{4})/g;

/** The words at the end of `text`, back to a word that ends a noun phrase. */
function wordsBack(text: string): string {
  const list = text.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = list.length - 1; i >= 0 && kept.length < 14; i--) {
    const w = list[i] ?? '';
    // "the Reeves Report as Exhibit 1 (Dkt. #182-2)": the name goes on before "as Exhibit 1".
    if (w.toLowerCase() === 'as' && /^(?:Exhibit|Ex\.|Attachment|Tab)$/i.test(kept[0] ?? '')) continue;
    // ("a report by their agricultural economist, Dr. Wendell Pruitt (Doc. 77-9)": the document is the report.)
    if (w.toLowerCase() === 'by' && DOC_HEADS.has((list[i - 1] ?? '').toLowerCase())) {
      kept.unshift(w);
      continue;
    }
    if (PHRASE_STOP.has(w.toLowerCase())) break;
    kept.unshift(w);
  }
  return kept.join(' ');
}

/** The words a document is known by: its title and the phrase before its docket. */
function knownWords(b: Bound): string[] {
  // (Asked of the same cited documents again and again, and of copies of them: kept by title, then phrase, the same
  // string objects each time, so no key is built and hashed anew.)
  const phrase = b.phrase ?? '';
  let byPhrase = knownByTitle.get(b.title);
  if (!byPhrase) knownByTitle.set(b.title, (byPhrase = new Map()));
  let known = byPhrase.get(phrase);
  if (!known) {
    known = words(`${b.title} ${phrase}`).filter((w) => !TITLE_STOP.has(w));
    byPhrase.set(phrase, known);
  }
  return known;
}
/** Titles seen again and again in one order: their words, once (cleared for every order). */
const knownByTitle = new Map<string, Map<string, string[]>>();

/** Forgets what earlier orders cached. */
export function clearAssemblyCaches(): void {
  knownByTitle.clear();
}

/**
 * The one document a sentence tells of ("… the Court issued under seal its Opinion and Order denying plaintiff's motion …"
 * → "Opinion and Order", "… the transcript of the October 9, 2024 oral argument, which …" → "transcript of the October 9"),
 * or null where it names none or several, or says nothing of filing or sealing it. Motions, applications and petitions
 * do not count.
 */
function describedDocument(text: string): string | null {
  // (A paper the sentence tells of filing, issuing or sealing: "Prairie Wind sued Northstar for the fee it says the
  // parties' Program Agreement requires. Docket 1." cites the complaint, not the agreement.)
  if (!FILED_OR_SEALED.test(text)) return null;
  const tokens = [...text.matchAll(/[A-Za-z][\w'’-]*/g)];
  const heads: number[] = [];
  tokens.forEach((t, i) => {
    const w = t[0].toLowerCase();
    if (isDocHead(w) && !/^(?:motions?|applications?|petitions?)$/.test(w)) heads.push(i);
  });
  const first = heads[0];
  const last = heads[heads.length - 1];
  if (first === undefined || last === undefined) return null;
  // ("Opinion and Order": heads one joining word apart are one name.)
  for (let k = 1; k < heads.length; k++)
    if (heads[k]! - heads[k - 1]! !== 2 || !/^(?:and|&)$/i.test(tokens[heads[k]! - 1]![0])) return null;
  const gapFree = (a: number, b: number) =>
    !/[,;:()[\]]/.test(text.slice(tokens[a]!.index + tokens[a]![0].length, tokens[b]!.index));
  let start = first;
  // ("the Ruiz Declaration": the capitalised words before the head.)
  while (
    start > 0 &&
    first - start < 3 &&
    /^[A-Z]/.test(tokens[start - 1]![0]) &&
    !/^(?:The|On|In|A|An|Its|Their|His|Her|This|That)$/.test(tokens[start - 1]![0]) &&
    gapFree(start - 1, start)
  )
    start--;
  let end = last;
  // ("the Declaration of Nadia Okoro", "the transcript of the October 9 …": its "of" phrase, a few words of it.)
  if (tokens[end + 1]?.[0] === 'of' && gapFree(end, end + 1))
    for (let k = end + 2; k < tokens.length && k <= last + 5 && gapFree(k - 1, k); k++) {
      if (PHRASE_STOP.has(tokens[k]![0].toLowerCase())) break;
      end = k;
    }
  const name = text.slice(tokens[start]!.index, tokens[end]!.index + tokens[end]![0].length);
  // ("Lingora filed a declaration in support of sealing. Dkt. No. 205.": a name with nothing but its head, which any later
  // "Kowalczyk Declaration" would seem to match, is left unknown.)
  return /[A-Z]/.test(name) || end > last ? name : null;
}
const FILED_OR_SEALED = /\b(?:fil(?:ed|es|ing)|issued|submitted|lodged|entered|attached|seal|redact)\b/i;

/** A ruling that points back at parts just located ("that testimony", "those passages", "redact it"). */
const POINTS_BACK_TO_PARTS =
  /\bth(?:ose|ese|at|is)\s+(?:passages?|portions?|paragraphs?|pages?|lines?|footnotes?|testimony|excerpts?|redactions?)\b/i;
/** "her publicly filed Amended Complaint [ECF No. 31]", "The public redacted versions already on the docket (ECF Nos. 209
 * and 210)": a filing the order calls public already. */
const PUBLICLY_FILED_CITED =
  /\b(?:publicly[- ]filed\s+(?!(?:at|as|on|in|with|under|by)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:public|redacted)\s+(?:redacted\s+)?(?:versions?|cop(?:y|ies))\s+already\s+on\s+the\s+(?:public\s+)?docket)\s*,?\s*[([]?\s*$/i;
/** "the Stipulated Protective Order, Dkt. # 41", "the parties' Confidentiality Order (ECF No. 22)". */
// ("… and the temporary sealing order (Dkt. 40) is dissolved as to them", Tex. Bus. Ct.: the order that kept them sealed.)
const PROTECTIVE_ORDER_CITED =
  /\b(?:Protective|Confidentiality|(?:temporary|interim|provisional)\s+sealing|bidding\s+procedures|sale|scheduling|case\s+management)\s+Or-?\s*der\s*,?\s*(?:at\s+|see\s+)?[([]?\s*$/i;
/** A document that holds exhibits: a declaration, affidavit, appendix or compendium. */
const EXHIBIT_HOLDER =
  /\b(?:declaration|decl\.|affidavit|aff\.|certification|affirmation|appendix|compendium|index|(?:single|one|combined)\s+attachment)\b/i;
/** An exhibit list's own document after it ("… to the Raman Declaration", "of the appendix"). */
const OF_PHRASE_AHEAD = /^\s*,?\s*(?:to|of|in|attached\s+to)\s/i;

/** A sentence's lists of exhibits that name no document after them ("as to Exhibits 4 through 6 and 11"). */
function exhibitLists(ctx: Context, sentence: Span): RangeListMatch[] {
  return locatorLists(ctx, sentence).filter(
    (l) =>
      l.ranges.length > 0 &&
      l.ranges.every((r) => r.kind === 'exhibits') &&
      !OF_PHRASE_AHEAD.test(ctx.scan.slice(l.end, l.end + 12)),
  );
}

/** Those exhibits, when `doc` holds exhibits (a declaration, an appendix) and is not itself an exhibit. */
function heldExhibits(ctx: Context, sentence: Span, doc: Bound): CitedRange[] {
  const name = `${doc.phrase ?? ''} ${doc.title}`;
  if (!EXHIBIT_HOLDER.test(name) || /^\s*(?:the\s+)?(?:Exhibit|Ex\.)/i.test(doc.title)) return [];
  return exhibitLists(ctx, sentence).flatMap((l) => l.ranges);
}

/** What a sentence holds besides its docket cites (each blanked), or null when it cites none. */
function besideCites(ctx: Context, sentence: Span): string | null {
  const original = ctx.scan.slice(sentence.start, sentence.end);
  let rest = original;
  for (const ref of ctx.refs) {
    if (ref.start >= sentence.start && ref.end <= sentence.end)
      rest =
        rest.slice(0, ref.start - sentence.start) +
        ' '.repeat(ref.end - ref.start) +
        rest.slice(ref.end - sentence.start);
  }
  return rest === original ? null : rest;
}

/** The short name a bare cite gives its document: 'Dkt. 88-3 ("Boateng Decl.").' → "Boateng Declaration". */
function shortNameOfCite(rest: string): string | null {
  const name = /^\s*\(\s*["“]([A-Z][^"”()]{1,40}?)[.,]?["”]\s*\)\s*[.;,]?\s*$/.exec(rest)?.[1];
  if (!name) return null;
  return name.replace(/\b([A-Z][a-z]{1,5})\.?(?=\s|$)/g, (word, stem: string) => {
    const full = ABBREVIATED_HEADS[stem.toLowerCase()];
    return full ? full.charAt(0).toUpperCase() + full.slice(1) : word;
  });
}

function proseCandidates(
  ctx: Context,
  para: Block,
  section: Section,
  decided: Set<string>,
  itemBefore: Bound | null = null,
): Candidate[] {
  const out: Candidate[] = [];
  const all = parens(ctx.scan, para.start, para.end);
  const bound: Bound[] = [];
  const rulingSentences: {
    sentence: Span;
    targets: Bound[];
    previous: Bound[];
    forced?: Disposition;
    focus?: Bound | null;
    pending?: CitedRange[];
    pendingFrom?: Span | null;
    before?: Span | null;
  }[] = [];
  let lastTargets: Bound[] = [];
  // The document the paragraph is about (the last one it named with a docket), and locators a sentence gave without one.
  // "4. The deposition excerpts, Doc. 38-6, may be redacted at … ¶ Motion denied as to 57:1-25.": a sentence split off the
  // numbered item before it goes on about that item's document.
  let focus: Bound | null = itemBefore;
  let pending: CitedRange[] = [];
  let pendingFrom: Span | null = null;
  let previousRequest = false;
  /** Every sentence of the paragraph that reports a request, with or without a docket. */
  const requestSentences: Span[] = [];
  let previousSentence: Span | null = null;
  for (const sentence of sentences(ctx.scan, para.start, para.end)) {
    const text = rulingWords(ctx.scan.slice(sentence.start, sentence.end).trim());
    // "ECF No. 52." standing alone, the way some courts cite: nothing but the cite.
    const rest = besideCites(ctx, sentence);
    const bareCites = rest !== null && /^[\s.,;()[\]]*$/.test(rest);
    // (Not in parentheses or brackets, which the cases below read their own way.)
    const bare = !/^[([]/.test(text);
    // ('… analyzed FreshFold's route-level delivery data. Dkt. 88-3 ("Boateng Decl.").': a bare cite that names its
    // document.)
    const shortName = rest !== null && bare ? shortNameOfCite(rest) : null;
    const citesOnly = (bareCites || shortName !== null) && bare;
    // "(#186 at 17)." standing alone is a record citation, not a document to act on.
    // ("[R. 57 at 3-4.]" in brackets too.)
    if (
      citesOnly ||
      /^\([^()]*\)[.;,]?$/.test(text) ||
      /^\[[^[\]]*\][.;,]?$/.test(text) ||
      /^\(?(?:See|see|Cf\.|cf\.)\s/.test(text)
    ) {
      // "Plaintiffs ask to file their motion under seal. See Docket No. 438 (sealed emergency motion …)": the cite names
      // the lodged document the request is about.
      if (previousRequest && !citesOnly) bound.push(...lodgedCites(ctx, sentence));
      // "The transcript of that hearing has been filed … (D.I. 305).": the cite names what the sentence before describes.
      // ("The Plaintiff also asks to file his response brief under seal. See Doc. No. 48.": a bare "See" cite too.)
      const inSentence = ctx.refs.filter((r) => r.start >= sentence.start && r.end <= sentence.end);
      const bareSee =
        inSentence.length === 1 &&
        /^(?:See|see)\s*[.;,]?\s*$/.test(
          (
            ctx.scan.slice(sentence.start, inSentence[0]!.start) + ctx.scan.slice(inSentence[0]!.end, sentence.end)
          ).trim(),
        );
      // ("… the Court issued under seal its Opinion and Order denying plaintiff's motion …. ECF No. 52.": a bare cite
      // after the sentence, the Court of Federal Claims' way.)
      // (Or in brackets, D. Haw.'s way: "Exhibit 6 is the School's Concussion Management Protocol. [Dkt. no. 115-7.]".)
      const alone =
        /^\([^()]*\)[.;,]?$/.test(text) || /^\[[^[\]]*\][.;,]?$/.test(text) || bareSee || citesOnly ? inSentence : [];
      const only = alone.length === 1 ? alone[0] : undefined;
      // ("Before the Court is Defendant's Motion for Leave to File Under Seal. (Doc. 79).": the motion itself.)
      // ("Plaintiff has since filed a Notice of Challenge to the continued confidential treatment of … (Dkt. 58.)", too.)
      const describesMotion =
        !!previousSentence &&
        /^(?:(?:Before|Pending\s+before)\s+the\s+Court\s+(?:is|are)|This\s+matter\s+(?:is|comes)\s+before\s+the\s+Court\s+on)\b|^[^,;]{0,80}?\b(?:filed|submitted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:motion|application|notice|petition)\b/i.test(
          ctx.scan.slice(previousSentence.start, previousSentence.end).trim(),
        ) &&
        SEALING_MOTION.test(rulingWords(ctx.scan.slice(previousSentence.start, previousSentence.end)));
      // (A bare cite only names the document told of; the motion and the lodged copies are read from cites in brackets.)
      if (only && describesMotion && !citesOnly) for (const d of only.dockets) ctx.motions.add(d);
      // (Only a sentence about one document: after "Genesee Valley opposes the motion in part. Dkt. 79." or "Brandywine
      // opposes the motion in part. (D.I. 187.)", the cite says who said it.)
      const title =
        only && !describesMotion && only.pin.length === 0 && only.dockets.length === 1 && !isMotionRef(ctx, only)
          ? (shortName ??
            (previousSentence ? describedDocument(ctx.scan.slice(previousSentence.start, previousSentence.end)) : null))
          : null;
      // ("Exhibit 6 is the School's Concussion Management Protocol. [Dkt. no. 115-7.]": D. Haw.'s cite after the sentence
      // that says what an exhibit is; the exhibit, by its label, with what it is said to be.)
      const exhibitSaid =
        only && !describesMotion && only.pin.length === 0 && only.dockets.length === 1 && previousSentence
          ? /^\s*(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s+(?:is|consists|contains|comprises)\b([^.;]*)/.exec(
              ctx.scan.slice(previousSentence.start, previousSentence.end),
            )
          : null;
      // ("[CSOF, Decl. of Counsel, Exhs. 3, 4 (dkt. nos. 115-4, 115-5).]": exhibits by label, each its own entry.)
      const bracketLabels =
        /^\[/.test(text) && inSentence.length === 1
          ? /\bExhs?\.\s+([A-Z0-9]{1,3}(?:\s*(?:,|and|&)\s*[A-Z0-9]{1,3})*)\s*\(/.exec(text)
          : null;
      const labels = bracketLabels ? (bracketLabels[1] ?? '').split(/\s*(?:,|and|&)\s*/).filter(Boolean) : [];
      const cite = inSentence[0];
      if (
        cite &&
        labels.length > 0 &&
        cite.pin.length === 0 &&
        cite.dockets.length === labels.length &&
        cite.dockets.every((d) => /\d-\d/.test(d))
      ) {
        labels.forEach((label, i) =>
          ctx.named.push({
            ref: { ...cite, dockets: [cite.dockets[i] ?? ''] },
            title: `Exhibit ${label}`,
            ranges: [],
            sentence,
            request: false,
            described: true,
            label: label.toUpperCase(),
            phrase: previousSentence ? ctx.scan.slice(previousSentence.start, previousSentence.end) : '',
          }),
        );
        if (labels.length === 1) focus = ctx.named[ctx.named.length - 1] ?? focus;
      } else if (only && exhibitSaid && !title)
        ctx.named.push({
          ref: only,
          title: `Exhibit ${exhibitSaid[1]}`,
          ranges: [],
          sentence,
          request: false,
          described: true,
          label: (exhibitSaid[1] ?? '').toUpperCase(),
          phrase: exhibitSaid[2] ?? '',
          saidToBe: exhibitSaid[2] ?? '',
        });
      if (only && title) {
        const entry: Bound = { ref: only, title, ranges: [], sentence, request: false, described: true };
        if (exhibitSaid) entry.label = (exhibitSaid[1] ?? '').toUpperCase();
        ctx.named.push(entry);
        // (A cite that names its document, as a "See" cite with a short name does, is what the paragraph goes on about.)
        if (shortName) focus = entry;
      }
      // "… two passages from the deposition of its contracts director, Alan Kessler. See Kessler Dep., ECF No. 40-5.": the
      // document cited with a short name is what the paragraph goes on about.
      const see = /^(?:See|see)\s+([^,()]{2,60}),\s*$/.exec(
        text.slice(0, Math.max(0, cited(ctx, sentence)?.start ?? 0) - sentence.start),
      );
      const seen = cited(ctx, sentence);
      if (see && seen && seen.pin.length === 0 && seen.dockets.length === 1 && !isMotionRef(ctx, seen)) {
        const entry: Bound = {
          ref: seen,
          title: tidyTitle(see[1] ?? ''),
          ranges: [],
          sentence,
          request: false,
          phrase: previousSentence ? ctx.scan.slice(previousSentence.start, previousSentence.end) : '',
        };
        ctx.named.push(entry);
        focus = entry;
      }
      continue;
    }
    // ("[1] ¶ 27." standing alone, too.)
    if (bareCites) continue;
    const explicit = EXPLICIT_RULING.test(text);
    const request = !explicit && isRequest(text);
    const rulings = request ? [] : sentenceRulings(ctx, sentence);
    const targets: Bound[] = [];
    const sentenceText = ctx.scan.slice(sentence.start, sentence.end);
    const unaffected = UNAFFECTED.test(sentenceText);
    // "AND NOW, … upon consideration of … Motion to Seal (ECF No. 61), Plaintiff's Response in Opposition (ECF No. 64),
    // and Defendant's Reply (ECF No. 66), it is hereby ORDERED that the Motion is GRANTED": the papers read, not ruled on.
    // (Only where "ORDERED" follows, which the pattern needs: a lazy scan of every clause otherwise.)
    const considered = sentenceText.includes('ORDERED') ? CONSIDERED.exec(sentenceText) : null;
    const consideredEnd = considered ? sentence.start + considered.index + considered[0].length : -1;
    for (const { ref, paren } of targetRefs(ctx, sentence.start, sentence.end, all)) {
      if (isMotionRef(ctx, ref) || unaffected || ref.end <= consideredEnd) continue;
      // "for the reasons stated in the Court's Order at ECF No. 82": the court's own earlier order, cited as a reason.
      if (COURT_ORDER_CITED.test(ctx.scan.slice(Math.max(sentence.start, ref.start - 60), ref.start))) continue;
      // "… and DEFERS ruling as to [DE 80-3]": not decided here.
      if (
        /\b(?:defers?|reserves?|deferring|reserving)\s+(?:its\s+)?(?:ruling|decision|judgment)\s+(?:as\s+to|on)\s*[([]?\s*$/i.test(
          ctx.scan.slice(Math.max(sentence.start, ref.start - 60), ref.start),
        )
      )
        continue;
      // "… in terms Brazos has already put on the public record, see Dkt. No. 139 at 6, and the request is DENIED": a record
      // cite, inline.
      // (Also "…, see Complaint (Doc. #1) ¶ 34; Answer (Doc. #9) ¶ 34, and the Court overrules …": pleadings cited by title.)
      const cited = ctx.scan.slice(Math.max(sentence.start, ref.start - 60), ref.start);
      if (
        // ("see ECF No. 1 paras. 12-19; ECF No. 9 paras. 12-19": the signal's next pinned cite too.)
        (ref.pin.length > 0 &&
          /[,;]\s*(?:see|cf\.)\s+(?:also\s+)?(?:(?:[^.;]|\.(?=\s*[#\d])){1,50}?;\s*)?$/.test(cited)) ||
        /[,;]\s*(?:see|cf\.)\s+(?:also\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}\(\s*$|\bsee\s+(?:[^.;]|\.(?=\s*[#\d])){1,50}?;\s*(?:[A-Z][\w.'’-]*\s+){1,3}\(\s*$/.test(
          cited,
        )
      )
        continue;
      // "GRANTED as to the proposed redactions at 14:3-16 …; the supporting declaration (D.I. 241-1 at 2-3) adequately
      // explains …": a pin cite in a clause of its own, after the ruling's, that rules on nothing.
      if (ref.pin.length > 0) {
        const clauseStart = ctx.scan.lastIndexOf(';', ref.start);
        const clauseEnd = ctx.scan.indexOf(';', ref.end);
        const end = clauseEnd < 0 || clauseEnd > sentence.end ? sentence.end : clauseEnd;
        if (
          clauseStart > sentence.start &&
          rulings.some((r) => r.end <= clauseStart) &&
          !rulings.some((r) => r.start > clauseStart && r.start < end)
        )
          continue;
      }
      // "MEMORANDUM OF LAW in Opposition re [151] MOTION for Summary Judgment": CM/ECF's link to another entry; the words
      // before it name the entry that links, not the one linked.
      if (/\bre:?\s*\[?\s*$/.test(ctx.scan.slice(Math.max(sentence.start, ref.start - 6), ref.start))) continue;
      // ("07/10/2025  [38]  ORDER: The motion … is GRANTED": a docket sheet's entry for an order, not a paper it rules on.)
      if (
        /^[\s\]]*(?:(?:MINUTE|TEXT|PAPERLESS)\s+)?ORDER\b/.test(ctx.scan.slice(ref.end, ref.end + 24)) &&
        /\b\d{1,2}\/\d{1,2}\/\d{2,4}\s*\[?\s*$/.test(ctx.scan.slice(Math.max(0, ref.start - 16), ref.start))
      )
        continue;
      // "… could use this information against it, ECF No. 120 at 4-6": the motion's own pages cited as support.
      if (ref.pin.length > 0 && ref.dockets.every((d) => ctx.motions.has(d))) continue;
      let titleEndAt = paren ? paren.open : ref.start;
      const right = rangesRightBefore(ctx, sentence.start, titleEndAt, ref);
      if (right) titleEndAt = right.start;
      const exhibitTitle = exhibitTitleBefore(ctx, sentence.start, titleEndAt);
      const title = exhibitTitle ?? titleBefore(ctx.scan, sentence.start, titleEndAt);
      let titleStr = title ? tidyTitle(ctx.scan.slice(title.start, title.end)) : '';
      // "Plaintiff's motion to seal Exhibits F, G, H, I, J, K, and L (Doc. Nos. 37-2 through 37-8)": the object is the document.
      const object = sealingObject(titleStr);
      if (object) titleStr = object;
      else if (REMAINDER_OF.test(titleStr)) titleStr = '';
      if (SEALING_MOTION.test(rulingWords(titleStr))) continue;
      const lead = ctx.scan.slice(Math.max(sentence.start, titleEndAt - 90), titleEndAt);
      const publicCopy = PUBLIC_COPY.test(lead) || REDACTED_COPY.test(lead) || publicCopiesOf(ctx, sentence.start, ref);
      // "The request to seal ECF No. 100-3 is GRANTED": a bare docket right after the verb is its object, not the motion.
      const verbObject =
        !paren &&
        (/\bto\s+(?:seal|redact)\s+$/i.test(ctx.scan.slice(sentence.start, ref.start)) ||
          REMAINDER_OF.test(ctx.scan.slice(sentence.start, ref.start)));
      const motionBefore =
        (!titleStr && !verbObject && SEALING_MOTION_BEFORE.test(ctx.scan.slice(sentence.start, titleEndAt))) ||
        // "grant the administrative motions at ECF No. 780 and ECF No. 814": the motions themselves.
        // (Not "its Brief in Support of its Motion (ECF No. 57)": a paper about the motion.)
        (!exhibitTitle &&
          /\b(?:motions?|applications?|stipulations?)\s+(?:(?:at|in|filed\s+at|docketed\s+at)\s+)?$/i.test(lead) &&
          !/\b(?:brief|memorandum|declaration|affidavit|reply|opposition|response|appendix|statement|transcript)\b[^.;]{0,40}?\b(?:in\s+support\s+of|in\s+opposition\s+to|to)\s+(?:the\s+|its\s+|their\s+|\w+'s\s+)?(?:[\w-]+\s+){0,3}?(?:motions?|applications?)\s*$/i.test(
            titleStr,
          ));
      const after = paren ? paren.close + 1 : ref.end;
      // ("as to those paragraphs (ECF No. 1 ¶¶ 31-33)": the parts cited inside the parentheses, after the entry.)
      // (Not a record cite with a comma, "(doc. no. 50, p. 7 n.4)", which says where a passage is.)
      const inside =
        paren && ref.pin.length === 0 && /^\s*(?:¶|pp?\.|at\b)/.test(ctx.scan.slice(ref.end, paren.close))
          ? rangesAfter(ctx, ref.end, paren.close)
          : null;
      const list = ref.pin.length ? null : (inside ?? rangesAfter(ctx, after, sentence.end));
      let own = [...(right?.ranges ?? []), ...(list?.ranges ?? [])];
      if (own.length === 0 && title) {
        own = rangesLeading(ctx, title.start, title.end, ref);
        if (own.length === 0) own = rangesBeforeTitle(ctx, sentence.start, title.start, ref);
      }
      // "wants to redact paragraphs 31 through 38 of its proposed findings of fact, Dkt. 57": a title in lower case.
      if (own.length === 0 && ref.pin.length === 0) own = rangesBeforeTitle(ctx, sentence.start, titleEndAt, ref);
      // "Exhibits 2, 4, and 5 of its index of evidence (Filing No. 85-2, Filing No. 85-4, and Filing No. 85-5)": one
      // attachment per label, each the whole of its exhibit.
      const together = paren
        ? ctx.refs.filter(
            (r) => r.start > paren.open && r.end <= paren.close && r.dockets.length === 1 && r.pin.length === 0,
          )
        : [];
      const labelled = exhibitLabels(own);
      if (
        labelled &&
        together.length > 1 &&
        labelled.length === together.length &&
        together.every((r) => hasAttachment(r))
      )
        own = [];
      // "paragraphs 22 through 29 of Defendants' Statement (Filing ID 17438201) and of Plaintiff's Controverting Statement
      // (Filing ID 17511940)": the same parts of each.
      const prior = targets[targets.length - 1];
      if (
        own.length === 0 &&
        ref.pin.length === 0 &&
        prior &&
        prior.ranges.length > 0 &&
        AND_OF_NEXT.test(ctx.scan.slice(prior.ref.end, title?.start ?? titleEndAt))
      )
        own = [...prior.ranges];
      // "The letter motion at ECF No. 118", "Plaintiff's Motion (Dkt. #50)" with nothing to redact in it: the motion itself.
      // (Not "the transcript of the November 20, 2023 hearing on that motion (Dkt. 22)": a transcript.)
      if (
        BARE_MOTION.test(titleStr) &&
        own.length === 0 &&
        ref.pin.length === 0 &&
        !/\b(?:transcripts?|hearing|argument)\s+(?:[\w,'’-]+\s+){0,8}$/i.test(
          ctx.scan.slice(Math.max(sentence.start, titleEndAt - 90), titleEndAt).replace(/\S+\s*$/, ''),
        )
      )
        continue;
      if (motionBefore && own.length === 0 && ref.pin.length === 0) continue;
      // "pages 4 through 32 of Dkt. No. 135, as numbered by the ECF header": the entry's stamped pages.
      const stamped =
        /^[\s)\]]*,?\s*as\s+(?:numbered|paginated)\s+(?:by|in)\s+the\s+(?:CM\/)?ECF\s+(?:header|stamp|pagination)/i.test(
          ctx.scan.slice(after, after + 80),
        );
      // ("GRANTED as to Schedules A through C of the Agreement, [#151-2 at 4-32]": the pin says where the schedules are.)
      const ownBesidePin = ref.pin.length > 0 ? own.filter((r) => r.kind !== 'exhibits') : own;
      // ("In a footnote to its reply, Doc. [72] at 1 n.1, Meramec asks that the pages of the reply that quote Schedule A, pages
      // 3 and 6, receive the same treatment": the pin says where the request is made; the parts asked for come after.)
      const pinIsWhere =
        ref.pin.length > 0 &&
        /\bin\s+(?:a\s+)?footnote\s+(?:to|in|of)\s+[^,;.()]{0,50}?,?\s*$/i.test(
          ctx.scan.slice(sentence.start, ref.start),
        );
      const askedAfter = pinIsWhere
        ? locatorLists(ctx, sentence)
            .filter((l) => l.start >= after && !refStartsIn(ctx, l.end, Math.min(sentence.end, l.end + 60)))
            .flatMap((l) => l.ranges)
            .filter(isPart)
        : [];
      const ranges = [...(askedAfter.length > 0 ? [] : ref.pin), ...ownBesidePin, ...askedAfter].map((r) =>
        stamped && r.kind === 'pages' ? ({ kind: 'ecfPages', from: r.from, to: r.to } as CitedRange) : r,
      );
      // "Docket Entry 227 shall remain sealed, with the public version at Docket Entry 228 redacting page 12, lines 4-9":
      // the locators belong to the sealed document named before it.
      const previous = targets[targets.length - 1];
      if (
        previous &&
        PUBLIC_VERSION_BEFORE.test(ctx.scan.slice(previous.ref.end, ref.start)) &&
        previous.ranges.length === 0
      ) {
        previous.ranges = ranges;
        continue;
      }
      // "… and the redacted version of the Fee Letter filed at Docket No. 244": the public copy needs nothing.
      if (publicCopy && own.length === 0) continue;
      // "The redactions proposed in the Joint Redaction Chart (d/e 90-1) are APPROVED": the chart lists what is redacted
      // elsewhere; it is not itself sealed.
      if (
        own.length === 0 &&
        /\b(?:chart|table|index|log|list)\s*,?\s*$/i.test(titleStr) &&
        /\b(?:proposed|set\s+out|listed|identified|described)\s+in\s+/i.test(lead)
      )
        continue;
      // "The redactions proposed in the parties' joint status report, ECF No. 54, are ADOPTED. Intervenor's proposed
      // redactions, ECF No. 55, are ADOPTED IN PART": the filings that propose redactions, not what is redacted.
      if (own.length === 0 && PROPOSES_REDACTIONS.test(lead)) continue;
      // "Having reviewed the motions, Salish's response (Dkt. # 108), the documents at issue, and the balance of the record, the
      // Court GRANTS in part …": what the Court read before ruling.
      if (
        own.length === 0 &&
        /^\s*(?:Having|After)\s+(?:(?:carefully|fully|now)\s+)?(?:reviewed|review(?:ing)?|considered|considering|read)\b(?:(?!\b(?:Court|that|finds?|I)\b)[^.;])*$/i.test(
          lead,
        )
      )
        continue;
      // "… its designation under the protective order (R. Doc. 31)": the order that governs confidentiality is cited, not sealed.
      // ("… produced under a protective order, like the one entered here, (Docket Entry No. 30)".)
      if (
        /\b(?:protective|confidentiality|scheduling)\s+order\s*,?\s*(?:(?:like|such\s+as|as)\s+the\s+one\s+(?:entered|issued)\s+(?:here|in\s+this\s+case)\s*,?\s*)?$/i.test(
          lead,
        ) &&
        own.length === 0
      )
        continue;
      // "… page 9, which merely repeats crew-size figures already alleged in the public Complaint (Dkt. 1 ¶ 22)": where the
      // information is already public, cited as a reason.
      if (
        /\b(?:already|previously)\s+(?:\w+\s+){0,2}?(?:alleged|disclosed|filed|quoted|published|made\s+public|public|stated|set\s+out|appears?|appeared)\b[^.;()]{0,60}[\s(]*$/i.test(
          lead,
        ) ||
        // ("… summarize the license agreement attached to the public complaint [1-2]".)
        /\b(?:attached\s+to|filed\s+with|quoted\s+in)\s+(?:the|its|their|his|her|a)\s+public(?:ly\s+filed)?\s+[\w-]+\s*,?[\s([]*$/i.test(
          lead,
        ) ||
        /\b(?:disclosed|alleged|stated|revealed|quoted|published)\s+(?:[\w'’]+\s+){0,4}?in\s+(?:its|their|his|her|the|a)\s+public(?:ly\s+filed)?\s+[\w-]+\s*,?[\s(]*$/i.test(
          lead,
        ) ||
        // "… which the district court quoted in its summary judgment order (Doc. 385 at 6-9)": a court's own ruling cited.
        /\b(?:quoted|cited|discussed|described|addressed|relied\s+on)\s+(?:[\w'’]+\s+){0,3}?in\s+(?:its|their|the|a|his|her)\s+(?:[\w-]+\s+){0,4}?(?:order|opinion|ruling|decision)\s*,?[\s(]*$/i.test(
          lead,
        )
      )
        continue;
      // "All other portions of Dkt. 23-1 shall be unsealed": the rest of a document partly sealed adds nothing.
      // (But "The request to restrict the remainder of Docket Entry 71 is DENIED" refuses to seal it whole.)
      if (
        /\b(?:all\s+other\s+portions|the\s+remainder|the\s+rest|(?:the\s+)?remaining\s+portions?)\s+of\s+$/i.test(
          lead,
        ) &&
        !REMAINDER_OF.test(lead)
      )
        continue;
      const saidToBe = describedAs(ctx.scan, titleStr, ref.end, sentence.end);
      const entry: Bound = {
        ref,
        title: titleStr,
        ranges,
        sentence,
        request,
        phrase:
          withHead(ctx.scan, sentence.start, titleEndAt, phraseBefore(ctx.scan, sentence.start, titleEndAt)) + saidToBe,
        saidToBe,
        // "Exhibit 6, the Defendant's 2019 and 2020 elevator margin reports (D. 40-6)".
        // (The last label before the docket: "Exhibit 3, ECF No. 58-3, is …, and Exhibit 4, ECF No. 58-4".)
        // (Or the label in parentheses right after it: "…, Dkt. 91-4 (Exhibit D)".)
        label: (
          /(?:^|[;:]\s*|\band\s+)(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s*,(?:(?!\b(?:Exhibit|Ex\.)\s+(?:[A-Z]{1,2}|\d{1,3})\b)[^;:()[\]])*$/i.exec(
            ctx.scan.slice(sentence.start, titleEndAt),
          )?.[1] ??
          /^\s*\(\s*(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s*\)/i.exec(ctx.scan.slice(ref.end, ref.end + 20))?.[1] ??
          // (Or the label of the sentence's subject, said to be the document: "Exhibit 6 is the School's Protocol (Dkt. No.
          // 115-7)".)
          /^\s*(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s+(?:is|consists\s+of|contains|comprises)\s[^;:()[\]]*$/.exec(
            ctx.scan.slice(sentence.start, titleEndAt),
          )?.[1] ??
          // (Or right before a footnote's cite: "the Master Service Agreement (Exhibit A),4".)
          // ("the enrollment log for the clinical trial (Exhibit A) [#142-1]": before a bracketed cite too.)
          /\(\s*(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s*\)\s*(?:[,.;]|\[\s*#?)?$/i.exec(
            ctx.scan.slice(Math.max(0, ref.start - 20), ref.start),
          )?.[1] ??
          // (Or inside the parentheses, before the docket: "the Compressor Service Agreement (Exhibit 4, Doc. 119-1)".)
          (paren
            ? /^\(\s*(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s*,\s*$/i.exec(ctx.scan.slice(paren.open, ref.start))?.[1]
            : undefined)
        )?.toUpperCase(),
      };
      bound.push(entry);
      targets.push(entry);
    }
    if (request && targets.length > 0) ctx.requests.push(targets);
    // "The parties jointly propose to redact the transcript at 14:3-15:22 and 37:9-12 …": a request that names its
    // documents in words; its locators are what later rulings name again.
    if (request && targets.length === 0) {
      const asked = wordNamedLocators(ctx, sentence);
      if (asked.length > 0) ctx.requests.push(asked);
    }
    ctx.named.push(...targets);
    if (rulings.length > 0 && !request)
      rulingSentences.push({
        sentence,
        targets,
        previous: lastTargets,
        focus,
        pending,
        pendingFrom,
        before: previousSentence,
      });
    // "… the following … shall be impounded:" then "Exhibit 4 … [ECF No. 89-4]; … and paragraphs 14 through 22 of … [ECF No. 89].":
    // a list after a colon, with no ruling of its own, takes the ruling that introduced it.
    else if (!request && ctx.colonRuling && targets.length > 0)
      rulingSentences.push({ sentence, targets, previous: lastTargets, forced: ctx.colonRuling });
    if (rulings.length > 0 && !request)
      ctx.colonRuling = /:\s*$/.test(ctx.scan.slice(sentence.start, sentence.end))
        ? dispositionAt(rulings, sentence.end)
        : null;
    else if (targets.length === 0) ctx.colonRuling = null;
    // ("Exhibit 9 is a price list …, and Exhibit 12 is a press release. Nothing in either document is secret. The motion is
    // denied as to both.": a sentence that names nothing keeps the documents in view.)
    const namesNothing =
      targets.length === 0 && rulings.length === 0 && !request && locatorLists(ctx, sentence).length === 0;
    if (!namesNothing) lastTargets = rulings.length === 0 && !request ? targets : [];
    // "Exhibits 3 and 4 are gas-gathering agreements … and Exhibit 6 lists … [and] they shall remain SEALED": exhibits
    // named by label in a sentence that rules on nothing are what a following "they"/"those exhibits" means.
    if (rulings.length === 0 && !request && targets.length === 0) {
      // (Also "The redactions at pages 11 through 14 of the Brief … are narrowly drawn. The Court approves them.")
      const labelled = locatorLists(ctx, sentence).flatMap((l) =>
        linkLocators(ctx, ctx.requests.flat(), l, sentence).map(({ target }) => target),
      );
      if (labelled.length > 0) lastTargets = labelled;
    }
    // ("… the Declaration of Priya Raman and its exhibits as a single attachment, Dkt. No. 137-3. Exhibits C through E to
    // that declaration are patent license agreements …": parts of the paragraph's document, named for a later ruling.)
    if (focus && targets.length === 0 && rulings.length === 0 && !request) {
      for (const list of locatorLists(ctx, sentence)) {
        const noun = /^\s*(?:to|of)\s+(?:that|this|the)\s+([a-z]+)\b/i.exec(
          ctx.scan.slice(list.end, list.end + 40),
        )?.[1];
        const said = noun ? new RegExp(String.raw`\b${noun}\b`, 'i') : null;
        if (
          said &&
          /^(?:Exhibits?|Exs?\.)\s/i.test(ctx.scan.slice(list.start, list.end)) &&
          list.ranges.every((r) => r.kind === 'exhibits') &&
          (knownWords(focus).includes(noun?.toLowerCase() ?? '') ||
            said.test(ctx.scan.slice(focus.sentence.start, focus.sentence.end)))
        )
          ctx.named.push({ ...focus, ranges: list.ranges, sentence });
      }
    }
    const single = targets.filter((t) => t.ref.dockets.length === 1);
    // A paragraph's first sentence that cites and rules on nothing (`opening`: and asks for nothing either).
    const firstUncited = !focus && !previousSentence && targets.length === 0 && rulings.length === 0;
    const opening = firstUncited && !request;
    const attached = opening ? exhibitsParent(ctx, sentence) : null;
    if (single.length > 0) focus = single[single.length - 1] ?? focus;
    // ("Dr. Aldana's report presents a closer question. Paragraphs 22 through 29 … may be redacted.": a paragraph that
    // opens by naming a document in words, cited with its docket before, is about it; so is one that opens with a request
    // about it: "The Cooperative asks to seal the Supply Agreement in full. … Pages 11 through 14 may remain redacted.")
    else if (firstUncited && locatorLists(ctx, sentence).length === 0) {
      const named = namedInSentence(ctx, sentence, 2);
      if (named && named.ref.dockets.length === 1) focus = { ...named, ranges: [], sentence };
    }
    // ("Exhibits C through E to the Park Declaration are the schedules …" opening a paragraph: the declaration they are
    // attached to, cited before, is what the paragraph's rulings on those exhibits are about.)
    else if (attached) {
      const { parent, ranges } = attached;
      focus = { ...parent, ranges: [], sentence };
      // (And "GRANTED as to Exhibits C-E" later finds those exhibits of it.)
      ctx.named.push({ ...parent, ranges, sentence, request: false });
    }
    // ("The deposition excerpts in Exhibit D are different. … Those passages, at 22:5-24:11 and 31:2-9, may be sealed.":
    // the one exhibit a paragraph's opening sentence names by label, cited earlier as an entry of its own.)
    else if (!focus && targets.length === 0 && rulings.length === 0 && !request) {
      const labels = [...ctx.scan.slice(sentence.start, sentence.end).matchAll(/\bExhibit\s+([A-Z]{1,2}|\d{1,3})\b/g)];
      const entry = labels.length === 1 ? exhibitEntry(ctx, (labels[0]?.[1] ?? '').toUpperCase()) : null;
      if (entry && entry.ranges.length === 0 && hasAttachment(entry.ref)) focus = { ...entry, ranges: [] };
    }

    // Locators a sentence gives without a document stay in view until another sentence names one (or other locators).
    const loose = targets.length === 0 && rulings.length === 0 ? locatorsIn(ctx, sentence) : [];
    pending = loose.length > 0 ? loose : targets.length > 0 ? [] : pending;
    pendingFrom = loose.length > 0 ? sentence : targets.length > 0 ? null : pendingFrom;
    if (request) requestSentences.push(sentence);
    previousRequest = request;
    previousSentence = sentence;
  }
  const key = (ref: DocketRef) => ref.dockets.join(',');
  let lastRuledAt: { sentence: Span; target: Bound; sole: boolean } | null = null;
  // One sentence at a time, in a function of its own: run as one long loop in one call, Node 20's V8 compiles it on the
  // stack and can fall into a deoptimisation loop there, running every later call of this function unoptimised.
  const ruleOn = ({
    sentence,
    targets,
    previous,
    forced,
    focus: inFocus,
    pending: pendingAsked,
    pendingFrom: askedIn,
    before,
  }: (typeof rulingSentences)[number]): void => {
    // "… to redact 77:3-79:22 and 104:10-106:1 of the deposition. The first passage … The second concerns … The motion is
    // denied as to that passage.": the one the sentence before took up by its place in the list.
    const asked = ordinalPick(ctx, sentence, before, pendingAsked);
    /** The document the sentence before this one ruled on (lastRuledAt moves on to this one's below). */
    const ruledBefore = lastRuledAt;
    // "The redactions at page 5, lines 3-9 … are APPROVED. The proposed redaction at page 60, lines 2-4, is NOT APPROVED":
    // locators right after a ruling on a document, naming none, go on about it.
    // ("… GRANTED as to Voorhees Dep. 88:20-89:4. But Tidewater also asks to redact 140:2-143:25 … The motion is DENIED as
    // to that passage.": parts asked for after a ruling on a document, naming none, are more of it.)
    const inView =
      inFocus ??
      (lastRuledAt &&
      (lastRuledAt.sentence === before ||
        (askedIn &&
          lastRuledAt.sole &&
          lastRuledAt.sentence.end <= askedIn.start &&
          !words(ctx.scan.slice(lastRuledAt.sentence.end, askedIn.end)).some((w) => DOC_HEADS.has(w))))
        ? lastRuledAt.target
        : null);
    const text = rulingWords(ctx.scan.slice(sentence.start, sentence.end));
    const rulings = sentenceRulings(ctx, sentence);
    // "Having reviewed … (D.I. 213, 214), IT IS ORDERED that the motion is GRANTED": refs before a ruling on the motion are background.
    const motion = MOTION_RULING.exec(text);
    const motionAt = motion ? sentence.start + motion.index : Infinity;
    const background =
      /^\s*(?:Having|Upon|After|On|Before|Pending|Considering|In\s+light)\b/i.test(text) ||
      /\bIT\s+IS\s+(?:HEREBY\s+)?ORDERED\b/.test(text);
    // "Upon review of the Declaration of Curtis Pell [53-1], Defendant may redact …": what was read, not what is ruled on.
    const reviewed =
      /^\s*(?:Upon|Having|After|On)\s+(?:(?:a\s+)?(?:careful\s+)?(?:review|consideration|reading)\s+of|(?:reviewed|considered|read))\s[^;:]*?,/i.exec(
        text,
      );
    const reviewedEnd = reviewed ? sentence.start + reviewed.index + reviewed[0].length : -1;
    let chosen = targets
      .filter(
        (t) => !(t.ref.end < reviewedEnd && t.ranges.length === 0 && targets.some((o) => o.ref.start > reviewedEnd)),
      )
      // ("Having considered the motion …, the Court finds that Exhibits 2 and 4 [156-2], [156-4] … contain …, and the
      // motion is GRANTED as to those exhibits": the ruling points back at them.)
      .filter(
        (t) =>
          t.ref.start > motionAt ||
          !motion ||
          !(background || !t.title) ||
          t.ranges.length > 0 ||
          /^[^.;]*?\bas\s+to\s+(?:those|these|them|both|each)\b/i.test(text.slice(motion.index)),
      )
      .map((t) => {
        if (forced) return { target: t, disposition: forced as Disposition | null };
        const ruling = rulingAt(rulings, t.ref.start, t.ref.end, ctx.scan);
        if (!ruling) return { target: t, disposition: null };
        if (ofAnotherClause(ctx, sentence, t.ref, ruling, rulings)) return { target: t, disposition: null };
        // "GRANTS … Motion … to Unseal Doc. No. 355": the document is what the motion asked about.
        const object = motionObjectDisposition(
          ctx.scan.slice(ruling.end <= t.ref.start ? ruling.end : sentence.start, t.ref.start),
          ruling.disposition,
          ctx.scan.slice(ruling.start, ruling.end),
          ctx.scan.slice(ruling.end, ruling.end + 12),
        );
        const disposition: Disposition | null = object === 'none' ? null : (object ?? ruling.disposition);
        return { target: t, disposition };
      });
    // "The Brief at 12-13, the Hartley Report at 21-30, the Owner Ledger, and the Response at 15-16 … shall remain under
    // seal": documents the order defined by short names, each with its own pin.
    if (targets.length === 0 && rulings.length > 0 && ctx.terms.length > 0) {
      const pinned = definedTermsPinned(ctx, sentence);
      if (pinned.length > 0)
        chosen = pinned.map(({ target, at }) => ({ target, disposition: dispositionAt(rulings, at, at, ctx.scan) }));
    }
    // "The outage log [155-2] is a 30-page daily record, of which only pages 3-5, 11, and 17-20 disclose production
    // volumes; the motion is GRANTED as to those pages": the parts the sentence itself located, between the document and
    // the ruling that points back at them.
    chosen = chosen.map((c) => {
      if (c.target.ranges.length > 0 || c.target.ref.pin.length > 0) return c;
      const back = THOSE_PARTS.exec(ctx.scan.slice(c.target.ref.end, sentence.end));
      if (!back) return c;
      const at = c.target.ref.end + back.index;
      // (Only for the last document cited before it: "… quotes … 9:4–11:2 of the Cole deposition (Doc. 77-2), and the
      // Joint Motion is GRANTED as to those lines" is about the deposition, not the response cited first.)
      if (targets.some((o) => o.ref.start > c.target.ref.end && o.ref.start < at)) return c;
      const kind = partKind(back[1]);
      const parts = locatorLists(ctx, sentence)
        .filter((l) => l.start > c.target.ref.end && l.end <= at)
        .flatMap((l) => l.ranges)
        .filter((r) => isPart(r) && (!kind || r.kind === kind));
      return parts.length > 0 ? { ...c, target: { ...c.target, ranges: parts } } : c;
    });
    // "The same information appears in Pamlico's memorandum at pages 4 and 12-13 and in its statement of material facts at
    // paragraphs 21 through 26 and paragraph 41. The court grants the motion as to those pages of the memorandum [D.E. 62]
    // and those paragraphs of the statement [D.E. 63].": each cite takes the parts of the kind named that the sentence
    // before located in the document of that name.
    if (before)
      chosen = chosen.map((c) => {
        if (c.target.ranges.length > 0 || c.target.ref.pin.length > 0) return c;
        const lead = ctx.scan.slice(Math.max(sentence.start, c.target.ref.start - 90), c.target.ref.start);
        const back = THOSE_PARTS_OF.exec(lead);
        const kind = partKind(back?.[1]);
        const head = words(back?.[2] ?? '')
          .filter(isDocHead)
          .pop();
        if (!kind || !head) return c;
        const parts = locatorLists(ctx, before)
          .filter((l) => l.ranges.every((r) => r.kind === kind || (kind === 'pages' && r.kind === 'ecfPages')))
          .filter((l) => words(ctx.scan.slice(before.start, l.start)).filter(isDocHead).pop() === head)
          .flatMap((l) => l.ranges);
        return parts.length > 0 ? { ...c, target: { ...c.target, ranges: parts } } : c;
      });
    // "The rest of Filing No. 54-11 shows Plaintiff's own pay history, … and the motion is denied as to the remainder": the
    // whole document refused, its located parts granted elsewhere.
    if (
      rulings.length > 0 &&
      chosen.every((c) => c.disposition === null) &&
      /\bden(?:ied|ies)\s+(?:\w+\s+)?as\s+to\s+(?:the\s+)?(?:remainder|rest|balance|remaining\s+(?:pages|portions|passages|testimony|excerpts|parts|material|paragraphs))\b(?!\s+of\b)/i.test(
        text,
      )
    ) {
      const doc = targets.length === 1 ? targets[0] : targets.length === 0 ? inFocus : undefined;
      if (doc) chosen = [{ target: { ...doc, ranges: [], sentence }, disposition: 'deny' }];
    }
    // "The remainder of Exhibit 9 shall be filed publicly.", "The remainder of the transcript may not be sealed.", "…
    // and DENIED as to the remainder of the Brannigan Declaration": the rest of a document partly granted, refused, so
    // the whole (a document named in words, cited with its docket before).
    const remainder =
      /\b(?:remainder|rest|balance)\s+of(?=\s+(?:the|that|this|its|his|her|their)\s|\s+(?:Exhibit|Ex\.)\s)/i.exec(
        ctx.scan.slice(sentence.start, sentence.end),
      );
    let remainderOf: Bound | null = null;
    if (remainder && rulings.some((r) => r.disposition === 'deny')) {
      const at = sentence.start + remainder.index + remainder[0].length;
      const cited = targets.some((t) => t.ref.start >= at && t.ref.start - at < 40);
      // ("… redact pages 3 and 5-6 of Exhibit 2, but its request to seal the rest of the exhibit is DENIED": the exhibit the
      // sentence just named by its label.)
      const labelled = /^\s*(?:the|that|this)\s+exhibit\b/i.test(ctx.scan.slice(at, at + 20))
        ? [...ctx.scan.slice(sentence.start, at).matchAll(/\b(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})(?![\w-])/g)].pop()
        : undefined;
      const labelledEntry = labelled ? exhibitEntry(ctx, (labelled[1] ?? '').toUpperCase()) : null;
      const named = cited ? null : (labelledEntry ?? namedAfter(ctx, at - 2, sentence));
      // ("… but its request to seal the rest of the exhibit is DENIED": the clause's own verb, after the document.)
      const own = rulings.find((r) => r.start >= at && r.start - at < 80 && !/[;:]/.test(ctx.scan.slice(at, r.start)));
      const disposition = own ? own.disposition : dispositionAt(rulings, at, at, ctx.scan);
      if (named && named.ref.dockets.length === 1 && disposition === 'deny')
        remainderOf = { ...named, ranges: [], sentence };
    }
    // "… only two passages disclose Plaintiff's unit costs: 22:3-25:17 and 61:9-14. … The Joint Motion is GRANTED IN PART as
    // to Row 4: those two passages shall remain sealed": the parts the paragraph located just before, named again.
    if (asked && asked.length > 0 && /\bin\s+part\b/i.test(text) && DEFINITE.test(text))
      for (const c of chosen)
        if (c.target.ranges.length === 0 && c.target.ref.end < sentence.start + (DEFINITE.exec(text)?.index ?? 0))
          c.target = { ...c.target, ranges: asked };
    // "The Court grants the motion as to those lines of ECF No. 88.": the lines located before, in the document cited.
    if (asked && asked.length > 0)
      for (const c of chosen)
        if (
          c.target.ranges.length === 0 &&
          c.target.sentence === sentence &&
          (/\bth(?:ose|ese|at|is)\s+(?:lines?|pages?|paragraphs?|passages?|portions?|excerpts?|footnotes?)\s+(?:of|in)\s+(?:[\w'’.]+\s+){0,3}$/i.test(
            ctx.scan.slice(Math.max(sentence.start, c.target.ref.start - 60), c.target.ref.start),
          ) ||
            // "… shall refile the public version of its memorandum [159] with only those pages redacted."
            /^[\s)\]]*,?\s*(?:with\s+(?:only\s+)?th(?:ose|ese)\s+(?:lines|pages|paragraphs|passages|portions|excerpts)\s+redacted|redacting\s+only\s+th(?:ose|ese)\s+(?:lines|pages|paragraphs|passages|portions|excerpts))\b/i.test(
              ctx.scan.slice(c.target.ref.end, c.target.ref.end + 60),
            ))
        )
          c.target = { ...c.target, ranges: asked };
    // ("The Declaration of Adaeze Mbeki [160-2] explains the strategies at paragraphs 9 through 21, and those paragraphs
    // may be redacted.": parts its own sentence located, pointed back at.)
    const sole = chosen.length === 1 ? chosen[0] : undefined;
    if (
      sole &&
      sole.disposition === 'redact' &&
      targets.length === 1 &&
      sole.target.ranges.length === 0 &&
      sole.target.sentence === sentence
    ) {
      const after = locatorLists(ctx, sentence).filter(
        (l) => l.start > sole.target.ref.end && !namedAfter(ctx, l.end, sentence),
      );
      // ("Exhibit B to the declaration, Dkt. # 120-2, is Dr. Oduya's regression output; pages 4–7 reproduce the
      // coefficients and may be redacted.": parts that open a clause of their own, whose predicate is the grant.)
      const subject = after.filter(
        (l) =>
          /;\s*$/.test(ctx.scan.slice(sole.target.ref.end, l.start)) &&
          rulings.some((r) => r.start >= l.end && !/[;]/.test(ctx.scan.slice(l.end, r.start))),
      );
      const located = (POINTS_BACK_TO_PARTS.test(text) ? after : subject).flatMap((l) => l.ranges).filter(isPart);
      if (located.length > 0) sole.target = { ...sole.target, ranges: located };
    }
    // "The motion is DENIED as to pages 6 through 9 of the brief and as to Exhibit J (ECF No. 48-11)": beside the
    // sentence's own documents, locators of a document it names in words, cited with its docket elsewhere.
    if (targets.length > 0 && !forced && rulings.length > 0)
      for (const list of locatorLists(ctx, sentence)) {
        if (list.ranges.some((r) => r.kind === 'exhibits')) {
          const parent = exhibitsOfTarget(ctx, list, targets);
          if (parent)
            chosen.push({
              target: { ...parent, ranges: list.ranges, sentence },
              disposition: dispositionAt(rulings, list.start, list.end, ctx.scan),
            });
          continue;
        }
        // (Or inside them: "APP 0130", the end of "pages APP 0112 through APP 0130", read again.)
        if (
          targets.some(
            (t) =>
              covers(t.ranges, list.ranges) || list.ranges.every((r) => t.ranges.some((held) => contains(held, r))),
          )
        )
          continue;
        const named = namedAfter(ctx, list.end, sentence);
        // ("… may redact footnote 9 … of its Opposition (ECF No. 139), but its request to redact pages 2, 3, and 17 of the
        // Opposition is DENIED": other parts of a document the sentence cites with parts of its own.)
        if (!named || targets.some((t) => key(t.ref) === key(named.ref) && t.ranges.length === 0)) continue;
        chosen.push({
          target: { ...named, ranges: list.ranges, sentence },
          disposition: dispositionAt(rulings, list.start, list.end, ctx.scan),
        });
      }
    if (
      motion &&
      targets.length === 0 &&
      WHOLE_MOTION.test(motion[0]) &&
      !/\bin[-\s]+part\b|\bas\s+to\b|\bto\s+the\s+extent\b/i.test(text) &&
      !OTHER_MOTION.test(motion[0])
    )
      ctx.motionRulings.push({
        disposition: /\bden(?:ied|ies)\b/i.test(motion[0]) ? 'deny' : 'redact',
        position: sentence.start,
      });
    // "Finally, footnote 4 on page 9 of Pinnacle's memorandum (doc. no. 52-1) quotes … Consistent with the court's ruling
    // on Exhibit B, the footnote may be redacted.": a definite description of parts the sentence before located.
    const kindWord = /\bth(?:e|at|is|ose|ese)\s+(footnote|page|paragraph|line|passage|testimony)s?\b/i
      .exec(text)?.[1]
      ?.toLowerCase();
    const kind =
      kindWord === 'footnote'
        ? 'footnote'
        : kindWord === 'page'
          ? 'pages'
          : kindWord === 'paragraph'
            ? 'paragraphs'
            : kindWord
              ? 'lines'
              : null;
    if (
      chosen.length === 0 &&
      targets.length === 0 &&
      kind &&
      previous.some((t) => t.ranges.some((r) => r.kind === kind))
    )
      chosen = previous
        .filter((t) => t.ranges.some((r) => r.kind === kind))
        .map((target) => ({ target, disposition: dispositionAt(rulings, sentence.start) }));
    // ("The interpretive report (ECF No. 61-5) contains … maps at pages 2, 6-7, and 11. Those pages are the data itself.
    // The Court grants the motion as to those pages.": the parts the sentence naming the one document located.)
    const soleBefore = previous.length === 1 && previous[0]!.ranges.length === 0 ? previous[0] : undefined;
    if (chosen.length === 0 && targets.length === 0 && kind && kind !== 'footnote' && soleBefore && before) {
      const located = locatorsIn(ctx, soleBefore.sentence).filter((r) => r.kind === kind);
      if (located.length > 0 && soleBefore.sentence.end <= before.start && locatorsIn(ctx, before).length === 0)
        chosen = [
          { target: { ...soleBefore, ranges: located, sentence }, disposition: dispositionAt(rulings, sentence.start) },
        ];
    }
    if (chosen.length === 0 && targets.length === 0) chosen = proposedFor(ctx, sentence, rulings);
    if (chosen.length === 0 && targets.length === 0) {
      // "The testimony at 101:1-9 … and the request is denied as to those lines": locators named again decide first.
      chosen = relinkedLocators(ctx, sentence, rulings).map(({ target, at }) => ({
        target,
        disposition: dispositionAt(rulings, at, at, ctx.scan),
      }));
    }
    // "Harborside also asks that the Ouellette Declaration be sealed in full. That request is DENIED; …": the whole
    // document the request before named (in words, or the one the paragraph is about), refused.
    if (
      chosen.length === 0 &&
      targets.length === 0 &&
      before &&
      /^\s*(?:(?:That|The|This|Its|Their|\w+'s)\s+request\s+is\s+(?:hereby\s+)?(?:DENIED|denied)\b|The\s+Court\s+declines\s*[;.,])/.test(
        text,
      )
    ) {
      const asked = ctx.scan.slice(before.start, before.end);
      if (
        isRequest(asked) &&
        /\b(?:sealed|seal)\b[^.;]{0,40}?\b(?:in\s+full|in\s+(?:its|their)\s+entirety|entirely)\b|\b(?:in\s+full|in\s+(?:its|their)\s+entirety)\b|\b(?:entire|whole)\s+(?:[\w'’-]+\s+){1,3}?(?:be\s+)?sealed\b/i.test(
          asked,
        ) &&
        locatorLists(ctx, before).length === 0
      ) {
        const doc = namedInSentence(ctx, before) ?? inView;
        if (doc && doc.ref.dockets.length === 1)
          chosen = [{ target: { ...doc, ranges: [], sentence }, disposition: 'deny' }];
      }
    }
    // "the motion is ALLOWED in part and DENIED in part": what was asked is decided item by item, not here.
    // ("GRANTED-IN-PART and DENIED-IN-PART", hyphens and all.)
    const partly = new Set(rulings.map((r) => r.disposition)).size > 1 || /\bin[-\s]+part\b/i.test(text);
    // ("The second is denied: …": one of several documents asked about, named by its place in the list.)
    // ("The first passage concerns a non-party's medical condition …. It may be redacted.": the place the sentence before
    // named.)
    const backPlace =
      before &&
      /^\s*(?:It|That\s+(?:passage|portion|excerpt|testimony))\s+(?:may|shall|will|must|is|should)\b/.test(text)
        ? /^\s*The\s+(first|second|third|fourth|fifth|last)\s+(?:passage|portion|excerpt|request|redaction)\b/.exec(
            ctx.scan.slice(before.start, before.end),
          )?.[1]
        : undefined;
    const ordinalOnly = !MOTION_RULING.test(text) && (ORDINAL_LEAD.test(text) || !!backPlace);
    if (chosen.length === 0 && (MOTION_RULING.test(text) || ordinalOnly) && !partly) {
      const disposition = dispositionAt(rulings, sentence.end);
      // ("That request is denied": the request made last, not every one the paragraph reported.)
      // (Requests the paragraph reports later are not yet asked.)
      const asking = bound.filter((b) => b.request && b.sentence.start < sentence.start);
      const lastAsked = Math.max(...asking.map((b) => b.sentence.start));
      // ("Finally, Driftless asks to seal its entire reply brief. That request is denied.": a request naming no docket,
      // made after the ones that did, asks about the documents its words name.)
      const lastRequest = requestSentences.filter((r) => r.start < sentence.start).pop();
      const thatRequest = /\b(?:that|this)\s+request\b/i.test(text);
      let lastAskedDocs = asking.filter((b) => b.sentence.start === lastAsked);
      if (thatRequest && lastRequest && lastRequest.start > lastAsked) {
        const said = words(ctx.scan.slice(lastRequest.start, lastRequest.end)).filter((w) => !TITLE_STOP.has(w));
        const head = said.find((w) => DOC_HEADS.has(w));
        lastAskedDocs = head
          ? asking.filter(
              (b) => knownWords(b).includes(head) && said.filter((w) => knownWords(b).includes(w)).length >= 2,
            )
          : [];
      }
      const asked = requested(ctx, thatRequest ? lastAskedDocs : asking);
      // "The motion is GRANTED as to Volume 2 of the appendix": only the requested documents the clause names.
      // ("The request to seal the declaration in its entirety is DENIED": the requested document named by its head noun.)
      const asTo =
        /\bas\s+to\s+([^.;]+)/i.exec(text) ??
        /\brequest\s+to\s+(?:seal|redact)\s+((?:the|its|his|her|their)\s+[^.;]+?)\s+(?:in\s+(?:its|their)\s+entirety\s+|in\s+full\s+)?(?:is|are)\s/i.exec(
          text,
        );
      const named = asTo ? new Set(words(asTo[1] ?? '').filter((w) => !TITLE_STOP.has(w))) : null;
      let some = named ? asked.filter((t) => knownWords(t).filter((w) => named.has(w)).length >= 2) : [];
      const head = named?.size === 1 ? [...named][0] : undefined;
      if (some.length === 0 && head && DOC_HEADS.has(head))
        // (The document itself, not "Exhibits C through E to that declaration".)
        some = asked.filter(
          (t) =>
            !/^(?:the\s+)?(?:exhibits?|exs?\.)\s/i.test(t.title) &&
            new RegExp(String.raw`\b${head}\b`, 'i').test(`${t.phrase ?? ''} ${t.title}`),
        );
      let decidedOn = some.length > 0 ? some : asked;
      // ("Seabright asks to redact ECF No. 70-1 at 8-9, …, and ECF No. 70-1 at 16, …. The first request is granted. …
      // The second is denied": the one asked for at that place in the list.)
      const ordinal = decidedOn.length >= 2 ? ORDINAL_LEAD.exec(text) : null;
      const picked = ordinal ? atPlace(decidedOn, ordinal[1] ?? '') : undefined;
      if (picked) decidedOn = [picked];
      // (A place in one document's list of passages is for ordinalPick, not a ruling on the whole document here.)
      // ("… to redact two passages from the deposition … (Dkt. 61-4): 122:5-125:16, …, and 130:2-131:8, …. The second is
      // ordinary testimony …, and the request to redact it is denied.": the passage of the one document at that place.)
      const onlyAsked = decidedOn.length === 1 ? decidedOn[0] : undefined;
      const askedParts = onlyAsked ? onlyAsked.ranges.filter(isPart) : [];
      const placeWord = askedParts.length >= 2 ? (ORDINAL_LEAD.exec(text)?.[1] ?? backPlace) : undefined;
      const placed = placeWord ? atPlace(askedParts, placeWord) : undefined;
      if (ordinalOnly && !ordinal && !placed) decidedOn = [];
      const only = decidedOn.length === 1 ? decidedOn[0] : undefined;
      // "The Court GRANTS the motion as to footnote 4 on page 7": parts of the one document asked about.
      // ("… asks to seal several exhibits to the Declaration of Margaux Ellery (ECF No. 215). … The motion is GRANTED as
      // to Exhibits 4 through 6 and 11.": its exhibits too, when it holds exhibits.)
      const own = [...locatorsIn(ctx, sentence), ...(only ? heldExhibits(ctx, sentence, only) : [])];
      // ("At 120:3-125:11, he describes the dock outages …. That testimony is at the center of Gulf Bend's excuse defense,
      // and the request to redact it is DENIED.": the parts the sentence before located, pointed back at.)
      const parts =
        own.length === 0 && only && before && POINTS_BACK_TO_PARTS.test(text)
          ? locatorsIn(ctx, before).filter(isPart)
          : own;
      chosen =
        only && placed
          ? [{ target: { ...only, ranges: [placed] }, disposition }]
          : only && parts.length > 0 && only.ranges.length === 0
            ? [{ target: { ...only, ranges: parts }, disposition }]
            : decidedOn.map((target) => ({ target, disposition }));
    }
    // ("Exhibit C is …, and Exhibit D is … [ECF Nos. 134-3, 134-4]. The Court finds good cause to impound both exhibits":
    // the two documents of the sentence before.)
    const both =
      /\bboth\s+(?:of\s+the\s+)?(?:exhibits|documents)\b/i.test(text) &&
      previous.flatMap((t) => t.ref.dockets).length === 2 &&
      previous.every((t) => t.ranges.length === 0);
    if (
      chosen.length === 0 &&
      rulings.some(
        (r) =>
          (both ||
            pronounIn(ctx, sentence, Math.max(sentence.start, r.start - 30), Math.min(sentence.end, r.end + 40))) &&
          // ("the Court finds that it should be and hereby is GRANTED-IN-PART": "it" is the motion.)
          !/^[-\s]*in[-\s]+part\b/i.test(ctx.scan.slice(r.end, r.end + 12)),
      )
    ) {
      // "Exhibits 12 and 15 … [ECF Nos. 703-12, 703-15] are trade secrets. Good cause exists to impound them."
      const disposition = dispositionAt(rulings, sentence.start);
      chosen = previous.map((target) => ({ target, disposition }));
      // ("Dr. Halvorsen's opening report, Dkt. No. 137-2, applies the … rates … at ¶¶ 62-75 and ¶ 81, and summarizes them
      // in footnote 4 on page 19. Those passages may be redacted.": the parts the sentence before located in its one
      // document, not the whole of it.)
      const only = previous.length === 1 ? previous[0] : undefined;
      // ("… discusses the price schedule at 57:10-59:3. The motion is ALLOWED as to that testimony.")
      const pointsBack = POINTS_BACK_TO_PARTS.test(text);
      // ("At 77:9–79:2, Dr. Voss walks through the crosses …, and that passage may be sealed.": the parts this sentence
      // located, else the sentence before.)
      const ownParts = only && only.ranges.length === 0 && pointsBack ? locatorsIn(ctx, sentence).filter(isPart) : [];
      const parts =
        ownParts.length > 0
          ? ownParts
          : only && only.ranges.length === 0 && before && pointsBack
            ? locatorsIn(ctx, before).filter(isPart)
            : [];
      if (only && parts.length > 0) chosen = [{ target: { ...only, ranges: parts }, disposition }];
    }
    if (chosen.length === 0 && targets.length === 0) {
      // "The Court agrees that the identified paragraphs … may be redacted", "The request to seal Exhibit 3 in its entirety
      // is therefore denied", "… keeping them confidential": a ruling that names, in words, documents a request named.
      chosen = describedRequests(ctx, para, sentence, rulings).map(({ target, at }) => ({
        target,
        disposition: dispositionAt(rulings, at, at, ctx.scan),
      }));
    }
    if (chosen.length === 0 && (ctx.aliases.length > 0 || ctx.terms.length > 0) && targets.length === 0) {
      // "the Court finds good cause to seal the following exhibits attached to Plaintiffs' motion to compel: …".
      const found = aliasTargets(ctx.scan, sentence.start, sentence.end, ctx.aliases, ctx.exhibitParent, ctx.terms);
      ctx.exhibitParent = found.parent;
      const single = found.targets.length === 1;
      // ("The Debtors shall file a redacted copy of the Feld Declaration consistent with paragraphs 3 and 5 of this Order":
      // a public copy with no parts of its own seals nothing whole.)
      const copyOnly = /\b(?:public(?:ly)?|redacted)\s+(?:version|cop(?:y|ies))\b/i.test(text);
      chosen = found.targets
        .map((a) => ({
          ...a,
          ranges: a.ranges.length === 0 && single ? sentenceLocators(ctx, sentence, a.start, a.end) : a.ranges,
        }))
        .filter((a) => !(copyOnly && a.ranges.length === 0))
        .map((a) => ({
          target: {
            ref: { start: a.start, end: a.end, dockets: a.dockets, pin: [], warnings: [], perDocument: false },
            title: a.title,
            ranges: a.ranges,
            sentence,
            request: false,
          },
          disposition: dispositionAt(rulings, a.start, a.end, ctx.scan),
        }));
    }
    // "The same reasoning governs the Reeves Report. … the request to seal the report in its entirety is DENIED": "the
    // report" is the one the sentence before names.
    const theHead = /\bthe\s+([a-z]+)\b/gi;
    let echoed: Bound | null = null;
    if (targets.length === 0 && before)
      for (let h = theHead.exec(text); h && !echoed; h = theHead.exec(text)) {
        const head = (h[1] ?? '').toLowerCase();
        if (!DOC_HEADS.has(head)) continue;
        const named = namedInSentence(ctx, before);
        if (named && knownWords(named).includes(head)) echoed = named;
      }
    const topic = /^\s*As\s+to\s+(?:the|its|his|her|their|[A-Z][\w.'’-]*(?:'s|’s))\s+[^,;.]{2,60},/.exec(text);
    const asToTopic = topic ? { start: sentence.start, end: sentence.start + topic[0].length } : null;
    const about =
      targets.length === 0
        ? // "Paragraph 21 may not; it says only that the agreement exists": a head noun alone does not take the sentence
          // away from the document the paragraph is about.
          // ("As to Plaintiff's Response, the Motion is GRANTED as to page 9": the topic the sentence opens with.)
          ((asToTopic ? namedInSentence(ctx, asToTopic, 1) : null) ??
          namedInSentence(ctx, sentence, inFocus ? 2 : 1) ??
          echoed ??
          (locatorLists(ctx, sentence).length === 0 ? headNamed(ctx, text, inView) : null) ??
          inView ??
          restatedFrom(ctx, sentence, before) ??
          soleDocument(ctx))
        : inFocus;
    // "the motion is DENIED without prejudice as to the Wen Report", "DENIED as to footnote 6 on page 12 of the Memorandum
    // and as to the Broussard Declaration": whole documents, named in words.
    // ("… DENIED as to page 18 of the opposition, as to the Declaration in its entirety, and as to Exhibit 12 (Dkt.
    // 90-13)": beside a document cited here, one named in words.)
    if (
      (targets.length === 0 || !forced) &&
      rulings.length > 0 &&
      !/\b(?:public(?:ly)?|redacted)\s+(?:version|cop(?:y|ies))\b/i.test(text)
    ) {
      // (And in lower case, by the document's noun: "otherwise DENIED as to the affidavit".)
      const asTo =
        /\bas(?=\s+to\s+the\s+(?:[A-Z]|(?:[a-z]+\s+){0,2}?(?:affidavit|declaration|transcript|deposition|report|brief|memorandum|opposition|reply|response|complaint|appendix|statement|agreement|certification)\b))/g;
      const scanned = ctx.scan.slice(sentence.start, sentence.end);
      for (let m = asTo.exec(scanned); m; m = asTo.exec(scanned)) {
        const at = sentence.start + m.index + m[0].length;
        const rest = scanned.slice(m.index + m[0].length);
        const clauseEnd = at + (/,?\s+and\s+as\s+to\b|[;.]/.exec(rest)?.index ?? rest.length);
        // (Unless its locators are the exception: "denied as to the deposition except for two passages: …".)
        if (
          locatorLists(ctx, { start: at, end: clauseEnd }).length > 0 &&
          !/^\s*to\s+the\s+[^.;:]{1,60}?\bexcept\b/i.test(ctx.scan.slice(at, clauseEnd))
        )
          continue;
        const named = namedAfter(ctx, at, sentence);
        // (A bound named "Exhibits C through E to the Broussard Declaration" with those exhibits as parts carries the
        // declaration's own entry; one whose exhibit has an entry of its own does not.)
        // ("… otherwise denied as to the Harkins deposition", after "Exhibit 4, Doc. 66-4, is an excerpt from the deposition
        // of … Wayne Harkins": an exhibit named by what it is said to be.)
        if (
          !named ||
          (/^(?:the\s+)?(?:exhibits?|ex\.)\s/i.test(named.title) &&
            named.ranges.length === 0 &&
            !(named.saidToBe && namesWhatItIs(ctx.scan.slice(at, clauseEnd), named.saidToBe)))
        )
          continue;
        // ("The Motion is otherwise DENIED as to the Affidavit": the rest of a document partly granted, so the whole.)
        const otherwise = OTHERWISE_DENIED.test(scanned.slice(Math.max(0, m.index - 40), m.index));
        // (One cited with its parts is ruled on whole only when the clause says so: "as to the Declaration in its entirety".)
        if (
          named.ranges.some((r) => r.kind !== 'exhibits') &&
          !/\bin\s+(?:its|their)\s+entirety\b|\bin\s+full\b|\bas\s+a\s+whole\b/i.test(ctx.scan.slice(at, clauseEnd)) &&
          !otherwise
        )
          continue;
        if (chosen.some((c) => key(c.target.ref) === key(named.ref) && c.target.ranges.length === 0)) continue;
        if (
          targets.some(
            (t) => (key(t.ref) === key(named.ref) && !otherwise) || (t.ref.start >= at && t.ref.start < clauseEnd),
          )
        )
          continue;
        const disposition = dispositionAt(rulings, at, at, ctx.scan);
        chosen.push({ target: { ...named, ranges: [] }, disposition });
        // ("DENIED as to the Bryan Affidavit, except that paragraphs 6 through 9 may be redacted": the exception, the
        // other way.)
        const except = /\bexcept\b/i.exec(ctx.scan.slice(at, clauseEnd));
        const excepted = except ? locatorLists(ctx, { start: at + except.index, end: clauseEnd }) : [];
        if (disposition && excepted.length > 0)
          chosen.push({
            target: { ...named, ranges: excepted.flatMap((l) => l.ranges), sentence },
            disposition: disposition === 'deny' ? 'redact' : 'deny',
          });
      }
    }
    // "Page 41 may be redacted. The motion to seal the audit is otherwise denied.": the rest of a document named in words,
    // refused (KEYING.md rule 2).
    const restOfNamed =
      rulings.length > 0 && targets.length === 0
        ? /\b(?:motion|request)\s+to\s+(?:seal|redact|restrict)\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+is\s+(?:hereby\s+)?otherwise\s+(?:DENIED|denied)\b/.exec(
            text,
          )
        : null;
    if (restOfNamed) {
      const said = words(restOfNamed[1] ?? '');
      const head = said.filter(isDocHead).pop();
      const named = head ? bestNamed(ctx, head, said) : null;
      if (named && !chosen.some((c) => key(c.target.ref) === key(named.ref) && c.target.ranges.length === 0))
        chosen.push({ target: { ...named, ranges: [], sentence }, disposition: 'deny' });
    }
    // "Defendant shall file Exhibit 7 on the public docket, redacting pages 2 and 3", "file a public copy of Exhibit 14
    // redacting pages 2 and 3": what the public copy of an exhibit cited earlier must leave out.
    const redacting = chosen.every((c) => c.target.ranges.length === 0)
      ? /\b(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})(?![\w-])[^.;()]{0,40}?\b(?:redacting|that\s+redacts|omitting|that\s+omits|with(?=\s+(?:pages?\b|pp?\.|¶|paragraphs?\b|footnotes?\b|lines?\b|\d+:\d)))\s+(?:only\s+)?/.exec(
          ctx.scan.slice(sentence.start, sentence.end),
        )
      : null;
    // "Kettering may file a public version of the brief redacting pages 12 and 27": a document named in words.
    const versionOf =
      chosen.length === 0 && targets.length === 0 && !redacting
        ? /\b(?:version|copy)(?=\s+of\s+(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:that\s+)?(?:redacting|redacts|omitting|omits)\s)/i.exec(
            ctx.scan.slice(sentence.start, sentence.end),
          )
        : null;
    if (versionOf) {
      const at = sentence.start + versionOf.index + versionOf[0].length;
      const named = namedAfter(ctx, at, sentence);
      const lead =
        /^\s+of\s+(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:that\s+)?(?:redacting|redacts|omitting|omits)\s+(?:only\s+)?/i.exec(
          ctx.scan.slice(at, sentence.end),
        );
      const list = lead ? parseRangeList(ctx.scan, at + lead[0].length, { limit: sentence.end }) : null;
      if (named && list && list.ranges.every(isPart))
        chosen = [{ target: { ...named, ranges: list.ranges, sentence }, disposition: 'redact' }];
    }
    if (redacting) {
      const entry = exhibitEntry(ctx, (redacting[1] ?? '').toUpperCase());
      const list = parseRangeList(ctx.scan, sentence.start + redacting.index + redacting[0].length, {
        limit: sentence.end,
      });
      // ("… with pages 14 and 15 and footnote 6 on page 22 redacted": the list must end in "redacted".)
      const closes =
        !/\bwith\s+$/i.test(redacting[0]) || (list && /^\s*redacted\b/i.test(ctx.scan.slice(list.end, list.end + 12)));
      if (entry && list && closes && list.ranges.every(isPart))
        chosen = [
          // (The exhibit named as a whole in the same sentence is the one whose parts are cut, not sealed whole.)
          ...chosen.filter(
            (c) =>
              !(c.disposition === 'redact' && c.target.ranges.length === 0 && key(c.target.ref) === key(entry.ref)),
          ),
          { target: { ...entry, ranges: list.ranges, sentence }, disposition: 'redact' },
        ];
    }
    // "Keystone shall file (1) a public version of Volume III that omits only JA655-702 …": the public copies repeat
    // what was decided, naming documents too loosely to guess.
    const publicCopies = /\b(?:public(?:ly)?|redacted)\s+(?:version|cop(?:y|ies))\b/i.test(text);
    // "GRANTS the motion as to the rate exhibits at App. 331-337": appendix pages belong to the appendix the order cited,
    // whatever document the paragraph was about.
    if (chosen.length === 0 && targets.length === 0 && !publicCopies) {
      const lists = locatorLists(ctx, sentence).filter((l) => l.ranges.every((r) => r.kind !== 'exhibits'));
      const appendix = (l: RangeListMatch) => APPENDIX_PAGES.test(ctx.scan.slice(l.start, l.end));
      if (lists.length > 0 && lists.every(appendix)) {
        const linked = lists.flatMap((l) => linkLocators(ctx, [], l, sentence));
        if (linked.length === lists.length)
          chosen = linked.map(({ target, at }) => ({ target, disposition: dispositionAt(rulings, at, at, ctx.scan) }));
      }
    }
    if (chosen.length === 0 && targets.length === 0 && about && !publicCopies) {
      // "Exhibit F (doc. no. 52-7) is the transcript … The first, at page 34, lines 2 through 25, … those passages may
      // be redacted": locators with no document of their own belong to the one the paragraph is about.
      chosen = focusLocators(ctx, sentence, rulings).map(({ ranges, at, excepted }) => {
        const disposition = dispositionAt(rulings, at, at, ctx.scan);
        return {
          target: { ...about, ranges },
          disposition: excepted && disposition ? (disposition === 'deny' ? 'redact' : 'deny') : disposition,
        };
      });
      // ("… the Declaration of Hana Ito (ECF No. 215). … The motion is GRANTED as to Exhibits 4 through 6.": exhibits with
      // no document of their own, of the declaration the paragraph is about.)
      if (chosen.length === 0 && heldExhibits(ctx, sentence, about).length > 0)
        chosen = exhibitLists(ctx, sentence).map((l) => ({
          target: { ...about, ranges: l.ranges },
          disposition: dispositionAt(rulings, l.start, l.end, ctx.scan),
        }));
      // "Footnote 14 on page 11 is different. … Confidential treatment of footnote 14 will be maintained.": a footnote
      // named by its number alone, located earlier in the paragraph.
      if (chosen.length === 0)
        chosen = bareFootnotes(ctx, sentence, para.start).map(({ range, at }) => ({
          target: { ...about, ranges: [range] },
          disposition: dispositionAt(rulings, at, at, ctx.scan),
        }));
      // "Sealing the entire declaration is DENIED; however, paragraphs 7 and 8 … may be redacted": the whole, refused first.
      if (chosen.length > 0 && WHOLE_DENIED_HOWEVER.test(text))
        chosen.unshift({ target: { ...about, ranges: [] }, disposition: 'deny' });
      // "the motion is DENIED without prejudice as to the Wen Report": a whole document, named in words.
      const whole = WHOLE_WORDS.exec(text);
      if (chosen.length === 0 && whole && locatorLists(ctx, sentence).length === 0)
        chosen = [
          {
            target: { ...about, ranges: [] },
            disposition: dispositionAt(rulings, sentence.start + whole.index + whole[0].length),
          },
        ];
      // ("Keystone asks to redact two passages …: 57:14–59:3 and 122:8–22. The cost model is proprietary, … and the request
      // is granted.": the request the sentence before made, of parts.)
      const pointsBack = () =>
        DEFINITE.test(text) ||
        ORDINAL_LEAD.test(text) ||
        // ("In the first, at 54:2-58:20, Mr. Dunmore identifies Bighorn's customers …. It may be redacted.": "it", right
        // after the sentence that located the parts.)
        (/^\s*It\s+(?:may|shall|will|must|should|can)\s+(?:also\s+)?(?:be|remain)\s/.test(text) &&
          !!before &&
          askedIn?.start === before.start) ||
        (REQUEST_RULED.test(text) &&
          !!before &&
          !!askedIn &&
          askedIn.start === before.start &&
          // (Not "Gulfstar asks to redact footnote 4 on page 7 of its memorandum …" when the document in view is another.)
          words(ctx.scan.slice(before.start, before.end))
            .filter((w) => DOC_HEADS.has(w) && w !== 'motion')
            .every((w) => knownWords(about).includes(w)));
      if (chosen.length === 0 && asked && asked.length > 0 && pointsBack()) {
        // "Pages 52 through 58 are different. … The proposed redaction of those pages … is denied.": the request that
        // named those locators, else the document in view.
        const again = linkLocators(
          ctx,
          ctx.requests.flat(),
          { ranges: asked, start: sentence.start, end: sentence.start },
          sentence,
        );
        if (again.length > 0)
          chosen = again.map(({ target }) => ({ target, disposition: dispositionAt(rulings, sentence.end) }));
      }

      // (Parts of two documents, each named by its own clause, before they go together to the one document in view; see
      // clauseNamedChoices.)
      const split =
        chosen.length === 0 && asked && asked.length > 0 && before && BACK_PARTS.test(text)
          ? backClauseChoices(ctx, para, before, sentence, rulings)
          : [];
      if (new Set(split.map((c) => key(c.target.ref))).size > 1) chosen = split;
      if (chosen.length === 0 && asked && asked.length > 0 && pointsBack())
        chosen = [{ target: { ...about, ranges: asked }, disposition: dispositionAt(rulings, sentence.start) }];
      // "Defendant's payroll records (Filing No. 54-11) contain … at pages 2, 6-7. Those pages shall be restricted.": the
      // parts the sentence before located in the document it cited.
      // ("The proposed redactions to the Adeyemi deposition at 88:4-90:17 and 132:10-21 concern … Those redactions are
      // approved.": or the document the sentence before named in words, cited earlier.)
      // (Or, a sentence of reasons between, the last sentence of the paragraph that located parts and named its document.)
      const back = chosen.length === 0 && (!asked || asked.length === 0) && before ? BACK_PARTS.exec(text) : null;
      // ("The parties propose to redact pages 18-19 of plaintiff's post-trial brief, ECF No. 196, … and ECF No. 198 at
      // 31-33, …. Those redactions are adopted": the parts of each document the sentence before cited, each its own.)
      // (One kind named, only that kind: "Coastal asks that Plaintiff redact footnote 4 on page 9 of her response … The
      // footnote may be redacted.")
      const backKind = back ? partKind(back[1] ?? back[2] ?? back[3]) : undefined;
      const eachCited = back && before ? partsOfEachCited(ctx, before, backKind) : [];
      if (eachCited.length > 1)
        chosen = eachCited.map((target) => ({
          target: { ...target, sentence },
          disposition: dispositionAt(rulings, sentence.start),
        }));
      const pointedAt = chosen.length === 0 && back && before ? partsInView(ctx, about, before, sentence, para) : null;
      if (back && pointedAt) {
        const { doc, where } = pointedAt;
        // ("The proposed redactions to the Motion to Compel, at ECF No. 89 at 4-7 and 12, describe … The motion is granted as
        // to those redactions.": the pin cite's pages.)
        const pinned = doc.ref.start >= where.start && doc.ref.end <= where.end ? doc.ref.pin : [];
        const located = [...locatorsIn(ctx, where), ...pinned].filter((r) => isPartOfKind(r, backKind));
        if (located.length > 0)
          chosen = [{ target: { ...doc, ranges: located }, disposition: dispositionAt(rulings, sentence.start) }];
      }
    }
    if (chosen.length === 0 && targets.length === 0 && before && !publicCopies && BACK_PARTS.test(text))
      chosen = backClauseChoices(ctx, para, before, sentence, rulings);
    // "The Smith Report shall remain sealed.", "The Clerk shall maintain the medical records under seal.", "The request to
    // seal the post orders is DENIED.": a whole document named in words (two words of its title) in the ruling's own clause.
    if (chosen.length === 0 && targets.length === 0 && !publicCopies && locatorLists(ctx, sentence).length === 0)
      for (const ruling of rulings) {
        const lead = ctx.scan.slice(sentence.start, ruling.start);
        const cut = /^.*(?:[;:]|,\s+(?:and|but)\b)/s.exec(lead);
        const clause = { start: sentence.start + (cut?.[0].length ?? 0), end: ruling.end };
        const said = ctx.scan.slice(clause.start, clause.end);
        // (Not a ruling on a motion, "Bluegrass's motion for leave to seal (DN 68) is GRANTED"; nor on parts, "The request to
        // redact footnote 2 of the reply is DENIED"; nor a finding, "Nothing else in the brief is confidential".)
        if (
          /\b(?:motions?|applications?|petitions?|stipulations?|footnotes?|pages?|paragraphs?|lines?|exhibits?|portions?|parts?|passages?|excerpts?|versions?|cop(?:y|ies)|nothing|not|no)\b|¶|\d:\d/i.test(
            said,
          )
        )
          continue;
        // ("The third exhibit is the Defendant's employee handbook (Doc. No. 48-5). … The request to seal the handbook is
        // denied.": the paragraph's own document, by the last word of its name.)
        const noun = inFocus ? words(inFocus.title || (inFocus.phrase ?? '')).pop() : undefined;
        const named =
          namedInSentence(ctx, clause, 2) ??
          (inFocus && noun && !TITLE_STOP.has(noun) && new RegExp(String.raw`\bthe\s+${noun}\b`, 'i').test(said)
            ? inFocus
            : null);
        if (named && !chosen.some((c) => key(c.target.ref) === key(named.ref)))
          chosen.push({ target: { ...named, ranges: [], sentence }, disposition: ruling.disposition });
      }
    // "GRANTED as to Exhibits 2, 5, and 6 to the Holt Declaration (ECF No. 45) and as to paragraphs 8 through 11 of that
    // declaration, and DENIED as moot as to Exhibit 7": clauses after a document's docket that rule on more of its parts.
    // (By index over a copy, not `for … of`: Node 20's V8 can fall into a deoptimisation loop on this iterator when the
    // array's element kind differs from one call to the next, and then the rest of every call runs unoptimised.)
    const choices = [...chosen];
    for (let k = 0; k < choices.length; k++) {
      const choice = choices[k];
      if (!choice) continue;
      const { target } = choice;
      // (A document named in words carries the docket cited elsewhere: no clause follows it here.)
      if (target.sentence !== sentence || target.ref.end < sentence.start || target.ref.start > sentence.end) continue;
      const next = targets.find((t) => t.ref.start > target.ref.end);
      // (The ruling goes on only from one exhibit of an entry to others: "DENIED as to Exhibit G (ECF No. 153), …, and as
      // to Exhibits A, B, F, and H".)
      const siblings =
        target.ranges.length > 0 && target.ranges.every((r) => r.kind === 'exhibits') ? choice.disposition : null;
      const clauses = asToClauses(ctx, target.ref.end, next?.ref.start ?? sentence.end, siblings).filter(
        (c) => !c.carried || c.ranges.every((r) => r.kind === 'exhibits'),
      );
      // "… (NYSCEF Doc No. 149) are approved as to paragraphs 18 through 23": the clause, not the whole document.
      if (
        target.ranges.length === 0 &&
        clauses.some((c) => c.disposition === choice.disposition) &&
        /^\s*[)\]]?\s*,?\s*(?:is|are)\s+(?:hereby\s+)?(?:approved|granted|adopted)\s+(?:in\s+part\s+)?as\s+to\b/i.test(
          ctx.scan.slice(target.ref.end, sentence.end),
        )
      )
        chosen.splice(chosen.indexOf(choice), 1);
      // "Exhibit B (Dkt. 99-2) shall be filed in redacted form omitting 61:5-64:22", "(Doc. No. 112-3) shall be filed on the
      // public docket in redacted form, with ¶¶ 41-58 and ¶¶ 77-80 redacted": the parts, not the whole.
      const omitting =
        target.ranges.length === 0 && choice.disposition === 'redact'
          ? /^\s*[)\]]?\s*,?\s*(?:shall|may|must|will)\s+be\s+(?:re-?)?filed\s+(?:publicly\s+)?(?:on\s+the\s+public\s+(?:docket|record)\s+)?(?:in\s+redacted\s+form|with\s+redactions?)\s*,?\s*(?:omitting|redacting|that\s+omits|that\s+redacts|removing|with(?=[^.;]{1,80}?\bredacted\b))\s+(?:only\s+)?/i.exec(
              ctx.scan.slice(target.ref.end, next?.ref.start ?? sentence.end),
            )
          : null;
      const omitted = omitting
        ? parseRangeList(ctx.scan, target.ref.end + omitting[0].length, { limit: next?.ref.start ?? sentence.end })
        : null;
      if (omitted && omitted.ranges.every(isPart))
        chosen.splice(chosen.indexOf(choice), 1, { ...choice, target: { ...target, ranges: omitted.ranges } });
      // "(Doc. No. 45-2) is GRANTED as to pages 2-4 and ¶ 12 and otherwise DENIED", "… Filing No. 85-4 at CM/ECF pp. 12-15
      // shall remain restricted, and the motion is otherwise denied as to that exhibit": the rest of it refused, so the whole.
      const rest = ctx.scan.slice(target.ref.end, next?.ref.start ?? sentence.end);
      if (
        ((clauses.some((c) => c.disposition === 'redact') &&
          /^[^.;]*?\bas\s+to\b[^.;]*?\b(?:and\s+)?(?:is\s+)?otherwise\s+(?:DENIED|denied)\b(?!\s+as\s+to\b)/.test(
            rest,
          )) ||
          (!next &&
            choice.disposition === 'redact' &&
            target.ranges.length > 0 &&
            /\botherwise\s+(?:DENIED|denied)\s+as\s+to\s+(?:that|this|the\s+same|said)\s+[a-z]+\s*[.;]?\s*$/.test(
              rest,
            ))) &&
        !chosen.some((c) => c.disposition === 'deny' && key(c.target.ref) === key(target.ref))
      )
        chosen.push({ target: { ...target, ranges: [] }, disposition: 'deny' });
      // "As to the Deck Maintenance Manual, Plaintiff may redact pages 12 through 15, …; the Motion is otherwise DENIED as to
      // ECF No. 80-6": the parts the clause before granted, of the same document.
      const otherwise =
        choice.disposition === 'deny' && target.ranges.length === 0
          ? /;\s*(?:and\s+)?(?:the\s+(?:motion|request|application)\s+is\s+)?otherwise\s+(?:DENIED|denied)\s+as\s+to\s+$/i.exec(
              ctx.scan.slice(sentence.start, target.ref.start),
            )
          : null;
      if (otherwise && !refStartsIn(ctx, sentence.start, sentence.start + otherwise.index)) {
        const granted = locatorLists(ctx, sentence).filter(
          (l) =>
            l.end <= sentence.start + otherwise.index &&
            l.ranges.every(isPart) &&
            dispositionAt(rulings, l.start, l.end, ctx.scan) === 'redact',
        );
        if (granted.length > 0)
          chosen.push({ target: { ...target, ranges: granted.flatMap((l) => l.ranges) }, disposition: 'redact' });
      }
      for (const clause of clauses) {
        const fresh = clause.ranges.filter((r) => !target.ranges.some((own) => rangeKey(own) === rangeKey(r)));
        if (fresh.length > 0) chosen.push({ target: { ...target, ranges: fresh }, disposition: clause.disposition });
      }
    }
    // "The request to seal the report in its entirety is denied, but Osage Hills may redact pages 7–9 of the Whitfield
    // report [Doc. No. 109-4]": the whole-document denial belongs to the document whose parts are then allowed.
    const wholeDenied = WHOLE_DENIED_BUT.exec(text);
    const allowed = wholeDenied
      ? chosen.find((c) => c.disposition === 'redact' && c.target.ranges.length > 0)
      : undefined;
    if (allowed && !chosen.some((c) => c.disposition === 'deny' && key(c.target.ref) === key(allowed.target.ref)))
      chosen = [{ target: { ...allowed.target, ranges: [] }, disposition: 'deny' }, ...chosen];
    // "The Court will permit redaction of page 7, but it will not redact pages 6 and 8.": the refusal after the grant.
    const refusal = WILL_NOT_REDACT.exec(text);
    const granted = refusal ? chosen.find((c) => c.disposition === 'redact') : undefined;
    if (refusal && granted) {
      const at = sentence.start + refusal.index + refusal[0].length;
      const list = parseRangeList(ctx.scan, at, { at: true, limit: sentence.end });
      if (list) chosen.push({ target: { ...granted.target, ranges: list.ranges }, disposition: 'deny' });
    }
    // "The Court will not seal the Moreau Declaration (ECF No. 62) in full, but paragraphs 4-6 may be redacted.": after a
    // whole document refused, the parts the same sentence then allows.
    const refusedWhole = chosen.filter((c) => c.disposition === 'deny' && c.target.ranges.length === 0);
    const only = refusedWhole.length === 1 ? refusedWhole[0] : undefined;
    if (only && !chosen.some((c) => c.disposition === 'redact')) {
      const allowed = allowedAfterRefusal(ctx, sentence, before);
      if (allowed.length > 0)
        chosen.push({ target: { ...only.target, ranges: allowed, sentence }, disposition: 'redact' });
    }
    // "The motion is GRANTED as to those pages and otherwise DENIED.", "… and denies it as to the remainder of that
    // exhibit.": parts of one document granted, the rest of it refused, so the whole.
    const grantedParts = chosen.filter((c) => c.disposition === 'redact' && c.target.ranges.length > 0);
    const onlyDoc = grantedParts[0]?.target;
    if (
      onlyDoc &&
      chosen.every((c) => key(c.target.ref) === key(onlyDoc.ref)) &&
      !chosen.some((c) => c.disposition === 'deny' && c.target.ranges.length === 0) &&
      REST_DENIED_AT_END.test(text)
    )
      chosen.push({ target: { ...onlyDoc, ranges: [] }, disposition: 'deny' });
    const ruledOn = chosen[chosen.length - 1]?.target;
    if (ruledOn) ctx.lastRuled = ruledOn;
    lastRuledAt =
      ruledOn && ruledOn.ref.dockets.length === 1
        ? { sentence, target: ruledOn, sole: new Set(chosen.map((c) => key(c.target.ref))).size === 1 }
        : null;
    // "Footnote 4 on page 11, by contrast, identifies … The footnote must be unredacted.": the document cited earlier
    // with those very locators.
    if (
      chosen.length === 0 &&
      targets.length === 0 &&
      asked &&
      asked.length > 0 &&
      DEFINITE.test(text) &&
      !publicCopies
    ) {
      const cited = linkLocators(
        ctx,
        ctx.named,
        { ranges: asked, start: sentence.start, end: sentence.start },
        sentence,
      );
      if (cited.length > 0)
        chosen = cited.map(({ target }) => ({ target, disposition: dispositionAt(rulings, sentence.end) }));
    }
    // "ECF pages 14-17 of that exhibit, however, are … Those pages may be redacted.": the document those words named.
    if (chosen.length === 0 && targets.length === 0 && askedIn && DEFINITE.test(text) && !publicCopies)
      chosen = wordNamedLocators(ctx, askedIn).map((target) => ({
        target: { ...target, request: false },
        disposition: dispositionAt(rulings, sentence.end),
      }));
    // "Only two passages, at 88:4-91:17 and 140:2-22, discuss … Those passages shall be redacted; the motion is otherwise
    // DENIED as to the Tillery deposition": the passages granted, of the one document the rest of the sentence refuses.
    const definite = DEFINITE.exec(text);
    const refused = chosen.length === 1 ? chosen[0] : undefined;
    if (
      definite &&
      asked &&
      asked.length > 0 &&
      targets.length === 0 &&
      refused?.disposition === 'deny' &&
      refused.target.ranges.length === 0 &&
      dispositionAt(
        rulings,
        sentence.start + definite.index,
        sentence.start + definite.index + definite[0].length,
        ctx.scan,
      ) === 'redact' &&
      /;/.test(text.slice(definite.index))
    )
      chosen.unshift({ target: { ...refused.target, ranges: asked, sentence }, disposition: 'redact' });
    // "The redactions proposed in requests 1 and 2 are approved" (a memo endorsement on a letter that numbered its
    // requests): the documents and parts those requests named.
    if (targets.length === 0 && ctx.requestItems.size > 0) {
      const numbered =
        /\brequests?\s+(?:Nos?\.\s*)?(\d{1,2}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:through|to)\s+|\s*-\s*)\d{1,2})*)\b/gi;
      const scanned = ctx.scan.slice(sentence.start, sentence.end);
      for (let m = numbered.exec(scanned); m; m = numbered.exec(scanned)) {
        const at = sentence.start + m.index;
        const disposition = dispositionAt(rulings, at, at + m[0].length, ctx.scan);
        const numbers = new Set<string>();
        for (const run of numberRuns(m[1] ?? ''))
          for (let n = run.from; n <= run.to && n - run.from < 20; n++) numbers.add(String(n));
        for (const n of numbers)
          for (const target of ctx.requestItems.get(n) ?? [])
            if (!chosen.some((c) => c.target === target)) chosen.push({ target: { ...target, sentence }, disposition });
      }
    }
    if (remainderOf && !chosen.some((c) => c.disposition === 'deny' && key(c.target.ref) === key(remainderOf.ref)))
      chosen.push({ target: remainderOf, disposition: 'deny' });
    for (const { target, disposition } of chosen) {
      if (!disposition) continue;
      // "a public version of its memorandum (ECF No. 140) redacting only the material at ECF No. 140 at 4-6": the same
      // ruling on parts of the document makes the whole one a mere mention.
      if (
        target.ranges.length === 0 &&
        chosen.some(
          (other) =>
            other.target !== target &&
            other.disposition === disposition &&
            other.target.ranges.length > 0 &&
            key(other.target.ref) === key(target.ref),
        )
      )
        continue;
      let ranges = target.ranges;
      // ("Pages 18-19 may be sealed. The same pages of the amended response [69] shall likewise be sealed.": the parts
      // just ruled on in another document.)
      // ("GRANTED as to pages 7-9 of the Motion for Summary Judgment, ECF No. 72, …, and as to the same pages of the reply,
      // ECF No. 84": another document this sentence gave parts, before it.)
      const sameSource =
        chosen
          .filter(
            (o) =>
              o.disposition &&
              o.target.ref.start < target.ref.start &&
              o.target.ranges.length > 0 &&
              key(o.target.ref) !== key(target.ref),
          )
          .pop()?.target ??
        (ruledBefore && key(ruledBefore.target.ref) !== key(target.ref) ? ruledBefore.target : null) ??
        // ("… asks to redact ¶¶ 40-47 of its proposed findings of fact, Dkt. 59. … Golden Root's responses to the same
        // paragraphs, Dkt. 68, … may be redacted as well.": the parts the paragraph asked for.)
        bound
          .filter(
            (b) =>
              b.request && b.ranges.length > 0 && b.sentence.start < sentence.start && key(b.ref) !== key(target.ref),
          )
          .pop() ??
        null;
      const sameParts =
        ranges.length === 0 && sameSource
          ? SAME_PARTS_OF.exec(ctx.scan.slice(Math.max(sentence.start, target.ref.start - 90), target.ref.start))
          : null;
      if (sameParts && sameSource) {
        // ("the same passages": any parts; "the same pages": pages, by the document's count or the ECF header's.)
        const kind = partKind(sameParts[1]);
        ranges = sameSource.ranges.filter((r) => isPartOfKind(r, kind));
      }
      if (ranges.length === 0) {
        const same = bound.filter((b) => b.request && key(b.ref) === key(target.ref) && b.ranges.length > 0);
        ranges = dedupe(same.flatMap((b) => b.ranges));
        // "Shall file a redacted version of the transcript (D.I. 205)" after rulings on its portions adds nothing.
        // (An explicit unsealing of the whole entry, "the Clerk … is directed to unseal Doc. No. 109-6", still counts.)
        if (
          ranges.length === 0 &&
          target.ref.dockets.every((d) => decided.has(d)) &&
          (disposition === 'redact' || target.ref.dockets.every((d) => ctx.deniedWhole.has(d)))
        )
          continue;
      }
      for (const d of target.ref.dockets) decided.add(d);
      if (disposition === 'deny' && ranges.length === 0) for (const d of target.ref.dockets) ctx.deniedWhole.add(d);
      const path = section.path;
      out.push({
        directive: {
          item: disposition === 'deny' ? (path ? `${path}.denied` : 'denied') : path || 'order',
          document: documentName(target.title, target.ref, ctx),
          dockets: target.ref.dockets,
          disposition,
          ranges: ranges.length ? ranges : [{ kind: 'whole' }],
          basis: section.basis ?? basisOf(text) ?? basisOf(ctx.scan.slice(para.start, para.end)),
          standard: standardAt(ctx, section, sentence.end),
          source: source(
            ctx,
            Math.min(sentence.start, target.sentence.start),
            trimEnd(ctx, sentence.start, Math.max(sentence.end, target.sentence.end)),
          ),
        },
        warnings: target.ref.warnings,
        position: sentence.start,
        linked: target.sentence !== sentence,
      });
      const exception = exceptionAfter(ctx, target.ref, sentence, rulings, disposition);
      const made = out[out.length - 1];
      if (exception && made && target.sentence === sentence)
        out.push({
          directive: {
            ...made.directive,
            item: exception.disposition === 'deny' ? (path ? `${path}.denied` : 'denied') : path || 'order',
            disposition: exception.disposition,
            ranges: exception.ranges,
          },
          warnings: [],
          position: sentence.start + 1,
        });
    }
  };
  for (const ruling of rulingSentences) ruleOn(ruling);
  return out;
}

/** "of the brief", "of its opening brief": a document noun after locators. */
const OF_NAMED =
  /^\s*(?:of|in)\s+(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?(brief|declaration|memorandum|report|complaint|transcript|appendix|opposition|reply|motion|petition|answer|affidavit)\b/i;

/** "of the Raman Declaration", "of Exhibit B thereto", "to the KEIP Motion": the words after locators that name a document. */
const OF_PHRASE =
  /\s*,?\s*(?:of|in|to|from|within|on)\s+(?:(?:the|its|his|her|their|this|that)\s+|[A-Z][\w.&-]*(?:'s|s'|’s)\s+)?/y;
const EXHIBIT_PHRASE =
  /^(?:Exhibit|Ex\.|Exh\.)\s+([A-Z]{1,2}|\d{1,3})(?![\w-])(\s*,?\s*(?:thereto|hereto|attached\s+thereto))?/i;

/** "A. Exhibit B – Feed Formulation Sheet [84-2]": the exhibit label set before a dash and the title of the entry cited. */
function dashedLabel(ctx: Context, ref: DocketRef): string | undefined {
  const m = /\b(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\s*[-–—:]\s*[^.;()[\]\n]{1,80}?[\s([]*$/.exec(
    ctx.scan.slice(Math.max(0, ref.start - 100), ref.start),
  );
  return m?.[1]?.toUpperCase();
}

/** The docket of exhibit `label`: an entry titled with it alone, or its place in a paired list ("Exhibits B and C … (Docket Nos. 412-2 and 412-3)"). */
function exhibitEntry(ctx: Context, label: string): Bound | null {
  const own = exhibitTitlePattern(label);
  let hit: Bound | null = null;
  for (const b of [...ctx.named, ...ctx.requests.flat()])
    hit = asExhibit(ctx, b, label, own, `Exhibit ${label}`) ?? hit;
  return hit;
}

/** A title that names exhibit `label` alone. */
function exhibitTitlePattern(label: string): RegExp {
  return new RegExp(
    // ("File under seal Exhibit 4 to the Declaration of Owen Farrelly (Dkt. 93-4)": a numbered request's words first.)
    String.raw`^(?:(?:file\s+under\s+seal|seal|redact|maintain\s+under\s+seal|keep\s+under\s+seal)\s+)?(?:(?:the\s+)?entirety\s+of\s+)?(?:the\s+)?(?:exhibit|ex\.)\s+${label}(?![\w-])`,
    'i',
  );
}

/** `b` as exhibit `label` itself: an entry of one docket titled `own`, labelled or dashed so, or the label's place in a paired list (titled `pairedTitle`). */
function asExhibit(ctx: Context, b: Bound, label: string, own: RegExp, pairedTitle = b.title): Bound | null {
  if (
    b.ref.dockets.length === 1 &&
    b.ranges.length === 0 &&
    (own.test(b.title) || b.label === label || dashedLabel(ctx, b.ref) === label)
  )
    return b;
  if (b.ref.dockets.length <= 1) return null;
  const paired = titleLabels(b.title);
  const index = paired && paired.length === b.ref.dockets.length ? paired.indexOf(label) : -1;
  const docket = b.ref.dockets[index];
  return docket === undefined ? null : { ...b, ref: { ...b.ref, dockets: [docket] }, ranges: [], title: pairedTitle };
}

/** The document named by the words at `pos` (after "of"/"to"), if the order cited it earlier with a docket. */
function namedAfter(ctx: Context, pos: number, sentence: Span, parent: Bound | null = null): Bound | null {
  OF_PHRASE.lastIndex = pos;
  const lead = OF_PHRASE.exec(ctx.scan);
  if (!lead) return null;
  const start = pos + lead[0].length;
  // ("of the Rule 56(a)1 Statement": a rule's subsection is part of the name.)
  const phrase =
    ctx.scan
      .slice(start, Math.min(sentence.end, start + 90))
      .replace(/\s+/g, ' ')
      .replace(/(?<=\d)\((?:[a-z]|\d{1,2})\)\d?/g, '')
      // ("of its Rule 56.1 Statement": a point between digits is no full stop.)
      .split(/[,;()[\]]|\.(?!\d)|\s(?:and|or|but|which|that|is|are|may|shall|will)\s/)[0] ?? '';
  const exhibit = EXHIBIT_PHRASE.exec(phrase);
  if (exhibit) {
    const label = (exhibit[1] ?? '').toUpperCase();
    const entry = exhibitEntry(ctx, label);
    if (entry) return entry;
    // "Exhibit B thereto" / "Exhibit B to the Raman Declaration": an exhibit of a parent entry.
    const rest = exhibit[2] ? parent : namedAfter(ctx, start + exhibit[0].length, sentence);
    return rest ? { ...rest, ranges: [{ kind: 'exhibits', from: label, to: label }] } : null;
  }
  for (const term of ctx.terms) {
    const item = term.items.length === 1 ? term.items[0] : undefined;
    if (!item || !new RegExp(String.raw`^${escape(term.term)}\b`, 'i').test(phrase)) continue;
    return termBound(ctx, term.term, item.dockets, { start, end: start + term.term.length }, sentence);
  }
  const said = words(phrase).slice(0, 5);
  // ("pages 2 and 6-7 of the post orders": a plural head too.)
  const head = said.find(isDocHead);
  if (!head) return null;
  // "of that exhibit", "of this declaration": the document the order ruled on last, when it is one.
  const last = ctx.lastRuled;
  if (
    /\b(?:that|this)\s+$/i.test(lead[0]) &&
    last &&
    (knownWords(last).includes(head) || (head === 'exhibit' && last.label))
  )
    return last;
  const found = bestNamed(ctx, head, said);
  // ("Ex. F to Sorokin Decl.": a short form after a name is that person's declaration, not another one cited.)
  return found && bearsOwner(knownWords(found), namedOwners(phrase)) ? found : null;
}

/**
 * The sentence whose parts "those pages" points back at, and the document they are in: the sentence before, when it cited
 * the document in view; else ("The proposed redactions to the Adeyemi deposition at 88:4-90:17 … Harborview has shown …
 * Those redactions are approved.") the last sentence of the paragraph, within three, that located parts and named its
 * document in words.
 */
function partsInView(
  ctx: Context,
  about: Bound,
  before: Span,
  sentence: Span,
  para: Span,
): { doc: Bound; where: Span } | null {
  if (about.sentence.start === before.start) return { doc: about, where: before };
  const earlier = sentences(ctx.scan, para.start, sentence.start).reverse();
  const where = earlier.find((s) => locatorLists(ctx, s).length > 0);
  if (!where || where.start < (earlier[2]?.start ?? para.start)) return null;
  const doc = namedInSentence(ctx, where, 2);
  return doc ? { doc, where } : null;
}

/** A part of a document of the kind a pointing-back phrase named, if it named one (pages take ECF pages too). */
function isPartOfKind(r: CitedRange, kind: CitedRange['kind'] | undefined): boolean {
  return isPart(r) && (!kind || r.kind === kind || (kind === 'pages' && r.kind === 'ecfPages'));
}

/**
 * The parts of each document a sentence cites with its docket, of the kind named if one is; none unless two or more
 * different documents have parts.
 */
function partsOfEachCited(ctx: Context, where: Span, kind: CitedRange['kind'] | undefined): Bound[] {
  const out: Bound[] = [];
  for (const segment of segmentsOf(ctx, where.start, where.end)) {
    const ranges = segment.ranges.filter((r) => isPartOfKind(r, kind));
    const doc = ctx.named.find((b) => b.ref === segment.ref);
    if (ranges.length === 0 || !doc || isMotionRef(ctx, segment.ref)) continue;
    if (out.some((b) => sameDockets(b.ref.dockets, segment.ref.dockets))) return [];
    out.push({ ...doc, ranges });
  }
  return out.length > 1 ? out : [];
}

/**
 * "Delta's brief quotes the rebate tiers on pages 5 and 11-12, and its statement of undisputed facts repeats them in ¶¶
 * 14-17 and ¶ 23. Those parts of the brief and the statement may be redacted.": the parts the sentence before located,
 * each of the document its own clause names, ruled on as the pointing-back sentence rules.
 */
function clauseNamedChoices(
  ctx: Context,
  where: Span,
  sentence: Span,
  rulings: RulingMatch[],
): { target: Bound; disposition: Disposition | null }[] {
  return clauseNamedParts(ctx, where).map(({ doc, ranges }) => ({
    target: { ...doc, ranges, sentence },
    disposition: dispositionAt(rulings, sentence.start),
  }));
}

/**
 * clauseNamedChoices of the sentence before; and, when the ruling says "Those …", of each sentence before that one too, back
 * to one that rules, locates nothing or names a document already taken ("The Brief quotes several of those customer prices
 * at pages 8-9. The Reply repeats them at pages 4 and 6. Those passages may be redacted …").
 */
function backClauseChoices(
  ctx: Context,
  para: Span,
  before: Span,
  sentence: Span,
  rulings: RulingMatch[],
): { target: Bound; disposition: Disposition | null }[] {
  let chosen = clauseNamedChoices(ctx, before, sentence, rulings);
  if (
    chosen.length === 0 ||
    !/^\s*(?:Those|These|All\s+of\s+th(?:ose|ese))\s/i.test(ctx.scan.slice(sentence.start, sentence.end))
  )
    return chosen;
  for (const s of sentences(ctx.scan, para.start, before.start).reverse()) {
    if (sentenceRulings(ctx, s).length > 0) break;
    const more = clauseNamedChoices(ctx, s, sentence, rulings);
    const taken = (m: { target: Bound }) => chosen.some((c) => sameDockets(c.target.ref.dockets, m.target.ref.dockets));
    if (more.length === 0 || more.some(taken)) break;
    chosen = [...more, ...chosen];
  }
  return chosen;
}

/**
 * The parts a sentence locates, each with the document its own clause names before it ("Delta's brief quotes … on pages 5
 * and 11-12, and its statement of undisputed facts repeats them in ¶¶ 14-17"); none unless every list has one, and none
 * when the sentence cites a docket.
 */
function clauseNamedParts(ctx: Context, where: Span): { doc: Bound; ranges: CitedRange[] }[] {
  if (refStartsIn(ctx, where.start, where.end)) return [];
  const out: { doc: Bound; ranges: CitedRange[] }[] = [];
  for (const list of locatorLists(ctx, where)) {
    const ranges = list.ranges.filter(isPart);
    if (ranges.length === 0) continue;
    const lead = ctx.scan.slice(where.start, list.start);
    const cut = /^.*(?:;|,\s+(?:and|but|while)\b)/s.exec(lead);
    const clause = lead.slice(cut?.[0].length ?? 0);
    const said = words(clause);
    // (The last head noun that names a cited document: "Delta's brief quotes the Schedule C rebate tiers on …" is the brief's.)
    let doc: Bound | null = null;
    for (const head of said.filter((w) => DOC_HEADS.has(w) && w !== 'motion').reverse())
      if ((doc = bestNamed(ctx, head, said))) break;
    // ('The Reply repeats them at pages 4 and 6', after '(ECF No. 86, the "Reply")': a defined name, as written.)
    doc ??= termNamedIn(ctx, clause, { start: list.start - clause.length, end: list.start }, where);
    if (!doc) return [];
    out.push({ doc, ranges });
  }
  return out;
}

/** Head nouns one order uses for the same document ("the Lacasse Deposition" … "the transcript"). */
const SAME_DOCUMENT: Record<string, string> = {
  transcript: 'deposition',
  deposition: 'transcript',
  affidavit: 'declaration',
  declaration: 'affidavit',
};

/** The latest single-docket document the order cited whose words include `head`, scored by how many of `said` it shares. */
function bestNamed(ctx: Context, head: string, said: string[]): Bound | null {
  const found = bestNamedBy(ctx, head, said);
  const other = SAME_DOCUMENT[head];
  return found ?? (other ? bestNamedBy(ctx, other, said) : null);
}

function bestNamedBy(ctx: Context, head: string, said: string[]): Bound | null {
  let best: Bound | null = null;
  let bestScore = 0;
  for (const b of ctx.named) {
    if (b.ref.dockets.length !== 1) continue;
    const known = knownWords(b);
    const title = new Set(known);
    if (!title.has(head)) continue;
    // ("Exhibits A through D to that declaration, [42-2]" is an exhibit, not the declaration.)
    if (
      head !== 'exhibit' &&
      /^(?:the\s+)?(?:exhibits?|exs?\.)\s[^,;]*\bto\s+(?:that|this|said|such)\s+\w+\s*$/i.test(b.title)
    )
      continue;
    // ("DENIED as to the Opposition" after "its Opposition (Dkt. No. 105) … and Exhibit 9 to the Opposition (Dkt. No.
    // 105-9)": the document that is an opposition, before one attached to it. "Exhibits 2 through 4 to the Whitfield
    // Declaration (Sub No. 44)" with the exhibits as its parts is the declaration's own entry.)
    const own =
      words(b.title)
        .map((w) => w.replace(/s$/, ''))
        .find((w) => DOC_HEADS.has(w)) === head ||
      (b.ranges.length > 0 && b.ranges.every((r) => r.kind === 'exhibits')) ||
      /^(?:the\s+)?exhibits\s+(?:to|of|attached\s+to)\s/i.test(b.title)
        ? 0.5
        : 0;
    // ("Paragraphs 14 through 19 … of the Solberg Declaration" after "Exhibit 3 to the Solberg Declaration [ECF No.
    // 85-3]": the declaration the exhibit is attached to, before the exhibit, when both are cited.)
    const parent = head !== 'exhibit' && EXHIBIT_OF_PARENT.test(b.title) && own === 0 ? 0.5 : 0;
    const score = said.filter((w) => title.has(w)).length + own - parent;
    // The latest of the best: a later mention of the same document wins a tie.
    if (score >= bestScore) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}

/** An exhibit's title that names the paper it is attached to ("Exhibit 3 to the Solberg Declaration"). */
const EXHIBIT_OF_PARENT =
  /^(?:the\s+)?(?:exhibits?|exs?\.|exh\.)\s+[^,;]*?\b(?:to|of|attached\s+to|accompanying)\s+(?:the|its|their|his|her|[A-Z][\w'’.-]*['’]s?)\s/i;

/**
 * The document named in words right before locators ("redact the transcript at 14:3-15:22", "Exhibit B at 4"): the
 * latest document cited with a docket whose title has that head noun.
 */
function namedBefore(ctx: Context, listStart: number, sentence: Span): Bound | null {
  const lead = ctx.scan.slice(Math.max(sentence.start, listStart - 60), listStart).replace(/\s+/g, ' ');
  // ("two passages of the Hardin deposition, at 88:10-90:2": a comma before the "at".)
  // ("… GRANTED as to Voorhees Dep. 88:20-89:4": an abbreviated head noun.)
  // ("… of the Ferrell deposition (90:12-97:25)": the locators in parentheses.)
  const m = /\b([a-z]+)\.?,?\s+(?:at|on|of)?\s*(?:\(\s*)?$/i.exec(lead);
  const written = m?.[1]?.toLowerCase();
  const head = written && (ABBREVIATED_HEADS[written] ?? written);
  if (!head || !DOC_HEADS.has(head)) return null;
  const said = [...words(lead).slice(-5), head];
  return bestNamed(ctx, head, said);
}

/** Head nouns as citations abbreviate them ("Voorhees Dep. 88:20-89:4", "Lane Decl. ¶ 6"). */
const ABBREVIATED_HEADS: Record<string, string> = {
  dep: 'deposition',
  depo: 'deposition',
  decl: 'declaration',
  aff: 'affidavit',
  tr: 'transcript',
  mem: 'memorandum',
  opp: 'opposition',
  br: 'brief',
  compl: 'complaint',
};

/** A docketless sentence's locator lists, each with the document its words name (after the list, else before it). */
function wordNamedLocators(ctx: Context, sentence: Span): Bound[] {
  // Exhibit lists only with the document named after them ("Exhibits D and E to the Motion for Summary Judgment").
  const lists = locatorLists(ctx, sentence).filter(
    (l) =>
      l.ranges.every((r) => r.kind !== 'exhibits') ||
      (l.ranges.every((r) => r.kind === 'exhibits') && namedAfter(ctx, l.end, sentence)),
  );
  // ("… ¶¶ 104-109, and footnote 9 of the Complaint": a footnote with no page ends no list of its own, so the document is
  // named past it.)
  const pastFootnote = (at: number) => {
    const m = /^\s*,?\s*(?:and\s+)?(?:footnotes?|fns?\.|nn?\.)\s*\d{1,3}(?=\s+(?:of|in|to)\s)/i.exec(
      ctx.scan.slice(at, at + 30),
    );
    return m ? namedAfter(ctx, at + m[0].length, sentence) : null;
  };
  const named = lists.map(
    (l) => namedAfter(ctx, l.end, sentence) ?? pastFootnote(l.end) ?? namedBefore(ctx, l.start, sentence),
  );
  // "… at 14:3-15:22 and 37:9-12 and in full at pages 52 through 58": a list with no name of its own shares its
  // neighbour's: the next one's when joined to it by a few words ("footnote 11 on page 19 and all of pages 23 and 24 of
  // the Memorandum Opinion"), else the one before.
  const out: Bound[] = [];
  lists.forEach((list, i) => {
    let doc = named[i] ?? null;
    const next = lists[i + 1];
    if (
      !doc &&
      next &&
      named[i + 1] &&
      /^\s*,?\s*(?:and|or)?\s*(?:\w+\s+){0,2}?(?:of\s+)?$/i.test(ctx.scan.slice(list.end, next.start))
    )
      doc = named[i + 1] ?? null;
    if (!doc) doc = out[out.length - 1] ?? null;
    if (doc) out.push({ ...doc, ranges: list.ranges, sentence, request: true });
  });
  return out;
}

const TITLE_STOP = new Set(
  'the of to in and a an its his her their this that for on at by with from under support plaintiff defendant plaintiffs defendants party parties'.split(
    ' ',
  ),
);
const DOC_HEADS = new Set(
  'declaration affidavit certification affirmation transcript deposition memorandum brief report complaint answer motion opposition objection reply response statement appendix exhibit letter agreement schedule spreadsheet petition order suggestions records excerpts volume opinion plan contract lease manual handbook policy log invoices presentation register ledger notes study proposal treaty audit charter protocol analysis correspondence counterstatement worksheets stipulation'.split(
    ' ',
  ),
);
/** A document's head noun, or its plural ("declaration", "exhibits"). */
const isDocHead = (w: string) => DOC_HEADS.has(w) || (w.endsWith('s') && DOC_HEADS.has(w.slice(0, -1)));
/** Short forms of head nouns, as orders write them for a document defined once ('("Pl. Mem.," ECF No. 112)', "its Opp."). */
const HEAD_SHORT: Record<string, string> = {
  mem: 'memorandum',
  opp: 'opposition',
  decl: 'declaration',
  dep: 'deposition',
  aff: 'affidavit',
};
/** A short form after a name, "Sorokin Decl.", "Lee Dep." (its period may be cut off already): the document must bear
 * that name. */
const NAMED_SHORT = new RegExp(
  String.raw`\b([A-Z][a-z'’]+)\s+(?:${Object.keys(HEAD_SHORT)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|')})\b\.?(?=\s|$|[,;).])`,
  'g',
);
/** The names a text puts before short forms of head nouns ("Ex. F to Sorokin Decl." → ["sorokin"]). */
const namedOwners = (text: string) =>
  [...text.matchAll(NAMED_SHORT)].map((m) => (m[1] ?? '').toLowerCase().replace(/['’]s$/, ''));
/** Whether a title bears one of those names, or none was given. */
const bearsOwner = (title: string[], owners: string[]) => owners.length === 0 || owners.some((o) => title.includes(o));
const words = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => (w.length <= 4 && HEAD_SHORT[w]) || w);
/** How many distinct title words (not stop words) `text` uses. */
const sharedWords = (title: string, text: string) => {
  const said = new Set(words(text));
  return new Set(words(title).filter((w) => !TITLE_STOP.has(w) && said.has(w))).size;
};

/**
 * A title's head nouns ("exhibit", "declarations"), kept with its words. ("The motion is denied as to JA703-810" does not
 * name the "Response … to Appellee's Motion to Seal": a title's "motion" counts only when it is the title's first head.)
 */
function headsOf(title: string[]): string[] {
  let heads = headsByTitle.get(title);
  if (!heads) {
    const first = title.find((h) => DOC_HEADS.has(h));
    heads = title.filter((w) => isDocHead(w) && (w !== 'motion' || first === 'motion'));
    headsByTitle.set(title, heads);
  }
  return heads;
}
const headsByTitle = new WeakMap<string[], string[]>();

/**
 * The document a sentence without dockets names by its words ("a public version of the Lim Declaration" → "Declaration
 * of Rosa Lim (ECF 78)"): the latest one the order cited whose head noun and at least one other word of its title the
 * sentence uses.
 */
/** "The motion is DENIED", "the Motion is hereby GRANTED": the motion ruled on, in the order's own words. */
const MOTION_RULED_ON =
  /\b(?:the|this)\s+(?:(?:joint|sealing|pending|instant|present)\s+)?motion(?:\s+to\s+(?:seal|redact|restrict|impound))?(?=\s+is\s+(?:hereby\s+|also\s+|otherwise\s+|therefore\s+)?(?:GRANTED|DENIED|granted|denied)\b)/gi;

/**
 * Documents a ruling names by the short names the order defined for them, when one of them carries its own pin ("the Brief
 * at 12-13"): each with the locators right after it, the whole when none, and "the remainder of the Hartley Report" whole.
 */
function definedTermsPinned(ctx: Context, sentence: Span): { target: Bound; at: number }[] {
  const text = ctx.scan.slice(sentence.start, sentence.end);
  // (Most sentences have no "at" pin at all: no pattern is built for them.)
  if (!/\bat\s+[¶\d]/.test(text)) return [];
  const found: { dockets: string[]; term: string; start: number; end: number; rest: boolean }[] = [];
  for (const { term, items } of ctx.terms) {
    const only = items.length === 1 ? items[0] : undefined;
    if (!only || only.ranges.length > 0) continue;
    const re = new RegExp(
      String.raw`\b([Tt]he\s+(?:remainder|rest|balance)\s+of\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+${escape(term)}(?![\w])`,
      'g',
    );
    for (const m of text.matchAll(re))
      found.push({
        dockets: only.dockets,
        term,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        rest: m[1] !== undefined,
      });
  }
  const pinAt = (end: number) => /^\s*at\s+[¶\d]/.test(ctx.scan.slice(end, end + 40));
  if (!found.some((f) => pinAt(f.end))) return [];
  // (Only when every part the sentence locates is a short name's pin: "footnote 6 on page 11 of Brenneman's memorandum,
  // and in the Statement at ¶¶ 31-36" also names a document the order gave no short name.)
  found.sort((a, b) => a.start - b.start);
  const pins = found.map((f, i) =>
    !f.rest && pinAt(f.end)
      ? parseRangeList(ctx.scan, f.end, { at: true, limit: found[i + 1]?.start ?? sentence.end })
      : null,
  );
  const pinned = (list: RangeListMatch) => pins.some((p) => p && list.start >= p.start && list.end <= p.end);
  if (!locatorLists(ctx, sentence).every(pinned)) return [];
  return found.map((f, i) => {
    const list = pins[i];
    const ref: DocketRef = {
      start: f.start,
      end: f.end,
      dockets: f.dockets,
      pin: [],
      warnings: [],
      perDocument: false,
    };
    return { target: { ref, title: f.term, ranges: list?.ranges ?? [], sentence, request: false }, at: f.start };
  });
}

function namedInSentence(ctx: Context, sentence: Span, minScore = 1): Bound | null {
  // ("For the reasons given as to the Voss deposition, the request to redact ¶¶ 41-47 is GRANTED": a reason, not the
  // document ruled on.)
  // ("Paragraphs 18 through 23 … reproduce the thresholds from Exhibit 11": where the words came from.)
  // ("The motion is DENIED as to 88:10-91:2": the motion ruled on names no document, not even "Lakeview supports the
  // motion in part (ECF No. 97)" or a motion that is itself a paper.)
  const text = ctx.scan.slice(sentence.start, sentence.end).replace(REASONS_AS_TO, ' ').replace(SOURCE_EXHIBIT, '$1');
  const said = new Set(words(text.replace(MOTION_RULED_ON, ' ')));
  // (A document counts only by a head noun the sentence uses: with none, none can.)
  if (![...said].some(isDocHead)) return null;
  // ("Ex. F to Sorokin Decl.": only a declaration whose title has "Sorokin".)
  const owners = namedOwners(text);
  let best: Bound | null = null;
  let bestScore = 0;
  // (Whether every document with a head noun the sentence uses has the same dockets: the first one's, kept to compare.)
  let firstDockets: string[] | null = null;
  let oneDocument = true;
  for (const b of ctx.named) {
    // ("the decedent's jail medical records and his prior hospital records, ECF Nos. 48-3 and 48-4" … "The Clerk shall
    // maintain the medical records under seal": several entries named together, by two words of their title.)
    const several = b.ref.dockets.length > 1;
    const title = knownWords(b);
    // Any of its head nouns ("Exhibit 1", "the Reeves Report"): the sentence must use one.
    if (!usesAny(said, headsOf(title))) continue;
    if (!bearsOwner(title, owners)) continue;
    // (How many of its title's words, each counted once, the sentence uses.)
    let score = 0;
    for (const w of distinctOf(title)) if (said.has(w)) score++;
    if (several && score < 2) continue;
    if (!firstDockets) firstDockets = b.ref.dockets;
    else if (oneDocument && !sameDockets(firstDockets, b.ref.dockets)) oneDocument = false;
    // The latest of the best: a later mention of the same document wins a tie.
    if (score >= bestScore) {
      best = b;
      bestScore = score;
    }
  }
  // Two words of its title, or its head noun alone when no other cited document has it ("its memorandum").
  return bestScore >= Math.max(2, minScore) || (best && oneDocument && minScore <= 1) ? best : null;
}

function usesAny(said: Set<string>, list: string[]): boolean {
  for (const w of list) if (said.has(w)) return true;
  return false;
}

function sameDockets(a: string[], b: string[]): boolean {
  return a === b || (a.length === b.length && a.every((d, k) => d === b[k]));
}

/** A title's words, each once (kept with them). */
function distinctOf(title: string[]): string[] {
  let distinct = distinctByTitle.get(title);
  if (!distinct) distinctByTitle.set(title, (distinct = [...new Set(title)]));
  return distinct;
}
const distinctByTitle = new WeakMap<string[], string[]>();

/** The one document (not a motion) the order has cited so far, when there is only one ("The transcript was filed at [#86]."). */
function soleDocument(ctx: Context): Bound | null {
  const docs = ctx.named.filter((b) => b.ref.dockets.length === 1 && !isMotionRef(ctx, b.ref));
  const dockets = new Set(docs.map((b) => b.ref.dockets[0]));
  return dockets.size === 1 ? (docs[docs.length - 1] ?? null) : null;
}

/** ", but it will not redact pages 6 and 8": a refusal of further locators after a grant in the same sentence. */
const WILL_NOT_REDACT =
  /\bbut\s+(?:it|the\s+Court|we|I)\s+(?:will|shall|does|do)\s+not\s+(?:redact|seal|permit\s+(?:the\s+)?(?:redaction|sealing)\s+of)\s+/i;

/** What a list of parts starts with: "pages", "pp.", "¶", "paragraphs", "lines", "footnotes" or a "12:3" cite. */
const PARTS_AHEAD = String.raw`(?=(?:pages?\b|pp?\.|¶|paragraphs?\b|lines?\b|footnotes?\b|\d{1,4}:\d))`;

/** "…, but paragraphs 4-6 may be redacted" / "…, however, the passages at 12:3-9 shall remain sealed". */
const BUT_PARTS = new RegExp(
  String.raw`[,;]\s*(?:but|however,?)\s+(?:(?:the\s+)?(?:passages?|portions?|testimony)\s+(?:at|on)\s+)?` + PARTS_AHEAD,
  'i',
);
const BUT_PARTS_VERB =
  /^\s*(?:,[^,.;]*,\s*)?(?:may|shall|will|can)\s+(?:also\s+)?(?:be\s+redacted|remain\s+(?:sealed|redacted|under\s+seal))/i;
/** "… is DENIED, but Three Rivers may redact pages 3–4 and 9": a party allowed to redact. */
const BUT_PARTY_MAY_REDACT = new RegExp(
  String.raw`[,;]\s*but\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:may|shall|will|can)\s+(?:also\s+)?redact\s+` + PARTS_AHEAD,
);
/**
 * "… in its entirety is denied, and plaintiff shall instead file on NYSCEF a redacted copy of that affidavit redacting
 * paragraphs 11 through 19": the cuts of the public copy the refusal leaves.
 */
const INSTEAD_FILE_REDACTING = new RegExp(
  String.raw`[,;]\s*(?:and|but)\s+(?:[\w'’.-]+\s+){1,4}?(?:shall|must|may|will)\s+(?:instead\s+)?(?:re-?)?file\s+(?:(?:on|via)\s+(?:NYSCEF|CM\/ECF)\s+)?(?:a|the)\s+(?:public(?:ly)?\s+)?redacted\s+(?:copy|version)\s+of\s+(?:that|the|this|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:redacting|omitting)\s+(?:only\s+)?` +
    PARTS_AHEAD,
  'i',
);
/** "…, but those paragraphs may be redacted": the parts the sentence before located. */
const BUT_THOSE =
  /[,;]\s*but\s+th(?:ose|ese)\s+(paragraph|page|line|passage|portion|footnote)s?\s+(?:may|shall|can|will)\s+(?:be\s+redacted|remain\s+(?:sealed|redacted|under\s+seal))/i;

/**
 * The parts a sentence allows after refusing a whole document: "…, but paragraphs 4-6 may be redacted", "…, but Three
 * Rivers may redact pages 3–4 and 9", "…, but those paragraphs may be redacted" (the parts the sentence before located).
 */
function allowedAfterRefusal(ctx: Context, sentence: Span, before: Span | null | undefined): CitedRange[] {
  const said = ctx.scan.slice(sentence.start, sentence.end);
  // The list of parts (not whole documents or exhibits) right after a lead-in, with where it ends.
  const partsAfter = (lead: RegExpExecArray | null): { ranges: CitedRange[]; end: number } | null => {
    const list = lead
      ? parseRangeList(ctx.scan, sentence.start + lead.index + lead[0].length, { at: true, limit: sentence.end })
      : null;
    return list && list.ranges.every(isPart) ? list : null;
  };
  const but = BUT_PARTS.exec(said);
  if (but) {
    const list = partsAfter(but);
    if (list && BUT_PARTS_VERB.test(ctx.scan.slice(list.end, sentence.end))) return list.ranges;
  } else {
    const allowed = partsAfter(BUT_PARTY_MAY_REDACT.exec(said)) ?? partsAfter(INSTEAD_FILE_REDACTING.exec(said));
    if (allowed) return allowed.ranges;
  }
  const those = BUT_THOSE.exec(said);
  if (!those || !before) return [];
  const wanted = partKind(those[1]);
  return locatorsIn(ctx, before).filter((r) => isPart(r) && (!wanted || r.kind === wanted));
}

/** "The request to seal the memorandum in its entirety is denied, but …": a whole-document denial before a partial grant. */
const WHOLE_DENIED_BUT =
  /\b(?:request|motion|application|seeks?)\b[^.;]{0,80}?\bin\s+(?:its|their)\s+entirety\b[^.;]{0,20}?\b(?:is|are)\s+(?:\w+\s+)?(?:denied|DENIED)\b[^.;]{0,12}?(?:,|;)?\s*but\b/i;

const WHOLE_DENIED_HOWEVER =
  /\b(?:entire|whole|entirety|in\s+full)\b[^;.]{0,60}?\b(?:is|are)\s+(?:\w+\s+)?(?:denied|DENIED)\s*[;,]\s*(?:however|but)\b/;

/** "must be sealed in full", "in its entirety": the whole document. */
const WHOLE_WORDS =
  /\b(?:in\s+(?:full|(?:its|their)\s+entirety)|entirely|wholesale|as\s+a\s+whole|the\s+(?:whole|entire|full)\s+(?:declaration|affidavit|document|report|exhibit|brief|memorandum|transcript|deposition|complaint|agreement|file|record|certification))\b/i;

/** "the request is granted", "That request is DENIED": a ruling on the request just made. */
const REQUEST_RULED =
  /\b(?:the|that|this|those|these)\s+requests?\s+(?:is|are)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?(?:GRANTED|granted|DENIED|denied)\b/;

/**
 * "Tidewater's Memorandum of Law redacts three passages, found on pages 2, 9, and 17-18. … The redactions on pages 2, 9,
 * and 17-18 are approved.": the document the sentence before named in words with the same parts this one locates.
 */
function restatedFrom(ctx: Context, sentence: Span, before: Span | null | undefined): Bound | null {
  if (!before) return null;
  const ranges = locatorsIn(ctx, sentence).filter(isPart);
  if (ranges.length === 0 || refStartsIn(ctx, before.start, before.end)) return null;
  if (!covers(locatorsIn(ctx, before), ranges)) return null;
  const named = namedInSentence(ctx, before, 2);
  return named && named.ref.dockets.length === 1 ? named : null;
}

/** "that testimony", "those passages", "the footnote": a definite description of parts named just before. */
const DEFINITE =
  /\b(?:th(?:e|at|is|ose|ese)\s+(?:footnotes?|passages?|testimony|pages?|paragraphs?|lines?|portions?|excerpts?|sections?|figures?|redactions?)|th(?:at|is)\s+(?:private\s+|personal\s+|confidential\s+|sensitive\s+)?(?:medical\s+|financial\s+|pricing\s+)?information(?=\s+(?:may|shall|will|must|can|should)\b)|them|they|those|these|(?:redact|seal|unseal)\s+it|(?:both|both\s+of\s+the|the|these|those)\s+(?:proposed|requested)\s+(?:redactions?|passages?)|both\s+(?:passages|portions|excerpts|redactions|footnotes))\b/i;

/** "… reproduce the water-chemistry thresholds from Exhibit 11": the source of quoted words (group 1 keeps the verb's part). */
const SOURCE_EXHIBIT =
  /(\b(?:quot|reproduc|repeat|cop(?:y|ies|ied)|taken|drawn|derived)\w*\s+(?:[\w'’-]+\s+){0,6}?)from\s+(?:the\s+)?(?:Exhibits?|Exs?\.)\s+[A-Z0-9][\w-]*(?:\s*(?:,|and|or|through)\s*[A-Z0-9][\w-]*)*/gi;
/** "For the reasons given", "for the same reason stated": the lead of a clause of reasons. */
// ("… for the reasons stated above with respect to pages 20-21 of the opinion".)
const REASONS_GIVEN = String.raw`\bfor\s+the\s+(?:same\s+)?reasons?\s+(?:given|stated|set\s+out|explained|discussed)\s+(?:(?:above|earlier|previously)\s+)?`;
/** "For the same reasons as": a comparison with another document ruled on. */
const SAME_REASONS_AS = String.raw`\bfor\s+the\s+same\s+reasons?\s+as`;
/** "For the reasons that support sealing": the grounds for another ruling. */
const REASONS_THAT_SUPPORT = String.raw`\bfor\s+the\s+(?:same\s+)?reasons?\s+that\s+(?:supports?|supported|justif(?:y|ies|ied)|warrants?|warranted)\s+(?:sealing|redacting|the\s+(?:sealing|redaction)\s+of)`;
/** "For the reasons given as to …" right before a locator. */
const REASONS_LEAD = new RegExp(
  String.raw`(?:${REASONS_GIVEN}(?:as\s+to|for|with\s+respect\s+to|regarding)|${SAME_REASONS_AS}(?:\s+(?:with|for|in))?|${REASONS_THAT_SUPPORT})\s+(?:the\s+)?$`,
  'i',
);
// ("Those passages may be redacted for the same reasons as Exhibit 3.": Exhibit 3 is the comparison, not the target.)
const REASONS_AS_TO = new RegExp(
  String.raw`(?:${REASONS_GIVEN}(?:as\s+to|for|in|with\s+respect\s+to|regarding)|${REASONS_THAT_SUPPORT})\s+[^,;.]*(?:[,;]|\.?\s*$)|${SAME_REASONS_AS}\s+(?:(?:with|for|in)\s+)?[^,;]*?(?:[,;]|\.?\s*$)`,
  'gi',
);
/** "For the reasons given in paragraph 1, …", "as explained in paragraph 2 above": a paragraph of the order itself. */
const ORDER_PARAGRAPH_BEFORE =
  /\b(?:reasons?|grounds?|same\s+reasons?)\s+(?:given|stated|set\s+(?:out|forth)|explained|discussed|described)\s+(?:in|at)\s+$|\b(?:as|for\s+the\s+reasons?)\s+(?:explained|stated|discussed|noted)\s+(?:in|at)\s+$/i;
const ORDER_PARAGRAPH_AFTER =
  /^\s*,?\s*(?:below|above|of\s+this\s+(?:Letter\s+|Text\s+|Memorandum\s+)?(?:Order|Opinion|Memorandum|Decision|Ruling))\b/i;
/** "… including its discussion of Mr. Vogel's deposition testimony (see App. 210-18)": a record cite, not a part. */
const SEE_BEFORE = /\(\s*(?:see|cf\.|citing)\s+(?:also\s+)?$/i;
const QUOTED_FROM =
  /\b(?:repeats?|repeating|reproduc(?:e|es|ed|ing)|quotes?|quoting|quoted|taken|drawn|copied|excerpted|derived|recites?|reciting)\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?$/i;

/** Whether `held` already has every range of `ranges` (same kind and numbers). */
function covers(held: CitedRange[], ranges: CitedRange[]): boolean {
  let keys = rangeKeySets.get(held);
  if (!keys) {
    keys = new Set(held.map(rangeKey));
    rangeKeySets.set(held, keys);
  }
  const have = keys;
  return ranges.every((r) => have.has(rangeKey(r)));
}
const rangeKeySets = new WeakMap<CitedRange[], Set<string>>();

/** Whether a docket reference starts in [from, to) (binary search over the order's reference starts). */
function refStartsIn(ctx: Context, from: number, to: number): boolean {
  const starts = refIndex(ctx.refs).starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && (starts[lo] ?? 0) < to;
}

/** Whether `at` lies inside a docket reference. */
function insideRef(ctx: Context, at: number): boolean {
  return refIndex(ctx.refs).inside[at] === 1;
}

/** The order's references indexed once, for the questions asked of them thousands of times. */
function refIndex(refs: DocketRef[]): RefIndex {
  let index = refIndexes.get(refs);
  if (!index) {
    const inside = new Uint8Array(Math.max(0, ...refs.map((r) => r.end)));
    for (const r of refs) inside.fill(1, r.start, r.end);
    index = { starts: refs.map((r) => r.start).sort((a, b) => a - b), inside };
    refIndexes.set(refs, index);
  }
  return index;
}
interface RefIndex {
  starts: number[];
  /** 1 at each offset inside a reference. */
  inside: Uint8Array;
}
const refIndexes = new WeakMap<DocketRef[], RefIndex>();

/** Every locator list of a sentence that no docket reference owns, with where it ends. */
function locatorLists(ctx: Context, sentence: Span): RangeListMatch[] {
  const key = sentence.start * 1e7 + sentence.end;
  const known = ctx.listCache.get(key);
  if (known) return known;
  const found = findLocatorLists(ctx, sentence);
  ctx.listCache.set(key, found);
  return found;
}

function findLocatorLists(ctx: Context, sentence: Span): RangeListMatch[] {
  const out: RangeListMatch[] = [];
  let resume: number;
  const text = ctx.scan.slice(sentence.start, sentence.end);
  const cites = parens(ctx.scan, sentence.start, sentence.end);
  for (let m = nextRangeStart(text, 0); m; m = nextRangeStart(text, resume)) {
    resume = m.index + m[0].length;
    const at = sentence.start + m.index;
    if (insideRef(ctx, at)) continue;
    // "(doc. no. 1, ¶¶ 14-17)": the locators of a record cite, inside its parentheses.
    if (enclosing(cites, at).some((p) => parenKind(ctx.scan, p) !== 'description')) continue;
    // "Footnote 3 … repeats the client's formulation from paragraph 47 of the Amended Complaint": a source quoted, not a part.
    if (QUOTED_FROM.test(ctx.scan.slice(Math.max(sentence.start, at - 80), at))) continue;
    if (ORDER_PARAGRAPH_BEFORE.test(ctx.scan.slice(Math.max(sentence.start, at - 60), at))) continue;
    if (SEE_BEFORE.test(ctx.scan.slice(Math.max(sentence.start, at - 20), at))) continue;
    // ("For the reasons given as to page 33 of the Pre-Trial Brief, the challenge is sustained as to 156:8-158:3": parts
    // named in the reasons, not ruled on.)
    if (REASONS_LEAD.test(ctx.scan.slice(Math.max(sentence.start, at - 60), at))) continue;
    // "at page 34" / "at pp. 61:14-62:9": skip the "at" the range list reads itself.
    const list = parseRangeList(ctx.scan, at, { limit: sentence.end });
    if (!list) continue;
    resume = Math.max(resume, list.end - sentence.start);
    // "within the time set in paragraph 6 below": a paragraph of the order itself.
    if (ORDER_PARAGRAPH_AFTER.test(ctx.scan.slice(list.end, list.end + 30))) continue;
    out.push(list);
  }
  return out;
}

function locatorsIn(ctx: Context, sentence: Span): CitedRange[] {
  return locatorLists(ctx, sentence)
    .flatMap((l) => l.ranges)
    .filter((r) => r.kind !== 'exhibits');
}

/** A ruling sentence's own locators (parts of a document, not exhibits), one group per disposition phrase. */
function focusLocators(
  ctx: Context,
  sentence: Span,
  rulings: RulingMatch[],
): { ranges: CitedRange[]; at: number; excepted: boolean }[] {
  const groups = new Map<string, { ranges: CitedRange[]; at: number; excepted: boolean }>();
  for (const list of locatorLists(ctx, sentence)) {
    const ranges = list.ranges.filter((r) => r.kind !== 'exhibits');
    if (ranges.length === 0) continue;
    const ruling = rulingAt(rulings, list.start, list.end, ctx.scan);
    // ("The motion's denied as to the deposition except for two passages: page 14, lines 3 through 9, …": the exception
    // to a ruling that comes before it.)
    const excepted = !!ruling && ruling.end <= list.start && /\bexcept\b/i.test(ctx.scan.slice(ruling.end, list.start));
    const id = `${ruling?.start ?? -1}:${excepted}`;
    const group = groups.get(id) ?? { ranges: [], at: list.end, excepted };
    group.ranges.push(...ranges);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** Footnotes a sentence names by number alone ("footnote 14"), each with the page an earlier sentence since `from` gave it. */
function bareFootnotes(ctx: Context, sentence: Span, from: number): { range: CitedRange; at: number }[] {
  const out: { range: CitedRange; at: number }[] = [];
  const bare = /\b(?:footnote|n\.|fn\.)\s*(\d{1,3})\b(?!\s*,?\s*(?:on|at|of)?\s*(?:page|p\.)\s*\d)/gi;
  const earlier = ctx.scan.slice(from, sentence.start);
  for (
    let m = bare.exec(ctx.scan.slice(sentence.start, sentence.end));
    m;
    m = bare.exec(ctx.scan.slice(sentence.start, sentence.end))
  ) {
    const note = Number(m[1]);
    const located = [
      ...earlier.matchAll(
        new RegExp(String.raw`\b(?:footnote|n\.|fn\.)\s*${note}\s*,?\s*(?:on|at)?\s*(?:page|p\.)\s*(\d{1,4})\b`, 'gi'),
      ),
    ].pop();
    if (located)
      out.push({ range: { kind: 'footnote', page: Number(located[1]), note }, at: sentence.start + m.index });
  }
  return out;
}

/**
 * "Paragraphs 9 through 12 of the Strickland Affidavit (Docket Entry 32) shall be redacted, and Exhibit B to the
 * affidavit shall be sealed": exhibits of a document the same sentence cited with its docket, named again by its noun.
 */
function exhibitsOfTarget(ctx: Context, list: RangeListMatch, targets: Bound[]): Bound | null {
  if (!list.ranges.every((r) => r.kind === 'exhibits')) return null;
  const to = /^\s*(?:to|of|attached\s+to)\s+(?:the|that|this|said)\s+([A-Za-z]{4,})\b/i.exec(
    ctx.scan.slice(list.end, list.end + 40),
  );
  const noun = to?.[1];
  if (!noun || /^(?:motion|order|court|public|record|docket|extent)$/i.test(noun)) return null;
  // An exhibit with a docket of its own ("Exhibit B to the affidavit (Docket Entry 33)") is that entry.
  if (refStartsIn(ctx, list.end, list.end + 80)) return null;
  const nounRe = new RegExp(String.raw`\b${noun}\b`, 'i');
  const parents = targets.filter(
    (t) =>
      t.ref.end <= list.start &&
      t.ref.dockets.length === 1 &&
      t.ranges.every((r) => r.kind !== 'exhibits') &&
      nounRe.test(t.title),
  );
  return parents[parents.length - 1] ?? null;
}

/** A pronoun or a definite description that points back at what was asked. */
const BACK_REFERENCE =
  /\b(?:the\s+request(?=\s+is\s+(?:hereby\s+)?(?:GRANTED|DENIED|granted|denied)\b)|them|it|(?:these|those)(?!\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|identified|requested|proposed|designated|specified|remaining)\b)[a-z])|th(?:at|is)\s+request|th(?:ose|ese)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:exhibits|documents|materials|filings|(?:record\s+)?(?:items|entries|records))|(?:the|both|both\s+of\s+the|these|those)\s+(?:identified|requested|proposed|designated|specified|remaining)\s+(?:paragraphs?|pages?|lines?|portions?|redactions?|exhibits?|documents?|materials?))\b/i;

/** Whether range `inner` lies inside range `outer` (same kind). */
function contains(outer: CitedRange, inner: CitedRange): boolean {
  const at = (p: { page: number; line: number }) => p.page * 1000 + p.line;
  if (outer.kind === 'pages' && inner.kind === 'pages') return outer.from <= inner.from && inner.to <= outer.to;
  if (outer.kind === 'ecfPages' && inner.kind === 'ecfPages') return outer.from <= inner.from && inner.to <= outer.to;
  if (outer.kind === 'paragraphs' && inner.kind === 'paragraphs')
    return outer.from <= inner.from && inner.to <= outer.to;
  if (outer.kind === 'lines' && inner.kind === 'lines')
    return at(outer.from) <= at(inner.from) && at(inner.to) <= at(outer.to);
  if (outer.kind === 'footnote' && inner.kind === 'footnote')
    return outer.page === inner.page && outer.note === inner.note;
  return false;
}

/** Exhibit labels a locator names one by one ("Exhibits 1-3" → 1, 2, 3; "C-E" → C, D, E); at most 40. */
function exhibitLabels(ranges: CitedRange[]): string[] | null {
  const out: string[] = [];
  for (const r of ranges) {
    if (r.kind !== 'exhibits') return null;
    if (r.from === r.to) out.push(r.from);
    else if (/^\d+$/.test(r.from) && /^\d+$/.test(r.to) && Number(r.to) - Number(r.from) < 40)
      for (let n = Number(r.from); n <= Number(r.to); n++) out.push(String(n));
    else if (/^[A-Z]$/.test(r.from) && /^[A-Z]$/.test(r.to) && r.from < r.to)
      for (let c = r.from.charCodeAt(0); c <= r.to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
    else return null;
  }
  return out;
}

/** The exhibit labels a document's title leads with ("Exhibits 1-3 thereto"), one per docket when they pair up. */
function titleLabels(title: string): string[] | null {
  const at = title.search(/\b(?:exhibits?|exs?\.|exhs?\.)\s/i);
  if (at < 0) return null;
  // The title starts with the labels, or a request's words come first ("Permit Halvard to file under seal in their
  // entirety Exhibits 4 and 9 to the Declaration …").
  const before = title.slice(0, at);
  if (
    !/^(?:the\s+)?$/i.test(before) &&
    // ("Sealing in full of Exhibits 3 and 5", a numbered request's words.)
    !/\b(?:entirety|seal|redact|file|permit|maintain|keep|(?:sealing|redaction)(?:\s+in\s+full)?\s+of)\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return null;
  const list = parseRangeList(title, at);
  return list ? exhibitLabels(list.ranges) : null;
}

/** Appendix pages as appellate and Federal Circuit orders write them ("J.A. 811-840", "SA12", "Appx2201-2236", "Aplt. App."). */
const APPENDIX_PAGES = /^(?:at\s+)?(?:J\.\s?A\.|JA|SA|Appx?\.|Appx(?=\d)|(?:Aplt|Aple)\.\s*App)/;

/**
 * A ruling's locators that name again, in words, a document cited earlier with its docket: the same (or some of the
 * same) locators a request gave; "pages 23-24 of the brief"; "Exhibit 3" or "Exhibits 1 and 2" of a request whose
 * exhibits are docket attachments ("Exhibits 1-3 thereto (ECF Nos. 70-1, 70-2, 70-3)") or parts of one entry.
 */
function linkLocators(
  ctx: Context,
  all: Bound[],
  list: RangeListMatch,
  sentence: Span,
): { target: Bound; at: number }[] {
  // "DENIED as to Exhibit H to the Halversen Certification and as to paragraphs 30 through 34 of the certification": one
  // list of exhibits and parts; each is linked on its own, the exhibits by what follows their labels.
  const exhibitRanges = list.ranges.filter((r) => r.kind === 'exhibits');
  if (exhibitRanges.length > 0 && exhibitRanges.length < list.ranges.length) {
    const labels = EXHIBIT_RUN.exec(ctx.scan.slice(list.start, list.end));
    const exhibitsEnd = labels ? list.start + labels.index + labels[0].length : list.start;
    const parts = linkLocators(
      ctx,
      all,
      { ...list, ranges: list.ranges.filter((r) => r.kind !== 'exhibits') },
      sentence,
    );
    const exhibits = linkLocators(ctx, all, { ...list, end: exhibitsEnd, ranges: exhibitRanges }, sentence);
    // ("paragraphs 41 through 47 and Exhibit C shall remain sealed", of the complaint: its exhibit too.)
    const only = parts.length === 1 ? parts[0] : undefined;
    if (exhibits.length === 0 && only)
      return [only, { target: { ...only.target, ranges: exhibitRanges }, at: only.at }];
    return [...parts, ...exhibits];
  }
  const keys = list.ranges.map(rangeKey);
  const same = all.filter((b) => {
    if (b.ranges.length === 0) return false;
    const mine = new Set(b.ranges.map(rangeKey));
    return keys.every((k) => mine.has(k));
  });
  const last = same[same.length - 1];
  const ownOfLast = last ? ownAttachments(ctx, list, last, sentence) : null;
  if (ownOfLast) return ownOfLast;
  if (last) return [{ target: { ...last, ranges: list.ranges }, at: list.end }];
  // "Paragraphs 22 through 24 … The request to redact them is denied." after a request for ¶¶ 18-24: part of what was asked.
  const within = all.filter(
    (b) => b.ranges.length > 0 && list.ranges.every((r) => b.ranges.some((asked) => contains(asked, r))),
  );
  const inside = within[within.length - 1];
  if (inside && list.ranges.every((r) => r.kind !== 'exhibits'))
    return [{ target: { ...inside, ranges: list.ranges }, at: list.end }];
  // "paragraphs 18 through 24 of the Raman Declaration", "pages 2 through 4 of Exhibit B thereto": a document the
  // order named earlier with its docket, by its defined term, its exhibit label or the words of its title.
  if (list.ranges.every((r) => r.kind !== 'exhibits')) {
    const named = namedAfter(ctx, list.end, sentence);
    if (named) return [{ target: { ...named, ranges: list.ranges, sentence }, at: list.end }];
    // "may redact from the public version of the Settlement Agreement pages 4 and 5": the document, then its parts; and
    // a short cite written right before them ("GRANTED as to Voorhees Dep. 88:20-89:4").
    const before = namedBefore(ctx, list.start, sentence);
    if (before) return [{ target: { ...before, ranges: list.ranges, sentence }, at: list.end }];
  }
  // "The Affidavit itself shall be sealed only as to paragraphs 11-16": the sentence's subject, a document named earlier.
  if (list.ranges.every((r) => r.kind !== 'exhibits')) {
    // (Also "As for the Lindqvist declaration itself, Driftless may redact ¶¶ 6-11".)
    const subject =
      /^\s*(?:The|This|That|Its|Their)\s+((?:[A-Za-z'-]+\s+){0,2}?([A-Za-z]+))(?:\s+itself)?\s+(?:shall|may|will|must|is|are|should)\b[^.;,]*$/.exec(
        ctx.scan.slice(sentence.start, list.start),
      ) ??
      /^\s*(?:As\s+(?:for|to)|With\s+respect\s+to|Turning\s+to|Regarding)\s+(?:the|its|their)\s+((?:[A-Za-z'-]+\s+){0,2}?([A-Za-z]+))(?:\s+itself)?\s*,[^.;]*$/.exec(
        ctx.scan.slice(sentence.start, list.start),
      );
    const head = subject?.[2]?.toLowerCase();
    const found =
      head && DOC_HEADS.has(head) && !/^(?:motion|order|petition)$/.test(head)
        ? bestNamed(ctx, head, words(subject?.[1] ?? ''))
        : null;
    if (found) return [{ target: { ...found, ranges: list.ranges, sentence }, at: list.end }];
  }
  // "the sales figures at pages 23-24 and 41 of the brief": a document named earlier with its docket, by its head noun.
  const of = OF_NAMED.exec(ctx.scan.slice(list.end, sentence.end));
  if (of && list.ranges.every((r) => r.kind !== 'exhibits')) {
    const noun = new RegExp(String.raw`\b${of[1]}\b`, 'i');
    const hit = ctx.named.filter((b) => b.ref.dockets.length === 1 && b.ranges.length === 0 && noun.test(b.title));
    const found = hit[hit.length - 1];
    if (found) return [{ target: { ...found, ranges: list.ranges, sentence }, at: list.end }];
  }
  // "The motion is granted as to J.A. 1204-1220": joint appendix pages belong to the appendix the order cited (also the
  // Federal Circuit's "Appx2201-2236").
  const cite = ctx.scan.slice(list.start, list.end).replace(/^(?:at\s+)/i, '');
  if (APPENDIX_PAGES.test(cite)) {
    const appendix = [...ctx.named, ...all].filter(
      (b) => b.ref.dockets.length === 1 && knownWords(b).includes('appendix'),
    );
    // (JA pages are the joint appendix's, SA pages the supplemental appendix's.)
    const other = /^(?:J\.\s?A\.|JA)/.test(cite) ? 'supplemental' : /^SA/.test(cite) ? 'joint' : null;
    const fitting = other ? appendix.filter((b) => !knownWords(b).includes(other)) : appendix;
    const found = fitting[fitting.length - 1];
    if (found) return [{ target: { ...found, ranges: list.ranges, sentence }, at: list.end }];
  }
  const labels = exhibitLabels(list.ranges);
  if (!labels) return [];
  // "DENIED as to Exhibit F to the Thibodeaux Declaration": exhibits of a document named in words, without their own docket.
  const parentNamed = namedAfter(ctx, list.end, sentence);
  // "Exhibit C to the Ilves Declaration" when the order cited "the Ilves Declaration (Docket 75-1), to which … is attached
  // as Exhibit C (Docket 75-4)": the exhibit's own entry.
  if (parentNamed && labels.length === 1) {
    const entry = exhibitEntry(ctx, labels[0] ?? '');
    // (And "Exhibit F to the Ortiz Declaration" when the order cited "Exhibit F to the Ortiz Declaration, ECF No. 90-4".)
    if (
      entry &&
      entry.ranges.length === 0 &&
      ((parentNamed.ref.start >= entry.sentence.start && parentNamed.ref.end <= entry.sentence.end) ||
        (/^(?:the\s+)?(?:exhibit|ex\.)\s+\w+\s+(?:to|of)\s/i.test(entry.title) &&
          sharedWords(parentNamed.title, entry.title.replace(/^[^]*?\s(?:to|of)\s/i, '')) >= 1))
    )
      return [{ target: { ...entry, sentence }, at: list.end }];
  }
  // ("Exhibits 3, 5, and 8 through 10 to the Marchetti Declaration" when the request cited "Exhibits 3 and 5 (Dkt. 214-3,
  // 214-5) … to the Declaration of Anneliese Marchetti (Dkt. 214)": each exhibit's own entry.)
  const ownOfNamed = parentNamed ? ownAttachments(ctx, list, parentNamed, sentence) : null;
  if (ownOfNamed) return ownOfNamed;
  // ("Exhibits C and F to the Halversen Certification (Trans ID: …)" names the certification's entry, its exhibits as parts.)
  if (
    parentNamed &&
    !parentNamed.label &&
    (!/^(?:the\s+)?(?:exhibits?|ex\.)\s/i.test(parentNamed.title) ||
      // ("the exhibits to the Declaration of Corbin Haskell (Dkt. No. 99-3)": unlabelled, the entry holds them all.)
      /^(?:the\s+)?exhibits\s+(?:to|of|attached\s+to)\s/i.test(parentNamed.title) ||
      (parentNamed.ranges.length > 0 && parentNamed.ranges.every((r) => r.kind === 'exhibits')))
  )
    return [{ target: { ...parentNamed, ranges: list.ranges, sentence }, at: list.end }];
  // "Exhibits 12-14" of one entry that a request cited with those exhibits: that entry, with the locators as written.
  // Requests first, then anything the order named with a docket; the latest mention wins.
  const pool = [...ctx.named, ...all];
  const parent = pool.filter(
    (b) => b.ref.dockets.length === 1 && labels.every((l) => (exhibitLabels(b.ranges) ?? []).includes(l)),
  );
  const parentHit = parent[parent.length - 1];
  const ownOfParent = parentHit ? ownAttachments(ctx, list, parentHit, sentence) : null;
  if (ownOfParent) return ownOfParent;
  if (parentHit) return [{ target: { ...parentHit, ranges: list.ranges }, at: list.end }];
  const out: { target: Bound; at: number }[] = [];
  for (const label of labels) {
    const own = exhibitTitlePattern(label);
    let hit: Bound | null = null;
    for (const b of pool) {
      const itself = asExhibit(ctx, b, label, own);
      if (itself) hit = itself;
      else if (b.ref.dockets.length === 1 && b.ranges.length > 0 && (exhibitLabels(b.ranges) ?? []).includes(label)) {
        const exhibit: CitedRange[] = [{ kind: 'exhibits', from: label, to: label }];
        // ("Exhibit 11 [DN 89-11]" … "GRANTED as to Exhibit 11": the exhibit is that attachment, whole.)
        hit = { ...b, ranges: exhibitsAreTheEntries(exhibit, b.ref) ? [] : exhibit };
      }
    }
    if (hit) out.push({ target: hit, at: list.end });
  }
  // "GRANTED as to Exhibits E and F to the Kekumu Declaration (Dkt. 92) … DENIED as to Exhibit G": a label of no entry of
  // its own, in an order whose only exhibits of that kind (letters or numbers) are parts of one entry, is a sibling.
  if (out.length === 0) {
    const lettered = (l: string) => /^[A-Z]+$/.test(l);
    const kin = pool.filter(
      (b) =>
        b.ref.dockets.length === 1 &&
        b.ranges.length > 0 &&
        b.ranges.every((r) => r.kind === 'exhibits') &&
        (exhibitLabels(b.ranges) ?? []).every((l) => labels.every((m) => lettered(l) === lettered(m))),
    );
    const entries = new Set(kin.map((b) => b.ref.dockets[0]));
    const sibling = kin[kin.length - 1];
    if (sibling && entries.size === 1)
      out.push({ target: { ...sibling, ranges: list.ranges, sentence }, at: list.end });
  }
  return out;
}

/**
 * "… Exhibits 3, 6, and 10 to the Declaration [158] … Exhibit 6 [158-6] is an email exchange. The motion is DENIED as to
 * Exhibit 6.": exhibits a request named as parts of one entry, each cited since as that entry's own attachment.
 */
function ownAttachments(
  ctx: Context,
  list: RangeListMatch,
  parent: Bound,
  sentence: Span,
): { target: Bound; at: number }[] | null {
  const labels = exhibitLabels(list.ranges);
  if (!labels || labels.length === 0 || list.ranges.some((r) => r.kind !== 'exhibits')) return null;
  const own = labels.map((l) => exhibitEntry(ctx, l));
  const entry = parent.ref.dockets[0];
  if (!entry || !own.every((e) => e && e.ranges.length === 0 && e.ref.dockets[0]?.startsWith(`${entry}-`))) return null;
  return own.map((e) => ({ target: { ...e!, sentence }, at: list.end }));
}

/**
 * The locators a sentence gives a document it names by a defined term ("the Response shall remain sealed only as to
 * 12:20-13:4 and footnote 7 on page 15", "DENIED as to Exhibit 13 to the Appendix"): parts of it (lines, pages,
 * paragraphs, footnotes) first, else the exhibit labels written right before the term.
 */
function sentenceLocators(ctx: Context, sentence: Span, termStart: number, termEnd: number): CitedRange[] {
  const parts: CitedRange[] = [];
  const exhibits: CitedRange[] = [];
  let resume: number;
  const text = ctx.scan.slice(sentence.start, sentence.end);
  for (let m = nextRangeStart(text, 0); m; m = nextRangeStart(text, resume)) {
    resume = m.index + m[0].length;
    const at = sentence.start + m.index;
    if (at >= termStart && at < termEnd) continue;
    const list = parseRangeList(ctx.scan, at, { at: true, limit: sentence.end });
    if (!list) continue;
    resume = Math.max(resume, list.end - sentence.start);
    if (refStartsIn(ctx, list.start, list.end)) continue;
    // ("consistent with paragraphs 3 and 5 of this Order": the order's own paragraphs.)
    if (ORDER_PARAGRAPH_AFTER.test(ctx.scan.slice(list.end, list.end + 30))) continue;
    const own = list.ranges.filter((r) => r.kind !== 'exhibits');
    if (own.length > 0) parts.push(...own);
    else if (/^\s*(?:to|of|attached\s+to)\s+$/i.test(ctx.scan.slice(list.end, termStart).replace(/\bthe\s+$/i, '')))
      exhibits.push(...list.ranges);
  }
  return parts.length > 0 ? parts : exhibits;
}

/** Every locator list of a ruling sentence, linked to the document it names again (several lists may name several). */
function relinkedLocators(ctx: Context, sentence: Span, rulings: RulingMatch[]): { target: Bound; at: number }[] {
  if (rulings.length === 0) return [];
  const text = ctx.scan.slice(sentence.start, sentence.end);
  // (What was asked before this sentence: a request the paragraph reports later is not what it rules on.)
  const all = ctx.requests.flat().filter((b) => b.sentence.start < sentence.start);
  const linked: { target: Bound; at: number }[] = [];
  const loose: CitedRange[] = [];
  const looseLists: RangeListMatch[] = [];
  let resume: number;
  for (let m = nextRangeStart(text, 0); m; m = nextRangeStart(text, resume)) {
    resume = m.index + m[0].length;
    const list = parseRangeList(ctx.scan, sentence.start + m.index, { limit: sentence.end });
    if (!list) continue;
    resume = Math.max(resume, list.end - sentence.start);
    if (QUOTED_FROM.test(ctx.scan.slice(Math.max(sentence.start, list.start - 80), list.start))) continue;
    if (ORDER_PARAGRAPH_BEFORE.test(ctx.scan.slice(Math.max(sentence.start, list.start - 60), list.start))) continue;
    if (SEE_BEFORE.test(ctx.scan.slice(Math.max(sentence.start, list.start - 20), list.start))) continue;
    // ("Those passages may be redacted for the same reasons as Exhibit 3": the comparison, not a part ruled on.)
    if (REASONS_LEAD.test(ctx.scan.slice(Math.max(sentence.start, list.start - 60), list.start))) continue;
    const found = linkLocators(ctx, all, list, sentence);
    linked.push(...found);
    // "… Exhibit 8 in its entirety is DENIED; the Defendant may redact pages 63 through 65 of that exhibit": the
    // document this sentence just named is "that exhibit".
    const latest = found[found.length - 1]?.target;
    if (latest) ctx.lastRuled = { ...latest, ranges: [] };
    if (found.length === 0 && list.ranges.every((r) => r.kind !== 'exhibits')) {
      loose.push(...list.ranges);
      looseLists.push(list);
    }
    // "page 1 of Exhibit B, and footnote 6 …": the exhibit named the document; it starts no list of its own.
    const of = OF_EXHIBIT.exec(ctx.scan.slice(list.end, sentence.end));
    if (found.length > 0 && of) resume = list.end + of[0].length - sentence.start;
  }
  // "Exhibit 6 to the Appendix shall remain sealed only as to 31:4-22 and 58:11-60:3": parts of the one exhibit named.
  const only = linked.length === 1 ? linked[0] : undefined;
  if (only && loose.length > 0 && only.target.ranges.every((r) => r.kind === 'exhibits')) {
    // ("Exhibits C through E to the Etchegaray Declaration shall be sealed, and the Cooperative may redact paragraphs 9
    // through 14": several exhibits, and in a clause of its own the parts of the declaration that holds them; not "The
    // request to seal Exhibit 9 in its entirety is therefore DENIED, but Plaintiff may redact 22:4-17", the one exhibit's.)
    const several =
      only.target.ranges.length > 1 || only.target.ranges.some((r) => r.kind === 'exhibits' && r.from !== r.to);
    const ownClause =
      several &&
      looseLists.every((l) =>
        /(?:[,;]\s*(?:and|but)\s|;)[^.;]*?\b(?:may|shall|will|must|is|are)\b/i.test(ctx.scan.slice(only.at, l.start)),
      );
    if (ownClause && !/^(?:the\s+)?(?:exhibits?|ex\.)\s/i.test(only.target.title))
      return [only, ...looseLists.map((l) => ({ target: { ...only.target, ranges: l.ranges }, at: l.end }))];
    if (only.target.ranges.length === 1) return [{ target: { ...only.target, ranges: loose }, at: only.at }];
  }
  // "… to redact ¶¶ 21-30 of the Declaration, and DENIES the motion as to the remaining paragraphs it identified (¶¶ 6-20
  // and ¶¶ 31-44)": the sentence's one document is the other lists' too.
  const documents = new Set(linked.map((l) => l.target.ref.dockets.join()));
  const first = linked[0];
  if (first && documents.size === 1 && linked.every((l) => l.target.ranges.every((r) => r.kind !== 'exhibits')))
    for (const list of looseLists)
      // (Only lists that are parts of a document: not "¶ 22" in "the public Complaint (Dkt. 1 ¶ 22)".)
      // ("… as to the remaining paragraphs it identified (¶¶ 6-20 …)", "… and DENIED as to pages 1-2, 4, and 6-19", "… as
      // to the memorandum at 4:26-5:2, and as to footnote 6 on page 10": the same document, said so.)
      if (
        locatorLists(ctx, sentence).some((l) => l.start <= list.start && list.start < l.end) &&
        (/\b(?:remaining|remainder|other|rest)\b[^.;()]{0,60}\(?\s*$|\b(?:GRANTED|DENIED|granted|denied|and)\s+as\s+to\s*$/.test(
          ctx.scan.slice(Math.max(sentence.start, list.start - 80), list.start),
        ) ||
          // ("Refractek may redact pages 14 through 19 of the report and footnote 4 on page 12": more of the same one.)
          // (Not a list that names a document of its own: "… and pages 14-22 and 31 of Dr. Pickett's report".)
          (/\b(?:of|in|to)\s+(?:the|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,?\s+and\s+$/.test(
            ctx.scan.slice(Math.max(sentence.start, list.start - 80), list.start),
          ) &&
            !/^\s*,?\s*(?:of|in|to)\s/i.test(ctx.scan.slice(list.end, sentence.end))))
      )
        linked.push({ target: { ...first.target, ranges: list.ranges }, at: list.end });
  return linked;
}
/** The labels of an exhibit list ("Exhibit H", "Exhibits C and F"), up to what follows them. */
const EXHIBIT_RUN =
  /\b(?:Exhibits?|Exs?\.|Exh\.)\s+[A-Z0-9]{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|through|to)\s+|-)[A-Z0-9]{1,3}(?![\w-]))*(?![\w-])/;
const OF_EXHIBIT =
  /^\s*,?\s*(?:of|to|in)\s+(?:the\s+)?(?:Exhibit|Ex\.|Exh\.)\s+[A-Z0-9]{1,3}(?![\w-])(?:\s*,?\s*(?:thereto|hereto))?/i;

/** "The proposed redactions to the memorandum of law [and to Exhibit 11] are approved": requests named by their documents. */
const PROPOSED_TO =
  /\b(?:the\s+)?(?:proposed|requested)\s+(?:redactions?|sealing)\s+(?:to|of|in)\s+((?:[^.;:()]|\b(?:No|Nos)\.)+?)\s+(?:is|are)\s+(?:hereby\s+)?(?:approved|granted|denied)\b/i;

/**
 * "The proposed redactions to the memorandum of law are approved, except for the redaction of footnote 6 on page 17, which
 * … is DENIED": each document named takes the ruling on what its request asked, less the exception, which is ruled apart.
 */
function proposedFor(
  ctx: Context,
  sentence: Span,
  rulings: RulingMatch[],
): { target: Bound; disposition: Disposition | null }[] {
  const text = ctx.scan.slice(sentence.start, sentence.end);
  const m = PROPOSED_TO.exec(text);
  if (!m) return [];
  const verbEnd = sentence.start + m.index + m[0].length;
  const disposition = rulingAt(rulings, verbEnd - 1, verbEnd - 1)?.disposition ?? null;
  if (!disposition) return [];
  const asked = ctx.requests.flat().filter((b) => b.sentence.start < sentence.start && b.ranges.length > 0);
  const out: { target: Bound; disposition: Disposition | null }[] = [];
  for (const raw of (m[1] ?? '').split(/\s*,\s*(?:and\s+)?(?:to\s+)?|\s+and\s+(?:to\s+)?/)) {
    const phrase = raw.replace(/^(?:the|its|his|her|their)\s+/i, '').trim();
    const exhibit = /^(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})(?![\w-])/i.exec(phrase);
    let found: Bound | undefined;
    if (exhibit) {
      const label = new RegExp(String.raw`\b(?:Exhibit|Ex\.)\s+${exhibit[1]}(?![\w-])`, 'i');
      found = asked.filter((b) => label.test(b.title)).pop();
    } else {
      const said = words(phrase);
      const head = said.find((w) => DOC_HEADS.has(w));
      if (!head) continue;
      let best = 0;
      for (const b of asked) {
        const known = knownWords(b);
        // (Not an exhibit's request: "pages 2 and 5 of Exhibit 11 to the Kessler Declaration" is no request for the
        // declaration.)
        if (!known.includes(head) || /\b(?:Exhibit|Ex\.)\s+\w{1,3}\s+(?:to|of)\b/i.test(b.title)) continue;
        const score = said.filter((w) => known.includes(w)).length;
        if (score >= best) {
          best = score;
          found = b;
        }
      }
    }
    if (found) out.push({ target: { ...found, sentence }, disposition });
  }
  // "The proposed redactions to the Memorandum of Law are approved as to pages 6-7, …, and DENIED as to pages 2 and 12":
  // each clause's pages, with its own ruling.
  const clauses = out.length === 1 ? asToClauses(ctx, sentence.start + m.index, sentence.end) : [];
  if (out[0] && clauses.length > 0)
    return clauses.map((c) => ({ target: { ...out[0]!.target, ranges: c.ranges }, disposition: c.disposition }));
  // "…, except for the redaction of footnote 6 on page 17, which … is DENIED": the exception comes off the one document.
  const lead = EXCEPT.exec(ctx.scan.slice(verbEnd, sentence.end));
  const list = lead ? parseRangeList(ctx.scan, verbEnd + lead[0].length, { at: true, limit: sentence.end }) : null;
  const ruling = list ? rulings.find((r) => r.start >= list.end) : undefined;
  const only = out.length === 1 ? out[0] : undefined;
  if (list && ruling && only && ruling.disposition !== disposition) {
    const removed = new Set(list.ranges.map(rangeKey));
    only.target = { ...only.target, ranges: only.target.ranges.filter((r) => !removed.has(rangeKey(r))) };
    out.push({ target: { ...only.target, ranges: list.ranges }, disposition: ruling.disposition });
  }
  return out.filter((c) => c.target.ranges.length > 0);
}

function describedRequests(
  ctx: Context,
  para: Span,
  sentence: Span,
  rulings: RulingMatch[],
): { target: Bound; at: number }[] {
  if (rulings.length === 0) return [];
  const text = ctx.scan.slice(sentence.start, sentence.end);
  const linked = relinkedLocators(ctx, sentence, rulings);
  if (linked.length > 0) return linked;
  const back = BACK_REFERENCE.exec(text);
  if (!back) return [];
  const at = sentence.start + back.index;
  // Only a reference that the ruling governs ("keeping them confidential", "the identified paragraphs … may be
  // redacted"), and only to what this paragraph asked.
  if (!rulings.some((r) => r.start - (at + back[0].length) < 80 && at - r.end < 90)) return [];
  const here = ctx.requests.filter((group) =>
    group.every((b) => b.sentence.start >= para.start && b.sentence.start < sentence.start),
  );
  const noun = /(paragraph|page|line|exhibit)/i.exec(back[0])?.[1]?.toLowerCase();
  if (noun) {
    const kind = noun === 'paragraph' ? 'paragraphs' : noun === 'page' ? 'pages' : noun === 'line' ? 'lines' : null;
    const mine = here.flat();
    const fit = kind
      ? mine.filter((b) => b.ranges.some((r) => r.kind === kind))
      : mine.filter((b) => /^(?:the\s+)?(?:exhibits?|ex\.)/i.test(b.title));
    return fit.slice(-1).map((target) => ({ target, at }));
  }
  // A pronoun, or "That request is GRANTED" after a request that named its document in words: every document of the last
  // request.
  const pronoun = /^(?:them|these|those)$/i.test(back[0]);
  if (!pronoun && !/^(?:th(?:at|is)|the)\s+request$/i.test(back[0])) return [];
  // ("I will grant both motions in part and deny them in part": the motions.)
  if (pronoun && RULED_MOTIONS_THEN_THEM.test(text)) return [];
  // (The request's parts: a document it asked for whole is left to the rulings that name it.)
  return (here[here.length - 1] ?? [])
    .filter((target) => pronoun || target.ranges.length > 0)
    .map((target) => ({ target, at }));
}

const EXCEPT =
  /^[^,;.()[\]]{0,30}?[)\]]?[^,;.()[\]]{0,30}?[,;]?\s*(?:but\s+)?except\s+(?:that\s+|as\s+to\s+|for\s+)?(?:(?:the|its|any)\s+)?(?:(?:proposed|requested)\s+)?(?:(?:redactions?|sealing)\s+(?:of|at|on)\s+)?/i;
/** "… [ECF No. 96] in its entirety, but Bayou Marine may redact pages 14 through 16 and page 21": the grant that follows a denial. */
const BUT_MAY =
  /^[)\]]?[^.;()[\]]{0,90}?(?:,?\s*(?:but|except\s+that)|;\s*(?:however,?\s*)?)\s+(?:[\w'’.-]+\s+){0,4}?(?:may|shall|will|must|can)\s+(?:also\s+|instead\s+)?(?:redact|seal|keep\s+sealed)\s+(?:(?:the|its|his|her|their)\s+[\w\s'’-]{0,40}?\s+(?:at|on|in)\s+)?/i;

/**
 * "shall maintain the unredacted brief (Docket Entry No. 29) under seal, except that the redaction of pages 31-33 of
 * the unredacted brief … is denied": locators in an exception clause after a document, with no docket of their own,
 * take the clause's own (different) ruling.
 */
function exceptionAfter(
  ctx: Context,
  ref: DocketRef,
  sentence: Span,
  rulings: RulingMatch[],
  disposition: Disposition,
): { ranges: CitedRange[]; disposition: Disposition } | null {
  const but = BUT_MAY.exec(ctx.scan.slice(ref.end, sentence.end));
  if (but && disposition === 'deny') {
    const granted = parseRangeList(ctx.scan, ref.end + but[0].length, { at: true, limit: sentence.end });
    if (granted) return { ranges: granted.ranges, disposition: 'redact' };
  }
  const lead = EXCEPT.exec(ctx.scan.slice(ref.end, sentence.end));
  if (!lead) return null;
  const list = parseRangeList(ctx.scan, ref.end + lead[0].length, { at: true, limit: sentence.end });
  if (!list) return null;
  if (refStartsIn(ctx, list.end, sentence.end)) return null;
  const ruling = rulings.find((r) => r.start >= list.end);
  if (!ruling || ruling.disposition === disposition) return null;
  return { ranges: list.ranges, disposition: ruling.disposition };
}

/** "the unredacted versions of the documents lodged at": copies, by where they were lodged. */
const LODGED_COPIES_AT =
  /\bunredacted\s+(?:versions?|cop(?:y|ies))\s+of\s+(?:the\s+)?(?:documents?|materials?|exhibits?|filings?)\s+(?:(?:conditionally|provisionally)\s+)?(?:lodged|filed)\s+(?:(?:conditionally|provisionally)\s+)?(?:under\s+seal\s+)?at\b/i;
/** A parenthetical that describes a lodged or sealed copy ("(sealed emergency motion …)", "(proposed sealed documents)"). */
const LODGED = /^[([]\s*(?:proposed\s+)?(?:sealed|lodged|unredacted|filed\s+under\s+seal|under\s+seal)\b/i;

/** Refs of a "See" cite that are described as the lodged, sealed copies: request targets. */
function lodgedCites(ctx: Context, sentence: Span): Bound[] {
  const out: Bound[] = [];
  for (const ref of ctx.refs) {
    if (ref.start < sentence.start || ref.end > sentence.end) continue;
    if (isMotionRef(ctx, ref) || ref.pin.length > 0) continue;
    const after = ctx.scan.slice(ref.end, Math.min(sentence.end, ref.end + 60)).trimStart();
    if (!LODGED.test(after)) continue;
    const close = after.indexOf(')');
    const title = tidyTitle(after.slice(1, close > 0 ? close : after.length).replace(LODGED_WORDS, ''));
    out.push({ ref, title, ranges: [], sentence, request: true });
  }
  return out;
}
const LODGED_WORDS = /^\s*(?:proposed\s+)?(?:sealed|lodged|unredacted|filed\s+under\s+seal|under\s+seal)\s*/i;

/** A neutral instruction ("to DOCKET", "to strike", "to serve") that governs the refs written after it. */
const NEUTRAL_CLAUSE =
  /\bto\s+(?:docket|strike|serve|send|transmit|mail|terminate|lodge|file|enter|update|correct)\b(?!\s+(?:\S+\s+){0,6}?under\s+seal)/gi;

/**
 * "DIRECTS the Clerk to DOCKET the Second Declaration, (doc. 369), …, to UNSEAL the Motion, (doc. 360)": a ref in a
 * clause whose own verb decides nothing does not take the ruling of a later clause (unless that clause points back:
 * "… strike the reply (Docs. 71, 71-1) and to re-file them under seal").
 */
function ofAnotherClause(
  ctx: Context,
  sentence: Span,
  ref: DocketRef,
  ruling: RulingMatch,
  rulings: RulingMatch[],
): boolean {
  if (ruling.start < ref.end) return false;
  let neutralAt = -1;
  const re = new RegExp(NEUTRAL_CLAUSE.source, 'gi');
  const lead = ctx.scan.slice(sentence.start, ref.start);
  for (let m = re.exec(lead); m; m = re.exec(lead)) neutralAt = sentence.start + m.index;
  if (neutralAt < 0 || rulings.some((r) => r.start > neutralAt && r.start < ref.start)) return false;
  const gap = ctx.scan.slice(ref.end, ruling.start);
  if (!/(?:,|\band)\s+(?:to\s+)?$|\bto\s+$/i.test(gap)) return false;
  return !pronounIn(ctx, sentence, ruling.start, Math.min(sentence.end, ruling.end + 20));
}

function dedupe(ranges: CitedRange[]): CitedRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const k = rangeKey(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A ruling cell's words: the ruling phrases, and the bare words tables use ("SEALED", "REDACTED", "APPROVED"). */
// ("CONTINUED SEALING as to Schedule 1 (pages 14-17); otherwise UNSEAL": D. Minn. L.R. 5.6 charts.)
const CELL_WORDS =
  /\b(?:(CONTINUED\s+SEALING|Continued\s+sealing|SEALED|Sealed|REDACTED|Redacted|APPROVED|Approved|MAINTAINED|Maintained|ALLOWED|Allowed|IMPOUNDED|Impounded|PROTECTED|Protected|RESTRICTED|Restricted|CONFIDENTIAL|Confidential|Granted|[Rr]edact(?=\s))|(UNSEALED|Unsealed|REJECTED|Rejected|DENIED|Denied|[Dd]enied|PUBLIC|Public))\b/g;

function cellRulings(ctx: Context, cell: { start: number; end: number }): RulingMatch[] {
  const found = rulingsIn(ctx, cell.start, cell.end);
  const text = ctx.scan.slice(cell.start, cell.end);
  const re = new RegExp(CELL_WORDS.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = cell.start + m.index;
    const end = start + m[0].length;
    if (found.some((r) => start < r.end && end > r.start)) continue;
    found.push({ start, end, disposition: m[1] ? 'redact' : 'deny' });
  }
  // "Remain sealed." (D. Minn. L.R. 5.6 tables); "Unseal, except 45:12-46:3 and 58:20-24, which shall remain redacted."
  // ("Unseal, except the rate tables at pp. 17-20 remain sealed", "Unseal, except ECF No. 214 at 4-9 and 22 remain sealed".)
  const remain = /^\s*(?:Remain|REMAIN)s?\s+(?:sealed|SEALED|under\s+seal|redacted)\b/.exec(text);
  if (remain && !found.some((r) => r.start < cell.start + remain[0].length))
    found.push({ start: cell.start + remain.index, end: cell.start + remain[0].length, disposition: 'redact' });
  const except =
    /^\s*(?:Unseal(?:ed)?|UNSEAL(?:ED)?)\s*,?\s+(except)\b(?=(?:[^.;]|\b(?:pp?|Nos?|Exs?|Dkt|Docs?)\.)*\b(?:remain|be|stay)\s+(?:redacted|sealed|under\s+seal)\b)/.exec(
      text,
    );
  if (except) {
    const start = cell.start + except[0].length - 'except'.length;
    found.push({ start, end: start + 'except'.length, disposition: 'redact' });
    // (The "remain redacted" that closes the exception is the same ruling.)
    const closing = found.filter((r) => r.start > start && r.disposition === 'redact');
    for (const r of closing) found.splice(found.indexOf(r), 1);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A table row whose cells wrap onto later lines ("Granted as to ¶¶ 12-19 and" / "27-31; denied as to ¶¶ 6-11,"), read
 * from a string of its own where each cell's pieces are joined: the other columns' words printed between them stay out
 * of it. Rows that do not wrap are read in place.
 */
function joinedRow(ctx: Context, row: Row): { rc: Context; row: Row } {
  if (!row.cells.some((c) => c.more && c.more.length > 0)) return { rc: ctx, row };
  let scan = '';
  const cells: Row['cells'] = [];
  for (const cell of row.cells) {
    if (scan) scan += '    ';
    const text = [cell, ...(cell.more ?? [])].map((p) => ctx.scan.slice(p.start, p.end).trim()).join(' ');
    cells.push({ start: scan.length, end: scan.length + text.length });
    scan += text;
  }
  const rc: Context = {
    ...ctx,
    scan,
    refs: findDocketRefs(scan),
    rulings: findRulings(scan, 0, scan.length),
    listCache: new Map(),
  };
  return { rc, row: { ...row, start: 0, end: scan.length, cells } };
}

/**
 * A document cell that opens with exhibits, or names its paper first ("Response, Exhibits 12 through 14", "Declaration of
 * Marisa Quintero, Exhibits C-E"): the lead before
 * the exhibit list (Colorado's "Filing ID | Document | Ruling" tables, one entry over several rows).
 */
const EXHIBITS_OF_ROW =
  /^\s*(?:[A-Z][\w'’.-]*(?:\s+(?:of|to|the|in|for|on|and|[A-Z][\w'’.-]*)){0,6},\s*)?(?=(?:Exhibits?|Exs?\.)\s+[A-Z0-9])/;

/** Table rows ("| 122-3 | Exhibit C to Lee Decl. | 5:3-9 | GRANTED |"): one directive per row with a docket and a ruling. */
function rowCandidates(ctx: Context, rows: Row[], sections: Map<Block, Section>): Candidate[] {
  const out: Candidate[] = [];
  const headers = new Map<number, string[]>();
  const groups = new Map<number, { dockets: string[]; title: string }>();
  let dataRows = 0;
  for (const realRow of rows) {
    // (A row whose cells wrap onto later lines is read from its cells' own words, joined: see rowText.)
    const { rc, row } = joinedRow(ctx, realRow);
    const cells = row.cells.map((c) => rc.scan.slice(c.start, c.end).trim());
    if (!headers.has(row.table) && cells.every((c) => !/\d/.test(c))) {
      headers.set(
        row.table,
        cells.map((c) => c.toLowerCase()),
      );
      continue;
    }
    const header = headers.get(row.table) ?? [];
    // "Rafael Quintanilla (ECF No. 224-2)" alone on its row: the document whose passages the rows under it rule on.
    const only = row.cells.length === 1 ? row.cells[0] : undefined;
    const heads = only ? findDocketRefs(rc.scan, only.start, only.end) : [];
    const head = heads.length === 1 ? heads[0] : undefined;
    if (only && head) {
      groups.set(row.table, {
        dockets: head.dockets,
        title: tidyTitle(rc.scan.slice(only.start, head.start).replace(/[\s(,[]+$/, '')),
      });
      continue;
    }
    const column = (re: RegExp) => header.findIndex((h) => re.test(h));
    let docketCol = column(
      /ecf|nyscef|dkt|docket|doc\.|entry|envelope|control|trans(?:action|\.)?\s+id|filing\s+(?:id|no)|sub\.?\s+no|filed\s+at|\bd\.\s?[ei]\./,
    );
    // ("Row | Document | Record | Ruling" with "R. 44-3" under Record, Sixth Circuit style: only when no other column
    // names the docket, and not the Record column that holds titles.)
    if (docketCol < 0) {
      const recordCol = column(/^(?:record|r\.?\s*(?:doc\.?)?)$/);
      if (recordCol >= 0 && /\d/.test(cells[recordCol] ?? '')) docketCol = recordCol;
    }
    // ("Material (D.E.) | Portions Sought", D.N.J. L. Civ. R. 5.3 indexes: the material is the document.)
    // ("Filing ID | Document | Ruling": the document column, before one whose "filing" names the docket.)
    const namedTitleCol = column(/document|description|exhibit|title|^material/);
    const titleCol = namedTitleCol >= 0 ? namedTitleCol : column(/filing|record/);
    let portionCol = column(/portion/);
    // ("NYSCEF Doc. No. | Document | Proposed | Ruling": what was proposed, ruled on by a bare "Granted".)
    if (portionCol < 0)
      portionCol = column(/sought|redact|seal|material|page|line|relief|request|location|passage|^proposed$/);
    // ("Information at issue": what the row asks to keep sealed.)
    if (portionCol < 0) portionCol = column(/\binformation\b|\bat\s+issue\b/);
    // ("Classification": Utah Code Jud. Admin. 4-202.04's "PROTECTED" / "PUBLIC".)
    // ("No. | Court record | Envelope No. | Portion | Ruling" under a Texas Rule 76a order: "Ruling" before "Court record".)
    let rulingCol = column(/ruling|result|disposition|decision|classification/);
    if (rulingCol < 0) rulingCol = column(/order|granted|court/);
    const reasonCol = column(/reason|basis|justification|ground/);
    if (rulingCol < 0) rulingCol = cells.findIndex((c) => /^(?:GRANTED|DENIED|Granted|Denied)\b/.test(c));
    // "Document (ROA No.)": a title column that cites each row's docket; never the Item column's own numbers.
    if (docketCol < 0 && titleCol >= 0) {
      const cell = row.cells[titleCol];
      if (cell && findDocketRefs(rc.scan, cell.start, cell.end).length > 0) docketCol = titleCol;
    }
    const itemCol = column(/^(?:item|no\.?|#|row)$/);
    if (docketCol < 0)
      docketCol = cells.findIndex(
        (c, i) =>
          i !== itemCol &&
          /^(?:(?:ECF|Dkt\.?|Doc\.?|R\.)\s*(?:No\.)?\s*)?\d+(?:-\d+)?(?:\s*,\s*\d+(?:-\d+)?)*$/.test(c),
      );
    if (portionCol === rulingCol || portionCol === docketCol) portionCol = -1;
    // "Raman Decl. (ROA 305), Exs. 3-5 | entire exhibits | GRANTED": no docket column; the document cell cites it.
    if (docketCol < 0 && titleCol >= 0) {
      const cell = row.cells[titleCol];
      if (cell && findDocketRefs(rc.scan, cell.start, cell.end).length > 0) docketCol = titleCol;
    }
    if (docketCol < 0 && !groups.has(row.table)) {
      const doc = tableDocument(ctx, rows, row.table);
      if (doc) groups.set(row.table, doc);
    }
    const group = docketCol < 0 ? groups.get(row.table) : undefined;
    // (Under a group row, a row's first cell holds the passage: "14:3-15:22   Proppant supply contract pricing   SEALED".)
    if (group && portionCol < 0 && rulingCol > 0) portionCol = 0;
    const docketCell = row.cells[docketCol] ?? (group ? row.cells[0] : undefined);
    // "IT IS FURTHER ORDERED that the Motion is DENIED as to the following:" over a table with no ruling column: the
    // sentence that introduces the table rules on every row.
    const lead = rulingCol < 0 ? tableLead(ctx, rows, row.table) : null;
    // (With neither a ruling nor a portion column, the lead rules on each row's whole document.)
    const rulingCell =
      row.cells[rulingCol] ?? (lead && (portionCol >= 0 ? row.cells[portionCol] : docketCell)) ?? undefined;
    if (!docketCell || !rulingCell) continue;
    const rulingText = lead ? '' : rc.scan.slice(rulingCell.start, rulingCell.end);
    const rulings = lead ? [lead] : cellRulings(rc, rulingCell);
    if (rulings.length === 0) continue;
    // (A cell wrapped onto later lines, "Motion for Appointment of" over "Receiver (3C81F5A0D92E7)": its last piece may hold
    // the entry, read when the first holds none.)
    const lastPiece = docketCell.more?.[docketCell.more.length - 1];
    const ownRefs = findDocketRefs(rc.scan, docketCell.start, docketCell.end);
    const idPiece =
      ownRefs.length === 0 &&
      lastPiece &&
      docketCol === titleCol &&
      /\)\s*$/.test(rc.scan.slice(lastPiece.start, lastPiece.end))
        ? lastPiece
        : null;
    const docketText = rc.scan.slice((idPiece ?? docketCell).start, (idPiece ?? docketCell).end);
    const refs = idPiece ? findDocketRefs(rc.scan, idPiece.start, idPiece.end) : ownRefs;
    // (Or, under "Document (Transaction ID)", the number in parentheses after the title: "Declaration of Priyanka Rao
    // (72810455)".)
    const bare =
      /^\s*(\d+(?:-\d+)?(?:\s*,\s*\d+(?:-\d+)?)*)\s*$/.exec(docketText) ??
      // (Colorado's e-filing IDs under "Filing ID": "D41A7C09E2B38".)
      (/\bfiling\s+id\b/i.test(header[docketCol] ?? '') ? /^\s*([0-9A-F]{10,16})\s*$/.exec(docketText) : null) ??
      // (New Jersey eCourts' transaction IDs under "Trans ID": "CHC2024098812".)
      (/\btrans(?:action|\.)?\s*id\b/i.test(header[docketCol] ?? '')
        ? /^\s*([A-Z]{3}\d{8,11})\s*$/.exec(docketText)
        : null) ??
      (/\(\s*[a-z.\s]*\)\s*$/i.test(header[docketCol] ?? '')
        ? (/\((\d{1,11}(?:-\d{1,4})?)\)\s*$/.exec(docketText) ??
          // (Colorado's e-filing IDs under "Document (Filing ID)": "Receiver (3C81F5A0D92E7)".)
          (/\bfiling\s+id\b/i.test(header[docketCol] ?? '') ? /\(([0-9A-F]{10,16})\)\s*$/.exec(docketText) : null))
        : null);
    // ("135 at 4-32", "134, ¶¶ 18-20, 44", "136 at 7-9, 15" under the "ECF No." column: a bare entry with its pin cite.)
    const pinnedBare =
      refs.length === 0 && docketCol >= 0 && docketCol !== titleCol
        ? /^(\s*)(\d{1,6}(?:-\d{1,4})?)(\s*,\s*(?=¶|pp?\.|paras?\.)|\s+at\s+(?=\d))/.exec(docketText)
        : null;
    const pinned = pinnedBare
      ? (parseRangeList(rc.scan, docketCell.start + pinnedBare[0].length, {
          at: true,
          context: /\bat\s+$/.test(pinnedBare[3] ?? '') ? 'ecf' : null,
          limit: docketCell.end,
        })?.ranges ?? [])
      : [];
    // ("105-7 through 105-9" under the docket column: each attachment of the run.)
    const run = /^\s*(\d{1,5})-(\d{1,4})\s+(?:through|thru|to)\s+(\d{1,5})-(\d{1,4})\s*$/.exec(docketText);
    const attachments =
      run && run[1] === run[3] && Number(run[4]) > Number(run[2]) && Number(run[4]) - Number(run[2]) < 50
        ? Array.from({ length: Number(run[4]) - Number(run[2]) + 1 }, (_, k) => `${run[1]}-${Number(run[2]) + k}`)
        : null;
    // ("| 142 | Plaintiffs' Motion for Class Certification (Dkt. No. 143) | …": a column of the sealing motions' numbers; the
    // document cell cites the document's own entry.)
    const columnDockets =
      refs.length > 0 ? refs.flatMap((r) => r.dockets) : bare ? (bare[1] ?? '').split(/\s*,\s*/) : [];
    const documentCell = titleCol >= 0 && titleCol !== docketCol ? row.cells[titleCol] : undefined;
    const documentRefs =
      documentCell && columnDockets.length > 0 && columnDockets.every((d) => ctx.motions.has(d))
        ? findDocketRefs(rc.scan, documentCell.start, documentCell.end)
        : [];
    const dockets =
      documentRefs.length === 1
        ? (documentRefs[0]?.dockets ?? [])
        : group
          ? group.dockets
          : refs.length
            ? refs.flatMap((r) => r.dockets)
            : attachments
              ? attachments
              : bare
                ? (bare[1] ?? '').split(/\s*,\s*/)
                : pinnedBare && pinned.length > 0
                  ? [pinnedBare[2] ?? '']
                  : [];
    if (dockets.length === 0) continue;
    const portionCell = row.cells[portionCol];
    const atPins = portionCell ? /^\s*at\s+\d/.test(rc.scan.slice(portionCell.start, portionCell.end)) : false;
    const findIn = (
      cell: { start: number; end: number; more?: { start: number; end: number }[] } | undefined,
    ): CitedRange[] => {
      if (!cell) return [];
      // ("at 4-9" in the portion column: an ECF pin of the row's entry; and, beside such pins, "Granted as to 17-18;
      // denied as to 2" in the ruling column.)
      const re = new RegExp(
        RANGE_START.source +
          String.raw`|\b(?:entire|entirety|whole|in\s+(?:its|their)\s+entirety)\b|\bat\s+(?=\d)` +
          (atPins ? String.raw`|(?<=\bas\s+to\s+)(?=\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*(?:[;,.]|and\b|$))` : ''),
        'gi',
      );
      const window = rc.scan.slice(cell.start, cell.end);
      const found: CitedRange[] = [];
      let pos = cell.start;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        // (The bare numbers after "as to" match nothing but a place: step past it, or the search stands still.)
        const bare = m[0] === '';
        if (bare) re.lastIndex++;
        const at = cell.start + m.index;
        if (at < pos) continue;
        const list = parseRangeList(rc.scan, at, {
          whole: true,
          at: true,
          limit: cell.end,
          context: bare ? 'ecf' : null,
        });
        if (list && list.end <= cell.end) {
          // ("UNSEAL as to 112:9-14 (describes the same data as ¶ 19 above)": a cross-reference, not a part ruled on.)
          if (!/^\s*(?:above|below|supra)\b/.test(rc.scan.slice(list.end, list.end + 12))) found.push(...list.ranges);
          pos = list.end;
          re.lastIndex = list.end - cell.start;
        }
      }
      // "… at Doc. 385-4 at 7-9": a docket's own pin cite in the cell.
      for (const ref of findDocketRefs(rc.scan, cell.start, cell.end)) found.push(...ref.pin);
      const wrapped = 'more' in cell && Array.isArray(cell.more) ? cell.more.flatMap((piece) => findIn(piece)) : [];
      found.push(...wrapped.filter((r) => r.kind !== 'whole'));
      return found.some((r) => r.kind === 'whole') ? [{ kind: 'whole' }] : found;
    };
    // "GRANTED as to 12:4-18; DENIED as to 17 n.6": one clause per disposition phrase. When the locators come first
    // ("Seal in full DENIED; ¶¶ 31-38 and ¶ 52 REDACTED"), the clauses are the cell's ";"-separated parts.
    const clauses: { disposition: Disposition; start: number; end: number }[] = [];
    const prefixed = /^\s*$/.test(rc.scan.slice(rulingCell.start, rulings[0]?.start ?? rulingCell.start));
    // ("DENIED; Schedule B pricing (pp. 14-16) may be redacted": each ";"-part rules on what it names.)
    if (!/;/.test(rulingText) || (prefixed && rulingText.split(';').some((part) => !/\S/.test(part)))) {
      // ("Remain sealed as to pages 3-4 and 9, which …. Pages 1-2 and 5-8 shall be unsealed.": a ruling in a later
      // sentence rules on that sentence's parts, from the sentence's start.)
      const cellSentences = sentences(rc.scan, rulingCell.start, rulingCell.end);
      const starts = rulings.map((r, i) => {
        const own = cellSentences.find((t) => t.start <= r.start && r.start < t.end);
        return i > 0 && own && own.start >= rulings[i - 1]!.end ? own.start : r.start;
      });
      rulings.forEach((r, i) => {
        const last = clauses[clauses.length - 1];
        const end = starts[i + 1] ?? rulingCell.end;
        if (last && last.disposition === r.disposition) last.end = end;
        else clauses.push({ disposition: r.disposition, start: starts[i]!, end });
      });
    } else {
      let from = rulingCell.start;
      for (const part of rulingText.split(';')) {
        const to = from + part.length;
        // ("GRANTED as to 3:15-22 and 9:1-6, which quote … prices. DENIED as to 14:4-10; Clearcast's declaration …": each
        // ruling of a part its own clause.)
        const own = rulings.filter((r) => r.start >= from && r.start < to);
        own.forEach((r, k) =>
          clauses.push({ disposition: r.disposition, start: k === 0 ? from : r.start, end: own[k + 1]?.start ?? to }),
        );
        from = to + 1;
      }
    }
    // ("GRANTED; to remain under seal": a part that only says the same again, with nothing located, is one clause.)
    for (let k = clauses.length - 1; k > 0; k--) {
      const clause = clauses[k]!;
      const previous = clauses[k - 1]!;
      if (clause.disposition === previous.disposition && !/\d/.test(rc.scan.slice(clause.start, clause.end))) {
        previous.end = clause.end;
        clauses.splice(k, 1);
      }
    }
    // ("Unseal, except …": the document, but for the parts excepted.)
    const wholeClause = (clause: { start: number; end: number }) =>
      /\b(?:in\s+full|entire(?:ty)?|whole|seal\b)|^\s*unseal(?:ed)?\s*,?\s*$|^\s*unseal\s+the\s+(?:remainder|rest|balance)\b|^\s*(?:otherwise\s+)?(?:DENIED|Denied|denied)\s+as\s+to\s+the\s+(?:remainder|rest|balance)\b/i.test(
        rc.scan.slice(clause.start, clause.end),
      );
    const parts: { disposition: Disposition; ranges: CitedRange[] }[] = [];
    // The exhibits a document cell names after its docket ("(ROA 305), Exs. 3-5") are the parts the row rules on.
    const cited = refs[refs.length - 1];
    const named =
      docketCol === titleCol && cited
        ? (parseRangeList(rc.scan, cited.end + (/^[\s)\]]*,?\s*/.exec(rc.scan.slice(cited.end))?.[0].length ?? 0), {
            limit: docketCell.end,
          })?.ranges ?? [])
        : [];
    if (clauses.length === 1) {
      let ranges = /\bas\s+to\b/i.test(rulingText) ? findIn(rulingCell) : [];
      if (ranges.length === 0) ranges = findIn(row.cells[portionCol]);
      if (named.length > 0 && (ranges.length === 0 || ranges.every((r) => r.kind === 'whole'))) ranges = named;
      // ("Exhibits C-E to the Declaration of Dr. Renata Solis [Doc. No. 90-3] | Exhibits in their entirety | GRANTED":
      // exhibits named before the docket of the document they are attached to, inside it — KEYING.md rule 3.)
      const leading =
        docketCol === titleCol &&
        cited &&
        refs.length === 1 &&
        dockets.length === 1 &&
        // (Not "Exs. 5-7 to Sorensen Decl. (Dkt. Nos. 85-7," with the rest of its entries wrapped out of the cell.)
        !/\b(?:Nos|Dkts|Docs)\./i.test(rc.scan.slice(cited.start, cited.end)) &&
        docketCell &&
        (ranges.length === 0 || ranges.every((r) => r.kind === 'whole'))
          ? rangesLeading(
              rc,
              docketCell.start + (/^\s*/.exec(rc.scan.slice(docketCell.start))?.[0].length ?? 0),
              cited.start,
              cited,
            )
          : [];
      if (leading.length > 0 && leading.every((r) => r.kind === 'exhibits')) ranges = leading;
      if (ranges.length === 0 && portionCol < 0) ranges = findIn(rulingCell);
      if (ranges.length === 0 && pinned.length > 0) ranges = pinned;
      // "Opposition brief, pages 3-4" in the document column (its exhibit letters name the document, not a part of it).
      if (ranges.length === 0 && titleCol >= 0 && titleCol !== docketCol)
        ranges = findIn(row.cells[titleCol]).filter(isPart);
      // "85 | Exhibits C-E to Treviño Declaration | Entire exhibits | GRANTED", the declaration filed as one entry with its
      // exhibits (its docket on other rows too): those exhibits of the entry.
      const titleCell = titleCol >= 0 && titleCol !== docketCol ? row.cells[titleCol] : undefined;
      const titleText = titleCell ? rc.scan.slice(titleCell.start, titleCell.end) : '';
      const shared = () =>
        rows.some(
          (other) =>
            other !== realRow &&
            other.table === row.table &&
            other.cells[docketCol] !== undefined &&
            // (The other rows as the order prints them: this row's own cells may be read from a joined copy.)
            ctx.scan.slice(other.cells[docketCol]!.start, other.cells[docketCol]!.end).trim() === docketText.trim(),
        );
      const exhibitsLead = EXHIBITS_OF_ROW.exec(titleText);
      if (
        titleCell &&
        ranges.every((r) => r.kind === 'whole') &&
        dockets.every((d) => !d.includes('-')) &&
        exhibitsLead &&
        shared()
      ) {
        const labelled = parseRangeList(rc.scan, titleCell.start + exhibitsLead[0].length, { limit: titleCell.end });
        if (labelled && labelled.ranges.every((r) => r.kind === 'exhibits')) ranges = labelled.ranges;
      }
      parts.push({ disposition: clauses[0]?.disposition ?? 'redact', ranges });
    } else {
      for (const clause of clauses) {
        // ("136 at 7-9, 15 | GRANTED as to 7-9; DENIED as to 15": the clause's numbers are the pin's, ECF pages.)
        let ranges = findIn(clause).map((r) =>
          r.kind === 'pages' && pinned.some((p) => p.kind === 'ecfPages' && p.from <= r.from && r.to <= p.to)
            ? { ...r, kind: 'ecfPages' as const }
            : r,
        );
        const asTo =
          pinned.length > 0 && ranges.length === 0
            ? /\bas\s+to\s+(?=\d)/.exec(rc.scan.slice(clause.start, clause.end))
            : null;
        if (asTo)
          ranges =
            parseRangeList(rc.scan, clause.start + asTo.index + asTo[0].length, {
              at: true,
              context: pinned.some((r) => r.kind === 'ecfPages') ? 'ecf' : null,
              limit: clause.end,
            })?.ranges ?? [];
        // ("DENIED, except that the price schedule at pp. 14-15 may be redacted": the whole refused, the parts excepted
        // granted.)
        if (
          ranges.length > 0 &&
          /^\s*(?:GRANTED|DENIED|Granted|Denied|granted|denied)\s*,?\s*except\s/.test(
            rc.scan.slice(clause.start, clause.end),
          )
        ) {
          parts.push({ disposition: clause.disposition, ranges: [{ kind: 'whole' }] });
          parts.push({ disposition: clause.disposition === 'deny' ? 'redact' : 'deny', ranges });
          continue;
        }
        const bare = /^\s*(?:otherwise\s+)?(?:GRANTED|DENIED|Granted|Denied)\s*$/.test(
          rc.scan.slice(clause.start, clause.end),
        );
        const asked = bare ? row.cells[portionCol] : undefined;
        // "GRANTED as to 22:4-23:11 and 41:2-9; otherwise DENIED": the rest refused, so the whole.
        if (
          ranges.length === 0 &&
          clause.disposition === 'deny' &&
          /^\s*otherwise\s+(?:DENIED|Denied|denied)\s*\.?\s*$/.test(rc.scan.slice(clause.start, clause.end)) &&
          clauses.some((c) => c.disposition === 'redact') &&
          // (When the row asked for parts, "otherwise DENIED" refuses the rest of those parts: read below.)
          !findIn(row.cells[portionCol]).some((r) => r.kind !== 'whole')
        )
          parts.push({ disposition: 'deny', ranges: [{ kind: 'whole' }] });
        else if (ranges.length > 0) parts.push({ disposition: clause.disposition, ranges });
        else if (wholeClause(clause)) parts.push({ disposition: clause.disposition, ranges: [{ kind: 'whole' }] });
        // "Seal entire exhibit | DENIED; Schedule B pricing (pp. 14-16) may be redacted": a bare ruling word rules on
        // what the row asked.
        else if (asked && findIn(asked).length > 0)
          parts.push({ disposition: clause.disposition, ranges: findIn(asked) });
        else if (asked && wholeClause(asked))
          parts.push({ disposition: clause.disposition, ranges: [{ kind: 'whole' }] });
      }
    }
    const section = sections.get(realRow) ?? { path: '', start: 0, basis: null };
    const reason = reasonCol >= 0 ? (cells[reasonCol] ?? '') : '';
    const title = titleCol >= 0 ? tidyTitle(cells[titleCol] ?? '') : (group?.title ?? '');
    const ordinal = ++dataRows;
    parts.forEach(({ disposition, ranges }, k) => {
      out.push({
        directive: {
          item:
            (section.path ? `${section.path}.row${ordinal}` : `row ${ordinal}`) +
            (parts.length > 1 ? String.fromCharCode(97 + k) : ''),
          document: title || `Docket ${dockets.join(', ')}`,
          dockets,
          disposition,
          ranges: ranges.length ? ranges : [{ kind: 'whole' }],
          basis: basisOf(reason) ?? section.basis ?? basisOf(cells.join(' ')),
          standard: standardAt(ctx, section, realRow.start),
          source: source(ctx, realRow.start, realRow.end),
        },
        warnings: refs.flatMap((r) => r.warnings),
        position: realRow.start + k,
      });
    });
  }
  return out;
}

/**
 * "3. The Opinion (D.I. 341). The parties jointly propose five redactions to the Opinion. … The Court rules on them as
 * follows:" over a table of locations with no docket column: the one document the paragraph that introduces the table
 * cites is every row's.
 */
function tableDocument(ctx: Context, rows: Row[], table: number): { dockets: string[]; title: string } | null {
  const lead = paragraphBeforeTable(ctx, rows, table, 800);
  if (!lead) return null;
  const { first, paragraphStart, text } = lead;
  if (!/(?::|\bas\s+follows\.?)$/i.test(text)) return null;
  const cites = ctx.refs.filter((r) => r.start >= paragraphStart && r.end <= first.start && !isMotionRef(ctx, r));
  const dockets = new Set(cites.flatMap((r) => r.dockets));
  const only = cites[0];
  if (dockets.size !== 1 || !only) return null;
  const title = titleBefore(ctx.scan, paragraphStart, only.start);
  return {
    dockets: [...dockets],
    title: title ? tidyTitle(ctx.scan.slice(title.start, only.start).replace(/[\s(,[]+$/, '')) : '',
  };
}

/** The paragraph (within `reach` characters) right before a table's first row, and where it starts. */
function paragraphBeforeTable(
  ctx: Context,
  rows: Row[],
  table: number,
  reach: number,
): { first: Row; paragraphStart: number; text: string } | null {
  const first = rows.find((r) => r.table === table);
  if (!first) return null;
  const before = ctx.scan.slice(Math.max(0, first.start - reach), first.start);
  const paragraphStart = first.start - before.length + Math.max(0, before.trimEnd().search(/\n\s*\n(?![^]*\n\s*\n)/));
  return { first, paragraphStart, text: ctx.scan.slice(paragraphStart, first.start).trim() };
}

/** The ruling of the sentence right before a table (ending in a colon or "as follows"), if it has one. */
function tableLead(ctx: Context, rows: Row[], table: number): RulingMatch | null {
  const lead = paragraphBeforeTable(ctx, rows, table, 600);
  if (!lead) return null;
  const { first, paragraphStart, text } = lead;
  // "APPENDIX B / Documents to Be Unsealed": a title over the table says what is done with its rows.
  if (text.length <= 160 && !/[.;:]/.test(text.replace(/\b(?:No|Nos|Doc|Dkt)\./g, ''))) {
    const at = paragraphStart + ctx.scan.slice(paragraphStart, first.start).search(/\S/);
    if (/\bun-?seal(?:ed)?\b|\b(?:public(?:ly)?\s+(?:filed|docket|record)|not\s+(?:be\s+)?sealed)\b/i.test(text))
      return { start: at, end: at + 1, disposition: 'deny' };
    if (
      /\b(?:remain|be|kept|maintained|filed)\s+(?:sealed|under\s+seal)\b|\b(?:sealed|redacted|restricted)\b/i.test(text)
    )
      return { start: at, end: at + 1, disposition: 'redact' };
  }
  if (!/(?::|\bas\s+follows\.?|\bstated\.?)$/i.test(text)) return null;
  const rulings = ctx.rulings.filter((r) => r.start >= paragraphStart && r.end <= first.start);
  return rulings[rulings.length - 1] ?? null;
}

/**
 * "Exhibit 3 to Dkt. No. 142 (Dkt. No. 142-4)": the entry an exhibit is attached to, named right before the exhibit's own
 * attachment cite, is where the exhibit is, not a document ruled on (KEYING.md rule 3).
 */
function withoutParentBeforeOwnCite(scan: string, refs: DocketRef[]): DocketRef[] {
  return refs.filter((ref, k) => {
    const next = refs[k + 1];
    const own = ref.dockets.length === 1 ? ref.dockets[0] : undefined;
    return !(
      own &&
      next &&
      ref.pin.length === 0 &&
      next.dockets.length === 1 &&
      next.dockets[0]?.startsWith(`${own}-`) &&
      /^\s*[([]\s*$/.test(scan.slice(ref.end, next.start)) &&
      /\b(?:to|of|attached\s+to)\s+$/i.test(scan.slice(Math.max(0, ref.start - 20), ref.start))
    );
  });
}

/** Runs the assembly over a structured order. */
export function assemble(clean: CleanText, st: Structure): Candidate[] {
  const ctx: Context = {
    clean,
    scan: st.scan,
    standards: findStandards(st.scan),
    refs: withoutParentBeforeOwnCite(
      st.scan,
      withRecordLabels(
        st.scan,
        withDocketTextRefs(
          st.scan,
          withRowRefs(st.scan, withFootnoteCites(st.scan, findDocketRefs(st.scan), clean.text), st.blocks),
          st.blocks,
        ),
      ),
    ),
    rulings: findRulings(st.scan, 0, st.scan.length),
    motions: new Set(),
    aliases: [],
    exhibitParent: null,
    terms: [],
    colonRuling: null,
    requests: [],
    named: [],
    listNamed: [],
    listCache: new Map(),
    motionRulings: [],
    deniedWhole: new Set(),
    requestItems: new Map(),
  };
  ctx.motions = motionDockets(st.scan, ctx.refs);
  ctx.aliases = findAliases(st.scan, ctx.refs);
  ctx.terms = findDefinedTerms(st.scan, ctx.refs);
  const sections = sectionsFor(st.blocks);
  const out: Candidate[] = [];
  ctx.blocks = st.blocks;
  out.push(...listCandidates(ctx, st.blocks, sections));
  // Tables rule first: a later sentence that names a row's document again ("shall file public copies of the Garza
  // Affidavit …") adds nothing.
  const rowsOut = rowCandidates(
    ctx,
    st.blocks.filter((b): b is Row => b.type === 'row'),
    sections,
  );
  // Dockets already ruled on in prose: a later bare mention ("shall file a redacted version of ECF No. 129") adds nothing.
  const decided = new Set<string>(rowsOut.flatMap((c) => c.directive.dockets));
  let itemBefore: Bound | null = null;
  let subjectDoc: Bound | null = null;
  for (const block of st.blocks) {
    if (block.type === 'heading') subjectDoc = headingDocument(ctx, block);
    while (ctx.listNamed[0] && ctx.listNamed[0].ref.start < block.start) ctx.named.push(ctx.listNamed.shift()!);
    if (block.type !== 'para' && !(block.type === 'item' && discursive(ctx, block))) {
      ctx.colonRuling = null;
      itemBefore = block.type === 'item' ? (itemDocument(ctx, block) ?? titledDocument(ctx, block)) : null;
      continue;
    }
    const section = sections.get(block) ?? { path: '', start: 0, basis: null };
    // "A. The Arruda report. Sakonnet asks to seal the report in full. …": a run-in heading naming a document cited before.
    const runIn =
      block.type === 'para' && !itemBefore
        ? runInDocument(ctx, block)
        : (itemRunInDocument(ctx, block) ?? itemCitedHeading(ctx, block));
    out.push(
      ...proseCandidates(
        ctx,
        block,
        section,
        decided,
        // ("A. The Transcript [Doc. 138]" over "(a) 23:14-25:2 (Dunaway; …): GRANTED.": a discursive item under a sub-heading
        // that cites one document is about it too.)
        block.type === 'para' ? (itemBefore ?? runIn ?? subjectDoc) : (runIn ?? subjectDoc),
      ),
    );
    itemBefore = null;
    // "A.   The Time Charter (R. Doc. 212-3)", "1. The Barrel Supply Agreement [DN 83-4]": a sub-heading that cites one document; the paragraphs under it, up to the
    // next such heading, are about it.
    if (
      /^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.\s+[^.;\n]{2,80}(?:\([^()\n]{2,40}\)|\[[^[\]\n]{2,40}\])\s*$/.test(
        ctx.scan.slice(block.start, block.end),
      )
    ) {
      const cites = ctx.refs.filter((r) => r.start >= block.start && r.end <= block.end);
      const only = cites.length === 1 ? cites[0] : undefined;
      subjectDoc = ctx.named.filter((b) => b.ref === only).pop() ?? null;
      // ("A.    The Joint Stipulation (Dkt. 210-2)" set apart from its paragraph: the heading itself names it, unless it
      // heads a motion's rulings, "B. Defendants' Motion (Dkt. 97)".)
      const heading = subjectDoc ? null : citedHeading(ctx, block, cites);
      if (
        heading &&
        heading.ref.pin.length === 0 &&
        !/\b(?:motions?|applications?|requests?|petitions?|letters?|stipulations?\s+to\s+seal)\b/i.test(heading.title)
      )
        subjectDoc = heading;
    }
  }
  // "The Court's rulings are summarized in the following table.": the table rules on each document it lists; what the
  // discussion before it said of those documents is said again there, exactly.
  const rows = st.blocks.filter((b): b is Row => b.type === 'row');
  for (const table of new Set(rows.map((r) => r.table))) {
    const first = rows.find((r) => r.table === table);
    if (
      !first ||
      !/\bsummar(?:y|ized|ised|izes|ises)\b[^.]{0,120}[.:]?\s*$/i.test(
        ctx.scan.slice(Math.max(0, first.start - 200), first.start),
      )
    )
      continue;
    const last = rows.filter((r) => r.table === table).pop() ?? first;
    const listed = new Set(
      rowsOut.filter((c) => c.position >= first.start && c.position <= last.end).flatMap((c) => c.directive.dockets),
    );
    for (let k = out.length - 1; k >= 0; k--) {
      const c = out[k];
      if (c && c.position < first.start && c.directive.dockets.every((d) => listed.has(d))) out.splice(k, 1);
    }
  }
  out.push(...rowsOut);
  out.push(...undecidedRequests(ctx, out));
  // A ruling that names a document in words and says again what another directive says adds nothing.
  const said = new Set(out.filter((c) => !c.linked).map((c) => directiveKey(c.directive)));
  const kept = out.filter((c) => {
    if (!c.linked) return true;
    const k = directiveKey(c.directive);
    if (said.has(k)) return false;
    said.add(k);
    return true;
  });
  // "… the following portions of the transcript (doc. no. 84) shall be redacted:" then the portions, item by item: the
  // lead-in rules on those parts, not on the whole transcript.
  const introduced = kept.filter((c) => {
    const d = c.directive;
    if (!(d.ranges.length === 1 && d.ranges[0]?.kind === 'whole') || !/:\s*$/.test(d.source.text)) return true;
    return !kept.some(
      (other) =>
        other !== c &&
        other.directive.disposition === d.disposition &&
        other.directive.dockets.join() === d.dockets.join() &&
        other.directive.ranges.every((r) => r.kind !== 'whole') &&
        other.directive.source.start >= d.source.end &&
        other.directive.source.start - d.source.end < 400,
    );
  });
  // "The Clerk shall seal the unredacted versions of Sub Nos. 86 and 91 upon the filing of the redacted versions": the
  // sealed copies of documents this order redacts in part carry out those redactions; they seal nothing more.
  // ("4. The unredacted versions of ECF Nos. 57-1, 57-2, 57-5, 57-6, 57-7, 60, and 66 shall remain under seal": each entry
  // this order already seals, in part or whole, is left out.)
  const unredacted = (c: Candidate) =>
    c.directive.disposition === 'redact' &&
    c.directive.ranges.every((r) => r.kind === 'whole') &&
    /\b(?:unredacted|lodged)\s+(?:versions?|cop(?:y|ies))\s+of\b/i.test(
      st.scan.slice(c.directive.source.start, c.directive.source.end),
    );
  const carriedOut = introduced.flatMap((c) => {
    if (!unredacted(c)) return [c];
    // ("The Clerk shall file under seal the unredacted versions of the documents lodged at Dkt. 96-2 through 96-6": the
    // lodged copies, named to say where they are (KEYING.md rule 4).)
    if (LODGED_COPIES_AT.test(st.scan.slice(c.directive.source.start, c.directive.source.end))) return [];
    const d = c.directive;
    const partly = (docket: string) =>
      introduced.some(
        (other) =>
          other.directive.disposition === 'redact' &&
          other.directive.dockets.includes(docket) &&
          other.directive.ranges.some((r) => r.kind !== 'whole'),
      );
    // (Or decided otherwise: "… and unredacted versions of Exhibits 10 through 12" after their denial.)
    const sealed = (docket: string) =>
      introduced.some((other) => other !== c && !unredacted(other) && other.directive.dockets.includes(docket));
    if (!d.dockets.some(partly) && !d.dockets.every(sealed)) return [c];
    const rest = d.dockets.filter((docket) => !partly(docket) && !sealed(docket));
    return rest.length === 0 ? [] : [{ ...c, directive: { ...d, dockets: rest } }];
  });
  // (A whole seal beside parts goes first, so that it cannot stand for "the rest is decided" when the order refuses it.)
  return withRestRefused(
    ctx.clean.original,
    ctx.scan,
    ctx.blocks ?? [],
    ctx.refs,
    ctx.motions,
    withoutWholeBesideParts(carriedOut),
  ).sort((a, b) => a.position - b.position);
}

/** Text between two documents of a request that makes the second a parent or a context of the first ("… (ECF 174-9, 174-10) to the Declaration …", "filed in support of …"). */
const CONTEXT_CONNECTOR =
  /^[\s)\],]*(?:to|of|attached\s+to|(?:filed\s+)?in\s+support\s+of|filed\s+with|in\s+opposition\s+to|which|that|who)\b/i;

/** The documents a request asks about: without the parents and contexts it cites after them. */
function requested(ctx: Context, targets: Bound[]): Bound[] {
  return targets.filter((t, i) => {
    const before = targets[i - 1];
    if (!before || before.sentence !== t.sentence) return true;
    const between = ctx.scan.slice(before.ref.end, t.ref.start);
    // "…, and portions of the Declaration … submitted in support of the motion, see ECF 364-6": a second document asked for.
    if (/;|\band\b|\bor\b|\bas\s+well\s+as\b/i.test(between)) return true;
    return !CONTEXT_CONNECTOR.test(between) && !OTHER_DOCUMENT_CLAUSE.test(between);
  });
}

/** A motion whose object is not sealing ("motion to compel", "motion for summary judgment"). */
const OTHER_MOTION =
  /\bmotions?\s+(?:to|for)\s+(?!(?:leave\s+to\s+)?(?:file\s+(?:\S+\s+){0,5}?under\s+seal|seal|redact|restrict|impound|maintain|keep|unseal|confidential|provisional|partial(?:ly)?\s+seal))/i;
/** The motion, application or stipulation itself (not "the request to seal Exhibit 6"). */
const WHOLE_MOTION = /\b(?:motions?|applications?|stipulations?|petitions?)\b/i;
/** Words that make a request a sealing request (before the documents it names). */
const SEALING_WORDS = /\b(?:seal\w*|redact\w*|restrict\w*|impound\w*|confidential\s+treatment|unseal\w*)\b/i;
/** A clause after a requested document that introduces another one ("that the Plaintiff filed with his reply (# 89)"). */
const OTHER_DOCUMENT_CLAUSE =
  /\b(?:that|which|who|filed\s+(?:with|in|as)|in\s+support\s+of|in\s+opposition\s+to|attached\s+to|submitted\s+with|cited\s+in)\b/i;

/**
 * "The Defendants ask for Level 1 Restriction of two exhibits (## 91-1, 91-2) …" and, anywhere in the order, "The motion
 * is GRANTED": the documents a sealing request named and no ruling decided one by one take the ruling on the motion as a
 * whole (only when every such ruling agrees, and none is "in part").
 */
function undecidedRequests(ctx: Context, out: Candidate[]): Candidate[] {
  const dispositions = new Set(ctx.motionRulings.map((r) => r.disposition));
  const ruling = ctx.motionRulings[ctx.motionRulings.length - 1];
  if (dispositions.size !== 1 || !ruling) return [];
  const decided = new Set(out.flatMap((c) => c.directive.dockets));
  const added: Candidate[] = [];
  for (const group of ctx.requests) {
    const first = group[0];
    if (!first) continue;
    const sentence = ctx.scan.slice(first.sentence.start, first.sentence.end);
    if (!first.sealing && !SEALING_WORDS.test(ctx.scan.slice(first.sentence.start, first.ref.start))) continue;
    // A request whose documents the order decides one by one: the ruling on the motion adds nothing to the rest. (Nor to
    // an entry whose attachments it decides: "… submitted in support of its Motion [doc. 49]" after rulings on 49-4, 49-6.)
    const attachmentDecided = (d: string) => [...decided].some((x) => x.startsWith(`${d}-`));
    if (group.some((b) => b.ref.dockets.some((d) => decided.has(d) || attachmentDecided(d)))) continue;
    let previousEnd = first.sentence.start;
    for (const target of group) {
      if (
        previousEnd > first.sentence.start &&
        OTHER_DOCUMENT_CLAUSE.test(ctx.scan.slice(previousEnd, target.ref.start))
      )
        break;
      previousEnd = target.ref.end;
      if (
        (isMotionRef(ctx, target.ref) && target.ranges.length === 0) ||
        target.ref.dockets.some((d) => decided.has(d))
      )
        continue;
      if (SEALING_MOTION.test(rulingWords(target.title))) continue;
      for (const d of target.ref.dockets) decided.add(d);
      added.push({
        directive: {
          item: ruling.disposition === 'deny' ? 'denied' : 'order',
          document: documentName(target.title, target.ref, ctx),
          dockets: target.ref.dockets,
          disposition: ruling.disposition,
          ranges: target.ranges.length ? target.ranges : [{ kind: 'whole' }],
          basis: basisOf(sentence),
          standard: ctx.standards.find((s) => s.position <= ruling.position)?.value ?? null,
          source: source(ctx, target.sentence.start, trimEnd(ctx, target.sentence.start, target.sentence.end)),
        },
        warnings: target.ref.warnings,
        position: Math.max(ruling.position, target.sentence.start),
        linked: true,
      });
    }
  }
  return added;
}
