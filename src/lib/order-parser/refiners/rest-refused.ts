// Refiner: "… may redact 45:10-47:3, and the motion is otherwise DENIED as to that exhibit": the rest of a document partly granted is refused, so a whole-document denial beside the parts.
import type { Directive } from '../../model/directive.ts';
import type { Candidate } from '../assemble.ts';
import type { DocketRef } from '../parsers/dockets.ts';
import type { Block } from '../structure.ts';
import { sentences, type Span } from '../text-tools.ts';

// ("otherwise DE-" / "NIED": split across a line.)
const DENY = String.raw`(?:DENIED|DENIES|DENY|Denied|denie[sd]|deny|DE-\s*NIE[SD]|de-\s*nie[sd])`;
const SEAL = String.raw`(?:seal|redact|restrict|impound|maintain\s+under\s+seal)`;
/** The document a refusal names ("of" group): up to a clause that says why. */
// (A period inside a docket cite, "Dkt. # 55-2", "Doc. No. 4", does not end it. Nor does the period of a title or an abbreviation, "Mr. Ellsworth's testimony", "Decl. of …".)
const OF = String.raw`(?<of>(?:[^.;:]|\.(?=\s*(?:#|Nos?\b|\d))|(?<=\b(?:Mr|Ms|Mrs|Dr|Decl|Dep|Ex|Exs|Supp|Mem|Opp))\.){1,120}?)`;
/** "in its entirety", "in their entirety", "in full", "entirely under seal" (S.D. Fla.: "The request to file the Response
 * entirely under seal is DENIED"). */
const ENTIRETY = String.raw`(?:(?:in\s+(?:its|their)\s+entirety|in\s+full|entirely|wholly)(?:\s+under\s+seal)?)`;
// (The period of "Doc. 91" or "Dkt. No. 4" does not end it.)
const OF_END = String.raw`(?=\s*(?:[;:]|\.(?!\s*(?:#|Nos?\b|\d))|,\s*(?:which|because|as|since|for|including|but|and\s+(?:the|it|is|shall))\b|\s+(?:because|since|which)\b|\s+and\s+(?:as\s+to|with\s+respect\s+to)\b|$))`;
/** What a seal's lifting is said of: "Confidential treatment is …", "the seal shall be …". */
const LIFTED_SUBJECT = String.raw`(?:confidential\s+treatment|(?:the\s+)?seal(?:ing)?|(?:the\s+)?restriction|impoundment)\s+(?:is|are|shall\s+be|will\s+be)\s+`;
/** "DENIED to the extent it …", "denies the motion insofar as Defendant …": a refusal of what a party asks, before its verb. */
const DENIED_INSOFAR_AS = String.raw`\b${DENY}\s+(?:(?:the\s+)?(?:motion|request|application|it)\s+)?(?:insofar\s+as|to\s+the\s+extent(?:\s+that)?)\s+(?:it|he|she|they|the\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+`;
/** The lifting itself. */
const LIFT = String.raw`(?:lifted|vacated|removed|terminated|withdrawn)`;

/**
 * Ways an order refuses the rest of a document it granted in part. Each names the document in `of`, or leaves it to
 * the sentence ("… GRANTED as to pages 3-4 of Exhibit 9 and otherwise DENIED"). Each reads its words in any case, so one
 * written for the middle of a sentence reads its start too ("Request to seal …", "Otherwise DENIED …"), except the one
 * that needs a party's capitalised name.
 */
const REST_REFUSED: RegExp[] = [
  // "the Lind transcript [DE 67-2] may be redacted at 112:4-114:20 and shall otherwise be UNSEALED", "…; otherwise unseal",
  // "the Response shall otherwise remain public", "shall otherwise be filed on the public docket"
  /\b(?:(?:shall|will|must)\s+otherwise\s+(?:be|remain)\s+(?:UNSEALED|unsealed|filed\s+publicly|made\s+public|public|filed\s+(?:on|in)\s+the\s+public\s+(?:docket|record))|otherwise\s+(?:UNSEAL|unseal))\b/gi,
  // "… and is otherwise DENIED as to that exhibit", "… and otherwise denies the request to seal it"
  new RegExp(
    String.raw`\botherwise\s+${DENY}\b(?:\s+(?:it|the\s+(?:motion|request|application)(?:\s+to\s+${SEAL}\s+(?:it|them))?))?(?:\s+(?:as\s+to|insofar\s+as\s+it\s+concerns|with\s+respect\s+to)\s+${OF}${OF_END})?`,
    'gi',
  ),
  // "DENIED as to the rest of that exhibit", "will deny the motion as to the remainder of Dkt. No. 33-4", "DENIED as to page 12,
  // lines 1-14 of the Opposition, as to Exhibit 14 (Dkt. 78-9), and as to the remainder of Exhibit 15"
  new RegExp(
    String.raw`\b${DENY}\b(?:[^.;]|\.(?=\s*(?:#|Nos?\b|\d))){0,160}?\b(?:as\s+to|with\s+respect\s+to)\s+the\s+(?:remainder|rest|balance)\b(?:\s+of\s+${OF}${OF_END})?`,
    'gi',
  ),
  // "the request to seal the Statement in its entirety is DENIED", "DENIES TWS's request to seal the declaration in its entirety"
  new RegExp(
    String.raw`\b(?:request|motion|application)\s+to\s+(?:${SEAL}|file|keep|place|treat)\s+${OF}\s+${ENTIRETY}\b(?:\s+(?:is|are|must\s+be|will\s+be)\s+(?:therefore\s+)?${DENY}\b|(?<=\b${DENY}\s+(?:\S+\s+){0,6}?(?:request|motion|application)\s+to\s+${SEAL}\s+[^.;:]{1,120}?\s+${ENTIRETY}))`,
    'gi',
  ),
  // "DENIED to the extent it seeks to seal the transcript in its entirety", "DENIED insofar as Plaintiff seeks to seal Exhibit 5 in its entirety",
  // "denies the motion insofar as Defendant seeks to seal the agreement in its entirety"
  new RegExp(
    String.raw`${DENIED_INSOFAR_AS}(?:seeks?|asks?|requests?|moves?)\s+to\s+${SEAL}\s+${OF}\s+${ENTIRETY}`,
    'g',
  ),
  // "The motion is also DENIED to the extent it asks that the entire separate appendix be sealed."
  new RegExp(
    String.raw`${DENIED_INSOFAR_AS}(?:seeks?|asks?|requests?)\s+that\s+(?=(?:the|its|their)\s+(?:entire|whole)\s)${OF}\s+be\s+(?:sealed|redacted|filed\s+under\s+seal|kept\s+under\s+seal)\b`,
    'gi',
  ),
  // "DENIED to the extent it seeks to seal the remainder of the report", "denies the request to seal the remainder of the
  // transcript"
  new RegExp(
    String.raw`\b${DENY}\b[^.;]{0,80}?\b(?:seeks?|asks?|request|motion|application)\s+to\s+${SEAL}\s+the\s+(?:remainder|rest|balance)\s+of\s+${OF}${OF_END}`,
    'gi',
  ),
  // "the request to seal the remainder of that exhibit is DENIED"
  // "… and otherwise will deny the request as to Docket Entry 62-1", "will otherwise deny the request to seal the transcript"
  new RegExp(
    String.raw`\botherwise\s+(?:will\s+|shall\s+)?${DENY}\s+the\s+(?:motion|request|application)\s+(?:to\s+${SEAL}|as\s+to)\s+${OF}${OF_END}`,
    'gi',
  ),
  // "The request to seal the report is otherwise DENIED."
  new RegExp(
    String.raw`\b(?:request|motion|application)\s+to\s+${SEAL}\s+${OF}\s+(?:is|are|will\s+be)\s+otherwise\s+${DENY}\b`,
    'gi',
  ),
  // "… but will not seal the rest of the report"
  new RegExp(
    String.raw`\bwill\s+not\s+(?:seal|restrict|impound|keep\s+under\s+seal)\s+the\s+(?:remainder|rest|balance)\s+of\s+${OF}${OF_END}`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:request|motion|application)\s+to\s+${SEAL}\s+the\s+(?:remainder|rest|balance)\s+of\s+${OF}\s+(?:is|are|must\s+be|will\s+be)\s+${DENY}\b`,
    'gi',
  ),
  // "Confidential treatment is otherwise lifted as to the Complaint" (Del. Ch. Rule 5.1), "Confidential treatment is lifted as
  // to the remainder of Exhibit 14", "the seal is otherwise vacated".
  new RegExp(
    String.raw`\b${LIFTED_SUBJECT}otherwise\s+${LIFT}\b(?:\s+(?:as\s+to|with\s+respect\s+to|for)\s+${OF}${OF_END})?`,
    'gi',
  ),
  new RegExp(
    String.raw`\b${LIFTED_SUBJECT}${LIFT}\s+(?:as\s+to|with\s+respect\s+to|for)\s+the\s+(?:remainder|rest|balance)\b(?:\s+of\s+${OF}${OF_END})?`,
    'gi',
  ),
  // "the remainder of the brief shall be filed publicly", "the rest of Exhibit 4 shall not be sealed", "The remaining pages of
  // the Accounts shall be publicly accessible" (Minnesota), "The remaining paragraphs of the affidavit concern the challenged
  // loans and will remain public"
  new RegExp(
    String.raw`\b(?:the|its)\s+(?:(?:remainder|rest|balance)|remaining\s+(?:pages|portions|parts|paragraphs|sections))\s+of\s+${OF}\s+(?:(?:is|are)\s+not\s+(?:CONFIDENTIAL|confidential)\b|(?:(?:is|are|concerns?|contains?|discuss(?:es)?|describes?)\s+[^.;]{1,60}?\s+and\s+)?(?:shall|must|will|is\s+to)\s+(?:(?:likewise|also|therefore|instead)\s+)?(?:not\s+be\s+(?:sealed|redacted|restricted|impounded|maintained\s+(?:as\s+confidential|under\s+seal))|not\s+remain\s+(?:sealed|confidential|under\s+seal)|(?:be\s+)?(?:filed\s+)?(?:publicly|unsealed|public)\b|be\s+(?:filed|placed)\s+on\s+the\s+public\s+(?:docket|record)|remain\s+(?:on\s+the\s+public\s+(?:docket|record)|public|open|unsealed)|be\s+(?:made|released\s+to\s+the)\s+public|be\s+(?:publicly\s+accessible|accessible\s+to\s+the\s+public)))`,
    'gi',
  ),
];

/** A quick test that any refusal of the rest may be in the text at all. */
const ANY_REST = /\b(?:otherwise|remainder|remaining|rest|balance|entirety|entire|in\s+full)\b/i;

const NOUN =
  /\b(exhibit|declaration|affidavit|deposition|transcript|testimony|statement|report|brief|memorandum|motion|response|reply|opposition|agreement|contract|appendix|letter|email|chain|log|schedule|summary|register|file|records?)\b/i;

/** Every document noun in a stretch of text, in order. */
const NOUNS = new RegExp(NOUN.source, 'gi');

/** A pattern for the document a noun names ("Reports" → /\breport/i), or null for none or for "motion". */
function headPattern(noun: string | undefined): RegExp | null {
  const head = noun?.toLowerCase().replace(/s$/, '');
  return head && head !== 'motion' ? new RegExp(`\\b${head}`, 'i') : null;
}

function partial(d: Directive): boolean {
  return d.disposition === 'redact' && d.ranges.some((r) => r.kind !== 'whole');
}

function within(c: Candidate, span: Span): boolean {
  // (Its source may open sentences earlier, where the document was named; it must not run on past this one.)
  return (
    c.directive.source.start < span.end && c.directive.source.end > span.start && c.directive.source.end <= span.end + 1
  );
}

/** The candidates the refusal is about: the partial grants it names by docket, by noun, or those of its sentence. */
function targetsOf(
  scan: string,
  candidates: Candidate[],
  refs: DocketRef[],
  motions: Set<string>,
  sentence: Span,
  before: Span | null,
  of: Span | null,
  at: number,
  refusal: string,
): { directive: Directive; docket: string }[] {
  const out: { directive: Directive; docket: string }[] = [];
  const ofText = of ? scan.slice(of.start, of.end) : '';
  // "otherwise DENIED as to pages 6 through 8": the rest refused is those parts, not the document.
  if (/^\s*(?:pages?|pp?\.|lines?|paragraphs?|paras?\.|¶|footnotes?|nn?\.|fn\.|\d)/i.test(ofText)) return out;
  if (of) {
    // (The entry the words name first: "the rest of Dkt. 51, ¶ 40 of Dkt. 52, and Exhibit 16 to Dkt. 53" refuses only the
    // rest of 51.)
    const cited = refs
      .filter(
        (r) =>
          r.start >= of.start &&
          r.end <= of.end &&
          r.pin.length === 0 &&
          !/[,;]\s*(?:and\s+)?(?:¶|pp?\.|pages?\b|paragraphs?\b|lines?\b|footnotes?\b|exhibits?\b|exs?\.|\d)/i.test(
            scan.slice(of.start, r.start),
          ),
      )
      .flatMap((r) => r.dockets)
      .filter((d) => !motions.has(d));
    if (cited.length) {
      for (const docket of cited) {
        const granted = candidates.find((c) => partial(c.directive) && c.directive.dockets.includes(docket));
        if (granted) out.push({ directive: granted.directive, docket });
      }
      return out;
    }
  }
  // (The kind of document, else the last word of its name: "the lease", "the Ortega transcript".) "the motion" / "the
  // request" names no document: the sentence's parts.
  const namesDocument = headPattern(NOUN.exec(ofText)?.[1] ?? /\b([A-Za-z]{4,})\s*$/.exec(ofText)?.[1]);
  /** The one entry partly granted whose document `named` names, if only one is. */
  // (Or, for a label, whose own words bear it: "3. Dkt. [99-6], Exhibit F (Deposition of Luis Alvarez), shall be
  // maintained under seal only as to …".)
  // ("The remaining paragraphs of the affidavit …" beside an affidavit granted at paragraphs and another at exhibits: the
  // one granted in that kind of part.)
  const restKind = /\bremaining\s+(pages|paragraphs)\b/i.exec(refusal)?.[1]?.toLowerCase();
  const soleNamed = (named: RegExp, said: RegExp | null = null) => {
    let found = candidates.filter(
      (c) =>
        partial(c.directive) &&
        (named.test(c.directive.document) || (said !== null && said.test(c.directive.source.text.slice(0, 80)))),
    );
    const ofKind = found.filter((c) => c.directive.ranges.some((r) => r.kind === restKind));
    if (ofKind.length) found = ofKind;
    return new Set(found.flatMap((c) => c.directive.dockets)).size === 1 ? found.slice(0, 1) : [];
  };
  const pick = (span: Span) => {
    const here = candidates.filter((c) => partial(c.directive) && within(c, span));
    if (!namesDocument || here.length <= 1) return here;
    const named = here.filter((c) => namesDocument.test(c.directive.document));
    // ("GRANTED as to [Filing No. 84 at 9] and [Filing No. 84 at 22-23], and is otherwise DENIED as to the brief": parts
    // of one entry that the order named by docket alone.)
    return named.length === 0 && new Set(here.map((c) => c.directive.dockets.join())).size === 1 ? here : named;
  };
  let chosen = pick(sentence);
  // "Bluegrass may redact 12:3-14:9 of the deposition. The motion is otherwise DENIED as to that deposition."
  if (chosen.length === 0 && before && of && /^\s*(?:that|this|said|the\s+same)\b/i.test(ofText))
    chosen = pick(before).slice(-1);
  // "Pages 14 through 19 of the Esterbrook Valuation Report (Index #83) shall be redacted …. The request to file the
  // report as confidential in its entirety is DENIED.": the one document partly granted that the noun names.
  if (chosen.length === 0 && namesDocument && /^\s*(?:the|that|this|said|its|their)\s/i.test(ofText)) {
    chosen = soleNamed(namesDocument);
    // ("… A. 212-230 may remain under seal. … The motion is also DENIED to the extent it asks that the entire separate
    // appendix be sealed.", where a later order seals parts of a supplemental appendix too: the one just ruled on.)
    if (chosen.length === 0) chosen = justRuledOn(candidates, refs, namesDocument, at);
  }
  // "(d) Exhibit 15 (Dkt. 78-10) at 31:4-33:17 …" then "… and as to the remainder of Exhibit 15": the one document partly
  // granted that bears the exhibit's label.
  const label = /\b(?:Exhibit|Ex\.)\s+([A-Z]{1,2}|\d{1,3})\b/.exec(ofText)?.[1];
  if (chosen.length === 0 && label)
    chosen = soleNamed(
      new RegExp(String.raw`\b(?:Exhibit|Ex\.)\s+${label}\b`, 'i'),
      new RegExp(String.raw`^[^,]{0,30},\s*(?:Exhibit|Ex\.)\s+${label}\b`, 'i'),
    );
  // ("JA 0544-0581 … of Volume III of the Joint Appendix shall remain under seal. The motion is denied as to the remainder
  // of Volume III.": a volume, tab or schedule by its number.)
  const part = /\b(Volume|Vol\.|Tab|Schedule)\s+([IVXL]{1,5}|\d{1,3}|[A-Z])\b/i.exec(ofText);
  if (chosen.length === 0 && part)
    chosen = soleNamed(new RegExp(String.raw`\b${part[1]!.replace('.', '\\.')}\s+${part[2]}\b`, 'i'));
  // "The Motion is GRANTED to that extent, and the Response shall otherwise remain public.": the refusal's subject names
  // a document partly granted in the sentence before.
  if (chosen.length === 0 && !of && before) {
    const subject = headPattern([...scan.slice(sentence.start, at).matchAll(NOUNS)].pop()?.[1]);
    if (subject)
      chosen = candidates.filter(
        (c) => partial(c.directive) && within(c, before) && subject.test(c.directive.document),
      );
  }
  for (const c of chosen) for (const docket of c.directive.dockets) out.push({ directive: c.directive, docket });
  return out;
}

/**
 * The document of the kind `named` names (its own head noun, not "Exhibit 4 to the Okafor Declaration" for "the
 * declaration") partly granted just before `at`, with no other entry cited since: [] when none.
 */
function justRuledOn(candidates: Candidate[], refs: DocketRef[], named: RegExp, at: number): Candidate[] {
  const citedSince = (c: Candidate) =>
    refs.some(
      (r) =>
        r.start >= c.directive.source.end && r.end <= at && !r.dockets.some((d) => c.directive.dockets.includes(d)),
    );
  const last = candidates
    .filter(
      (c) =>
        partial(c.directive) &&
        named.test(NOUN.exec(c.directive.document)?.[1] ?? '') &&
        c.directive.source.end <= at &&
        at - c.directive.source.end < 400 &&
        !citedSince(c),
    )
    .sort((a, b) => a.directive.source.start - b.directive.source.start)
    .pop();
  return last ? [last] : [];
}

/** The index of the block that holds `position`, or -1 (blocks are in order and do not overlap). */
function blockAt(blocks: Block[], position: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (position < block.start) hi = mid - 1;
    else if (position >= block.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Adds a whole-document denial for each document partly granted whose rest the order refuses in so many words. */
export function withRestRefused(
  original: string,
  scan: string,
  blocks: Block[],
  refs: DocketRef[],
  motions: Set<string>,
  candidates: Candidate[],
): Candidate[] {
  if (!ANY_REST.test(scan) || !candidates.some((c) => partial(c.directive))) return candidates;
  // (Any whole-document directive, a seal or a denial, already says what the rest is.)
  const whole = new Set(
    candidates.filter((c) => c.directive.ranges.some((r) => r.kind === 'whole')).flatMap((c) => c.directive.dockets),
  );
  const deniedParts = new Set(
    candidates
      .filter((c) => c.directive.disposition === 'deny' && c.directive.ranges.some((r) => r.kind !== 'whole'))
      .flatMap((c) => c.directive.dockets),
  );
  const added: Candidate[] = [];
  // Each pattern searched once over the whole text (a search per block would scan the rest of the text each time),
  // its matches then taken block by block, pattern by pattern, in order.
  const found: { block: number; pattern: number; m: RegExpExecArray }[] = [];
  REST_REFUSED.forEach((pattern, p) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const b = blockAt(blocks, m.index);
      if (b >= 0) found.push({ block: b, pattern: p, m });
    }
  });
  found.sort((a, b) => a.block - b.block || a.pattern - b.pattern || a.m.index - b.m.index);
  for (const { block: b, m } of found) {
    const block = blocks[b]!;
    const spans = sentences(scan, block.start, block.end);
    const at = m.index;
    const index = spans.findIndex((s) => at >= s.start && at < s.end);
    const sentence = spans[index];
    if (!sentence) continue;
    const ofText = m.groups?.of;
    const ofStart = ofText === undefined ? -1 : scan.indexOf(ofText, at);
    const of = ofText === undefined || ofStart < 0 ? null : { start: ofStart, end: ofStart + ofText.length };
    for (const { directive, docket } of targetsOf(
      scan,
      candidates,
      refs,
      motions,
      sentence,
      spans[index - 1] ?? null,
      of,
      at,
      m[0],
    )) {
      if (whole.has(docket)) continue;
      // ("ALLOWED as to page 9 n.6; otherwise DENIED" where parts were asked for: a bare "otherwise" refuses the rest of
      // what was asked, which the order has already read as parts denied, not the rest of the document.)
      if (!of && /^otherwise\b/i.test(m[0]) && deniedParts.has(docket)) continue;
      whole.add(docket);
      const end = sentence.start + scan.slice(sentence.start, sentence.end).trimEnd().length;
      added.push({
        directive: {
          ...directive,
          dockets: [docket],
          disposition: 'deny',
          ranges: [{ kind: 'whole' }],
          source: { start: sentence.start, end, text: original.slice(sentence.start, end) },
        },
        warnings: [],
        position: sentence.start,
        linked: false,
      });
    }
  }
  return added.length ? [...candidates, ...added] : candidates;
}

/**
 * "3. Deposition of Garrett Pruitt (Dkt. 57-5)" over "The motion is GRANTED as to 62:8-64:20 of the Pruitt deposition":
 * an entry the order redacts in part is not also sealed whole; the whole came from a heading, a request or a summary
 * that the parts make precise.
 */
export function withoutWholeBesideParts(candidates: Candidate[]): Candidate[] {
  const partly = new Set(candidates.filter((c) => partial(c.directive)).flatMap((c) => c.directive.dockets));
  if (partly.size === 0) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const d = c.directive;
    if (
      d.disposition !== 'redact' ||
      !d.ranges.every((r) => r.kind === 'whole') ||
      !d.dockets.some((k) => partly.has(k))
    ) {
      out.push(c);
      continue;
    }
    const rest = d.dockets.filter((k) => !partly.has(k));
    if (rest.length) out.push({ ...c, directive: { ...d, dockets: rest } });
  }
  return out;
}
