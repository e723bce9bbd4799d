// MotionParser: which docket entries are motions (not documents to seal), and what a ruling on a motion means for the documents it names.
import type { Disposition } from '../../model/directive.ts';
import type { DocketRef } from './dockets.ts';

/** Abbreviations that may sit inside a motion's title without ending it ("… of Doc. No. 360-2 and to Unseal …"). */
const ABBR = String.raw`\b(?:No|Nos|Doc|Docs|Dkt|Dkts|ECF|Ex|Exs|Decl|Mem|Opp|doc|docs|dkt)\.`;

/** A motion noun, with its name running up to the end of the window ("Plaintiffs' Motion to Seal Response in Opposition, "). */
const MOTION_TAIL = new RegExp(
  String.raw`\b(?:motions?|applications?|requests?|petitions?|stipulations?)\b(?:[^.;:()\[\]]|${ABBR}){0,140}$`,
  'i',
);
/** A motion noun followed by "to"/"for": a title that names what the motion asks for ("Motion to Unseal Doc. No. 355"). */
const MOTION_OBJECT = new RegExp(
  String.raw`\b(?:motions?|applications?|requests?|petitions?)\s+(?:(?:[\w'-]+\s+){0,4}?)(?:to|for)\s+(?:[^.;:()\[\]]|${ABBR}){0,140}$`,
  'i',
);
/** A motion's name that has reached "to" just before the text that follows ("Motion … and to Unseal"). */
const MOTION_TO_END = new RegExp(
  String.raw`\b(?:motions?|applications?|requests?|petitions?)\s+(?:[^.;:()\[\]]|${ABBR}){0,140}?\bto\s+$`,
  'i',
);
/** What the motion asks about the documents: to seal them (a grant seals) or to make them public (a grant unseals). */
const ASKS_PUBLIC = /\b(?:unseal\w*|unredacted|public(?:ly)?|unrestrict\w*|lift\w*)\b/i;
const ASKS_SEAL =
  /\b(?:seal\w*|redact\w*|restrict\w*|impound\w*|under\s+seal|confidential\s+treatment|leave\s+to\s+file|motions?\s+to\s+(?:maintain|preserve)\s+(?:the\s+)?confidential\w*)\b/i;
/** Words that make a following motion noun a noun ("the", "Plaintiffs' emergency", "two", "Plaintiffs' cross-"). */
const DETERMINER =
  /\b(?:the|a|an|this|that|these|its|their|his|her|our|two|three|both|remaining|pending|joint|emergency|unopposed|administrative|letter|sealing|stipulated|renewed|[A-Za-z]+'s?|[A-Za-z]+s')\s+(?:[\w-]+\s+){0,2}(?:cross-)?$/i;
/** A title whose head is another document, the motion only what it supports or answers. */
const ANOTHER_HEAD =
  /\b(?:reply|replies|opposition|opp\.|objections?|memorandum|mem\.|brief|declaration|decl\.|exhibits?|ex\.|transcript|response|responses|points\s+and\s+auth\w*\.?|order|affidavit|appendix|notice)\b[^.;]{0,60}?\b(?:in\s+support\s+of|in\s+opposition\s+to|to|of|on|re:?|regarding|for|resolving|deciding|addressing|disposing\s+of|ruling\s+on)\s+(?:(?:the|a|an|its|their|[A-Za-z]+'s?|[A-Za-z]+s')\s+)?(?:[\w,.'&-]+\s+){0,6}$/i;
/** A sealing motion's name right after its bracketed entry number ("[61] Motion for Leave to … File … under Seal"). */
const CITE_FIRST_MOTION =
  /^\s*(?:(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*(?:['’]s?|s['’])\s+)?(?:(?:letter|joint|emergency|consent|unopposed|renewed|second|supplemental|amended)\s+)*(?:motions?|applications?)\s+(?:for|to)\b(?:[^.;[\]]|\b(?:No|Nos|Dkt|Doc)\.){0,120}?\b(?:seal\w*|under\s+seal|redact\w*|restrict\w*|impound\w*)/i;
/** A document named as a motion's object. */
// ("MOTION to Restrict Access to Filing No. 64-1, 64-3", D. Neb.: what access is restricted to.)
const OBJECT =
  /\baccess\s+to\s*$|\b(?:Exhibits?|Exs?\.|Declarations?|Decl\.|transcripts?|depositions?|Response|Reply|Opposition|Brief|Memorandum|Complaint|Answer|Report|Order|Docs?\.|Dkts?\.|ECF|ROA|Letter|Appendix|Attachment|paragraphs?|pages?|versions?|cop(?:y|ies)|Statements?|Affidavits?|Certifications?|Agreements?|Schedules?|Spreadsheets?|Petition|Suggestions|lines?|footnotes?)\b|¶|\bpp?\.\s*\d|\b\d{1,4}:\d/i;
/** A ruling word on a motion, as opposed to a sealing verb. */
const MOTION_VERB =
  /^(?:GRANTED|DENIED|GRANTS|DENIES|(?:is|are|be)\s+(?:hereby\s+|also\s+|likewise\s+)?(?:granted|denied))/i;

/**
 * Docket entries the order names as motions: the docket written right after a motion's name ("Plaintiffs' emergency
 * motions to seal, Docket Nos. 436 and 437", "the Stipulated Motion Regarding Sealed Pleadings (Doc. 374)", "…, (doc. 367)").
 * A ref inside a motion's name ("Motion to Unseal Doc. No. 355, (doc. 367)") is the motion's object, not the motion.
 */
export function motionDockets(scan: string, refs: DocketRef[]): Set<string> {
  const out = new Set<string>();
  refs.forEach((ref, i) => {
    const from = Math.max(0, ref.start - 200);
    let rawEnd = ref.start;
    while (rawEnd > from && /[\s,([]/.test(scan[rawEnd - 1] ?? '')) rawEnd--;
    const raw = scan.slice(from, rawEnd);
    const closes = raw.endsWith(')');
    // '… Discovery Teleconference (the "Motion") (D.I. 130)': the order itself calls the entry the motion. (Not a term such
    // as "Settlement Motion" for a motion that is itself a document to redact.)
    // ('(the "Motion," ECF No. 92)': the term and the docket in one parenthetical.)
    const named =
      (closes &&
        /\(\s*(?:the\s+)?"(?:[\w\s-]*\b(?:Seal|Sealing|Redact|Redaction|Restrict|Restriction|Confidential)\w*[\w\s-]*\s)?(?:Motions?|Applications?|Requests?|Stipulations?)"\s*\)$/i.test(
          raw,
        )) ||
      /\(\s*(?:the\s+)?"(?:[\w\s-]*\b(?:Seal|Sealing|Redact|Redaction|Restrict|Restriction|Confidential)\w*[\w\s-]*\s)?(?:Motions?|Applications?|Requests?|Stipulations?),?"\s*,?\s*(?:ECF|Dkt|Doc|D\.E|D\.I)?[\s\w.#]*$/i.test(
        scan.slice(from, ref.start),
      );
    // "The Bank now moves to seal portions of those filings. (Index #47.)": the cite after a sentence that moves is the motion.
    // ("Orvane … has itself moved to file portions of its response and the accompanying declaration of its expert, Dr.
    // Helena Marsh, ECF No. 24-2, under seal. ECF No. 25.": the Federal Circuit's bare cite of the motion, past a title.)
    const before400 = scan.slice(Math.max(0, ref.start - 400), ref.start);
    if (
      /\b(?:moves?|moved|applies|applied)\b/i.test(before400) &&
      /\.\s*\(?$/.test(before400) &&
      /\b(?:moves?|moved|applies|applied)\s+(?:by\s+letter\s+)?(?:the\s+Court\s+)?(?:to|for)\s+(?:leave\s+to\s+)?(?:seal|redact|restrict|impound|file\s+(?:[^.;()]|\.(?<=\b(?:Dr|Mr|Ms|Mrs|No|Nos)\.)){0,160}?under\s+seal)\b(?:[^.;()]|\([^()]*\))*?\.\s*\(?$/i.test(
        before400,
      )
    ) {
      for (const d of ref.dockets) out.add(d);
      return;
    }
    // ("… both parties have moved to seal portions of the summary judgment record (ECF Nos. 43, 49)": no document is named
    // that the cite could be, so it is the motions'.)
    if (
      /\b(?:moves?|moved|moving)\s+to\s+(?:seal|redact)\s+(?:portions?|parts?)\s+of\s+the\s+(?:[\w-]+\s+){0,3}record\s*[([]\s*$/i.test(
        scan.slice(Math.max(0, ref.start - 160), ref.start),
      )
    ) {
      for (const d of ref.dockets) out.add(d);
      return;
    }
    // "Plaintiffs' [61] Motion for Leave to Electronically File Document under Seal", "granting [70] Defendants' Motion for
    // Leave …", "Plaintiffs' [83] letter motion to seal the transcript" (CM/ECF docket text: the entry's number first).
    if (/^\[/.test(scan.slice(ref.start, ref.end)) && CITE_FIRST_MOTION.test(scan.slice(ref.end, ref.end + 160))) {
      for (const d of ref.dockets) out.add(d);
      return;
    }
    const window = closes ? raw.replace(/\s*\(\s*(?:the\s+)?"[^"]{1,40}"\s*\)$/, '') : raw;
    const m = MOTION_TAIL.exec(window);
    if (!m) return;
    if (named) {
      for (const d of ref.dockets) out.add(d);
      return;
    }
    const start = from + m.index;
    // The motion's name must reach the ref with no other docket in it, unless the ref closes it ("…Doc. No. 355, (doc. 367)").
    const previous = refs[i - 1];
    if (previous && previous.start >= start) {
      if (!/^\s*,\s*[([]\s*$/.test(scan.slice(previous.end, ref.start))) return;
    }
    const name = m[0];
    // ("MOTION for Leave to File Under Seal re [179] Response to Statement …": CM/ECF links the motion's object after "re".)
    if (/\bre:?\s*[([]?\s*$/i.test(scan.slice(start, ref.start))) return;
    // A noun phrase only: "The Application is DENIED as to Exhibits F and G (Dkt. No. 58-2)" names the exhibits.
    // ("With its motion, Bayou filed, provisionally under seal, Plaintiff's medical records (R. Doc. 55-4)": a clause.)
    if (
      /\b(?:is|are|was|were|be|been|shall|will|may|must|should|GRANTED|DENIED|GRANTS|DENIES|as\s+to|that)\b/.test(
        name,
      ) ||
      /,\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:filed|lodged|submitted|attached)\b/.test(name)
    )
      return;
    // "The parties request that …": a verb, not a motion; a motion noun has a determiner or a capital.
    const lead = scan.slice(Math.max(0, start - 40), start);
    if (!/^[A-Z]/.test(name) && !DETERMINER.test(lead)) return;
    // "Reply in Support of Motion for Order to Show Cause (#140)": the head of the title is another document.
    if (ANOTHER_HEAD.test(scan.slice(Math.max(0, start - 120), start))) return;
    // "request to seal Exhibit 9 to the Declaration of Tom Ruiz (ROA 236)": the ref names what is asked about, unless set off
    // by a comma ("Motion to Seal Response in Opposition, (doc. 380)").
    // ("Hanseong's request to maintain business proprietary treatment of Tab 9 of the Confidential Joint Appendix, ECF No.
    // 70-9, is DENIED": the Court of International Trade's treatment, asked for a document.)
    const verb =
      /\b(?:un)?(?:seal|redact|restrict|impound)\w*|\bunder\s+seal\b|\b(?:business\s+proprietary|confidential|BPI)\s+(?:treatment|designation|status)\b/i.exec(
        name,
      );
    // ("Joint Motion to Redact Transcript, ECF No. 140": a motion's title set off by a comma; but "The request to seal the
    // Voss Declaration itself, ECF No. 123-1" names the declaration.)
    const appositive =
      /,\s*[([]\s*$/.test(scan.slice(start, ref.start)) ||
      (/,\s*$/.test(scan.slice(start, ref.start)) &&
        /^(?:Motions?|Applications?)\b/.test(name) &&
        !/\bto\s+\w+\s+the\b/i.test(name));
    if (verb && !appositive) {
      const rest = scan.slice(start + verb.index + verb[0].length, ref.start);
      // "The request to redact Dkt. 92 at 40:1-10", "Motion to Unseal ECF 355": the ref is the object itself.
      // ("Lakeshore's motion to seal [112]", "… motion to seal (Dkt. 41)": a bracketed cite right after is the motion's own.)
      // (Only after "motion"/"application": "Three Forks' request to seal [R. 53-2] in full" names the object.)
      const enclosed =
        /^(?:motions?|applications?)\b/i.test(name) &&
        (/[([]\s*$/.test(rest) || /^\[/.test(scan.slice(ref.start, ref.end)));
      if ((/^\s*[([]?\s*$/.test(rest) && !enclosed) || OBJECT.test(rest)) return;
      // ("… to restrict its entire Motion for Summary Judgment or, in the alternative, to permit redactions at ECF No. 84 at
      // 8, 11-12, and 19": the redactions are in the entry, which is their object.)
      if (/^redactions?$/i.test(verb[0]) && /^\s+(?:at|in|on|to)\s*$/i.test(rest)) return;
      // "The request to seal the Purchase Order Terms and Conditions (ECF No. 40-3)": a named document is the object.
      if (/^\s+(?:the|its|their|his|her)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,8}\s*[([]?\s*$/.test(rest)) return;
      // ("The request to seal Plaintiff's medical records (Doc. 58-3) is DENIED": a request's object, in any case.)
      if (
        /^requests?\b/i.test(name) &&
        /^\s+(?:(?:the|its|their|his|her)\s+|[A-Z][\w'’-]*(?:'s|s'|’s)\s+)(?:[\w'’-]+\s+){0,8}?[\w'’-]+\s*[([]?\s*$/.test(
          rest,
        )
      )
        return;
    }
    // "motion to seal portions of this Court's Order, see Order, ECF 357": the ref is what the motion is about.
    if (verb && /\b(?:portions?|parts?)\s+of\b|\bsee\b/i.test(scan.slice(start + verb.index, ref.start))) return;
    // Only motions about sealing, or a motion ruled on right there ("(Docs. 357, 358, 363) are GRANTED").
    const ruledHere = /^[\s)\]]*,?\s*(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|DENIED|granted|denied)\b/.test(
      scan.slice(ref.end, ref.end + 40),
    );
    if (!ruledHere && !ASKS_SEAL.test(name) && !ASKS_PUBLIC.test(name) && !/\bintervene\b/i.test(name)) return;
    for (const d of ref.dockets) out.add(d);
  });
  return out;
}

/**
 * A document named inside a motion's name, ruled on through the motion: "GRANTS … Motion … to Unseal Doc. No. 355" makes
 * 355 public (deny); "Motion to Seal Exhibit 3 (ECF No. 45-3) is GRANTED" seals it. Null when the ref is not a motion's object.
 */
export function motionObjectDisposition(
  before: string,
  ruling: Disposition,
  rulingText: string,
  afterRuling: string,
): Disposition | 'none' | null {
  const m = MOTION_OBJECT.exec(before);
  if (!m) return null;
  if (!MOTION_VERB.test(rulingText.trim())) return null;
  // "DENIES as moot Plaintiff's Motion to Unseal ECF 355": nothing is decided about ECF 355.
  if (/^\s*(?:as\s+moot|moot)\b/i.test(afterRuling)) return 'none';
  const asked = m[0];
  if (ASKS_PUBLIC.test(asked)) return ruling === 'redact' ? 'deny' : 'redact';
  if (ASKS_SEAL.test(asked)) return ruling;
  return null;
}

/** "Motion to Unseal ECF 355", "motion to seal": a sealing verb that is part of a motion's name, not a ruling. */
export function insideMotionName(textBefore: string, match: string): boolean {
  if (!/^(?:un)?(?:seal|redact|restrict)/i.test(match)) return false;
  return MOTION_TO_END.test(textBefore);
}
