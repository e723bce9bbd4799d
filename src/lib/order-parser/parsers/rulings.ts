// RulingParser and friends: disposition words (granted/sealed vs denied/unsealed), the parties' requests, standards and bases.
import type { Disposition } from '../../model/directive.ts';
import { insideMotionName } from './motions.ts';
import { BoundedCache } from '../../util/bounded-cache.ts';

export interface RulingMatch {
  start: number;
  end: number;
  disposition: Disposition;
}

/** A character of one clause: no stop, but "III.C" and "Dr." do not end it. */
const CLAUSE_CHAR = String.raw`(?:[^.;:]|\.(?=\S)|\.(?<=\b(?:Dr|Mr|Ms|Mrs|No|Nos|St|Inc|Co)\.))`;
/** What an elliptical "may not" can refuse: a located part, a document, or a pronoun for one. */
const REFUSABLE_SUBJECT = String.raw`(?:\d|¶|\b(?:[Ii]t|[Tt]hey|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Tt]he\s+(?:rest|remainder|request|balance)|[Ee]xhibits?|[Ee]x\.|[Pp]ages?|[Pp]aragraphs?|[Ff]ootnotes?|[Ll]ines?|[Pp]assages?|[Pp]ortions?|[Tt]estimony|[Dd]eclaration|[Rr]eport|[Tt]ranscript|[Dd]eposition|[Bb]rief|[Mm]emorandum|[Aa]ffidavit|[Oo]pposition|[Rr]eply|[Rr]esponse|[Ss]tatement)\b)`;
/** "They may be redacted. Paragraph 21 may not; it says only that …": "may not" with nothing after it, of its clause's subject. */
const ELLIPTICAL_REFUSAL = new RegExp(
  String.raw`\b(?:may|shall|will|should)\s+not(?=\s*[;.])(?<=(?:^|[;.:]\s*|\b(?:but|and|while|whereas)\s+)${CLAUSE_CHAR}*?${REFUSABLE_SUBJECT}${CLAUSE_CHAR}*?\s(?:may|shall|will|should)\s+not)`,
  'g',
);

const DENY: RegExp[] = [
  // Delaware Rule 5.1(f): a sustained challenge to confidential treatment unseals ("The challenge is sustained as to …").
  /\b(?:challenges?\s+(?:is|are)\s+(?:hereby\s+)?sustained|sustained\s+as\s+to)\b/gi,
  /\bDENIED\b/g,
  // "The motion is OVERRULED as to Exhibit 19" (Missouri courts overrule a motion they deny); not a sustained objection.
  /\b(?:[Mm]otion|[Rr]equest|[Aa]pplication)\s+is\s+(?:hereby\s+)?(?:OVERRULED|overruled|Overruled)\b/g,
  // "… granted as to paragraph 9 of the Declaration and denied in all other respects as to the Declaration".
  /\bdenied(?=\s+in\s+all\s+other\s+respects\b)/gi,
  // "The motion is granted as to page 3 and otherwise denied."
  /\botherwise\s+denied\b/gi,
  // "IT IS FURTHER ORDERED denying the Motion as to Exhibit 7" (Arizona minute entries).
  /\bORDERED\s+(?:that\s+)?denying\b(?!\s+in\s+part\b)/g,
  /\bDENIES\b/g,
  // D. Kan.: "the Court overrules the motion as to that paragraph", "… and otherwise overrules it".
  /\boverrules?\s+(?:the\s+|its\s+|\w+'s\s+)?(?:motion|request|application)\b|\boverrules\s+it\b/gi,
  // "The cost report, docket 112-7, the motion's denied." (a bench ruling, transcribed).
  /\b(?:motion|request|application)['’]s\s+denied\b/gi,
  /\bdenied\s+(?:in\s+part\s+)?as\s+to\b/gi,
  /\b(?:is|are|be)\s+(?:hereby\s+|also\s+|likewise\s+|therefore\s+|accordingly\s+|thus\s+)?denied\b/gi,
  /\bCourt\s+(?:(?:hereby|therefore|accordingly|thus|also|further|likewise|then)\s+)*denies\b/gi,
  /\bfail(?:ed|s)?\s+to\s+(?:meet|carry|satisfy|establish|show|demonstrate|articulate|identify)\b[^.;]{0,120}?\b(?:seal\w*|redact\w*)/gi,
  /\b(?:shall|will|may|should|must|does|do|need|needs|did)\s+not\s+(?:be\s+|remain\s+)?(?:sealed|redacted|restricted|impounded|seal|redact|remain\s+(?:sealed|under\s+seal|restricted|impounded)|filed\s+under\s+seal|maintained\s+under\s+seal)/gi,
  /\bdeclines?\s+to\s+(?:seal|redact|maintain)\b/gi,
  // "The Court ADOPTS the parties' proposed redactions to the Sealed Opinion (ECF No. 44) at page 4 …, and DECLINES to adopt the
  // proposed redactions at pages 23-24" (Court of Federal Claims).
  /\bdeclines?\s+to\s+(?:adopt|approve|accept)\s+(?:the\s+|those\s+|these\s+)?(?:(?:parties['’]|[A-Za-z][\w.&-]*['’]s)\s+)?(?:(?:jointly\s+)?(?:proposed|requested)\s+)?redactions?\b/gi,
  // "The Court thus will permit the redactions at Docket Entry 48 at 5-6, but not the redaction at Docket Entry 48 at 11".
  /\bbut\s+not\s+(?:the\s+)?(?:proposed\s+|requested\s+)?redactions?\s+(?:at|on|to|in|of)\b/gi,
  // "… the parties may redact the portions of Docket Entries 48, 48-3, and 55-2 identified above, but not Docket Entry 55
  // at 3 or Docket Entry 48 at 14" (M.D.N.C.): a cite's pages excepted from a permission to redact.
  /\bbut\s+not(?=\s+(?:Docket\s+Entry|Dkt\.|Doc\.|ECF\s+No\.|D\.E\.)\s*\d[^.;]{0,20}?\bat\s+\d)(?<=\bredact\b[^.;]{0,200}?\bbut\s+not)/g,
  // "The Clerk shall not file lodged Exhibit 11 (Doc. 151-6) under seal" (D. Ariz.).
  /\b(?:shall|will|may|must)\s+not\s+(?:re-?)?file\s+(?:\S+\s+){0,8}?under\s+seal\b/gi,
  // "Steel Works asks to seal the brief in full. The Court declines; …": the request before, refused.
  /\bCourt\s+declines(?=\s*[;.,])/g,
  // "The court declines intervenor's proposed redactions on pages 20-21 and 24", "The court declines intervenor's request to
  // redact Tr. 51:10-52:3" (Court of Federal Claims).
  /\b(?:[Cc]ourt|I)\s+(?:(?:will|shall|hereby|therefore|accordingly|also|must)\s+)*(?:declines?|rejects?)\s+(?:the\s+|those\s+|these\s+)?(?:(?:parties['’]|[A-Za-z][\w.&-]*['’]s)\s+)?(?:(?:jointly\s+)?(?:proposed|requested)\s+redactions?\b|requests?\s+to\s+(?:seal|redact)\b)/g,
  // "The Court therefore grants the motion as to … and denies the request to seal ECF 58-3 in its entirety".
  /\bdenies(?<=\b(?:and|but|otherwise)\s+(?:\w+\s+)?denies)\s+(?:the|its|their|[A-Z]\w+'s)\s+(?:\w+\s+){0,2}?(?:request|motion|application|petition)\b/g,
  // "… of that brief shall not be treated as confidential" (Court of International Trade).
  /\b(?:shall|will|may|must|should)\s+not\s+(?:continue\s+to\s+)?be\s+(?:treated|maintained|kept|designated)\s+as\s+(?:confidential|business\s+proprietary)\b/gi,
  // "the brackets on page 23 of Plaintiff's confidential brief … shall be removed" (Court of International Trade).
  // (Case-sensitive: a period inside "U.S. customer" is no sentence's end; one before a capital is.)
  /\b(?:shall|must|will)\s+be\s+removed\b(?<=\b[Bb]rackets\s(?:[^.;]|\.(?!\s+[A-Z])|\bNos?\.){0,240}?\s(?:shall|must|will)\s+be\s+removed)/g,
  // "I will not keep it sealed", "the Court does not maintain them under seal".
  /\b(?:shall|will|may|must|do|does|did|can|could|would)\s+not\s+(?:\w+\s+)?(?:keep|maintain|retain|leave)\s+(?:\S+\s+){0,6}?(?:sealed|under\s+seal|redacted|restricted)\b/gi,
  /\b(?:does|do|will)\s+not\s+approve\b/gi,
  // "I'm denying the motion as to 130:5-131:25" (W.D. Wis., in the first person).
  /\bI(?:['’]m|\s+am)\s+(?:also\s+)?denying\b/g,
  // "The marking at page 29 n.7 is not permitted." (Federal Circuit Rule 25.1).
  /\b(?:is|are)\s+not\s+permitted\b(?<=\b(?:markings?|redactions?|designations?)\s(?:[^.;]|\b(?:No|Nos|Doc|Dkt|ECF)\.|\bnn?\.){0,160}?\s(?:is|are)\s+not\s+permitted)/gi,
  /\b(?:is|are)\s+(?:hereby\s+)?not\s+approved\b|\bNOT\s+APPROVED\b/gi,
  // (A lookbehind here always follows a literal: one that leads a pattern is tried at every position of the order,
  // which made a parse fourteen times slower.)
  // "The proposed redactions of pages 31 through 33 are rejected"; "… are ADOPTED as to paragraphs 23-31 and REJECTED as to
  // paragraph 45" (Court of Federal Claims).
  /\b(?:is|are)\s+(?:hereby\s+)?rejected\b(?<=\b(?:redactions?|designations?|requests?|bracketing|brackets)\s+(?:(?:[^.;]|\bNos?\.){0,160}?\s)?(?:is|are)\s+(?:hereby\s+)?rejected)/gi,
  /\b(?:REJECTED|rejected)(?=\s+as\s+to\b)(?<=\b(?:redactions?|designations?)\s+(?:(?:[^.;]|\bNos?\.){0,60}?\s)?(?:ADOPTED|adopted)\s+as\s+to\s+[^.;]{0,60}?\band\s+(?:REJECTED|rejected))/g,
  // "The footnote must be unredacted.", "the date will not be kept from the public".
  /\b(?:must|shall|will|should)\s+be\s+unredacted\b/gi,
  /\b(?:will|shall|may)\s+not\s+be\s+(?:kept|withheld|hidden|shielded)\s+from\s+(?:the\s+)?public\b/gi,
  // "They may be redacted. Paragraph 21 may not; it says only that …".
  // (A part or a document as its subject, not what the court leaves public: "Those pages may be redacted; the economist's
  // methodology and conclusions may not.")
  ELLIPTICAL_REFUSAL,
  // "They are the heart of the Cooperative's case and will remain public."
  /\b(?:will|shall|must|should|may)\s+(?:therefore\s+|thus\s+)?(?:remain|be\s+(?:made|placed|filed)|stay|go)\s+(?:public(?:ly\s+available)?|on\s+the\s+public\s+(?:docket|record))\b(?![^.;]{0,60}\bredact)/gi,
  // "For the reasons that follow, the Court will deny Plaintiff's motion to seal Exhibits F, G, H …".
  /\b(?:[Cc]ourt|I)\s+(?:will|shall)\s+(?:also\s+)?\[?deny\]?\b/g,
  /\b(?:may|shall|will|must)\s+not\s+be\s+maintained\b/gi,
  /\bunseal(?:ed|s)?\b/gi,
  // ("… shall re-file on the public docket [Doc. 110-4] with pages 23 through 26 redacted": a docket's abbreviation on the
  // way.)
  // ("shall file on the public docket, within seven days of the date of this Memorandum & Order, versions of Dkts. 138
  // … that redact only …": redacted copies, however far after.)
  /\b(?:shall|must|will)\s+(?:\w+\s+){0,3}?(?:publicly\s+)?(?:re-?)?file[sd]?\s+(?:(?!(?:redacted|redacting|versions?|cop(?:y|ies))\b)\S+\s+){0,6}?(?:publicly|in\s+the\s+public\s+record|into\s+the\s+public\s+record|on\s+the\s+public\s+docket|in\s+unredacted\s+form)(?!(?:(?!\band\s+(?:a|an|the|its|their|his|her)\s)(?:[^.;]|\b(?:Docs?|Dkts?|Nos?)\.)){0,100}\b(?:versions?|copy|copies|redacted|redactions?|redacting)\b)/gi,
  // ("shall file on the public docket Exhibit 6 and a version of the memorandum redacted …": Exhibit 6, before the "and".)
  // "shall file Exhibits 14 and 15 under seal and Exhibit 18 on the public docket".
  // (Not a narrative "… provisionally under seal and filed redacted versions on the public docket [167]".)
  /\band(?<=\bunder\s+seal\s+and)\s+(?!filed\b)(?!(?:\S+\s+){0,2}?(?:redacted|public)\s+(?:versions?|cop(?:y|ies))\b)(?:\S+\s+){1,5}?(?:on\s+the\s+public\s+(?:docket|record)|publicly)\b/gi,
  /\bno\s+(?:good\s+cause|compelling\s+reasons?)\b/gi,
  // "The Court does not find good cause to seal Exhibit 2".
  /\bnot\s+(?:find|see|perceive)\s+(?:\w+\s+){0,3}?(?:good\s+cause|compelling\s+reasons?|(?:a\s+|any\s+)?basis|justification)\b(?:\s+(?:to|for)\s+(?:seal\w*|redact\w*))?/gi,
  /\bnot,?\s+(?:(?:however|yet|otherwise),?\s+)?(?:shown|established|demonstrated|met|made)\s+(?:\w+\s+){0,3}?(?:good\s+cause|compelling)(?:\s+(?:reasons?|cause))?(?:\s+to\s+(?:seal|redact))?/gi,
  // ("No portion of R. Doc. 47-8 will be sealed.", M.D. La.)
  /\bno\s+portion\s+(?:(?:\w+\s+){0,4}?|of\s+(?:[^.;]|\b(?:No|Nos|Dkt|Doc|ECF|R|Rec|D\.E|D\.I)\.){1,40}?\s)(?:will|shall)\s+(?:be\s+sealed|remain\s+(?:sealed|under\s+seal))/gi,
  // ("The Clerk of Court shall lift the provisional restriction on ECF Nos. 137-7, 137-9, and 137-10".)
  // ("The Clerk shall remove the restriction from Filing Nos. 76 and 77-3", D. Neb.)
  /\b(?:lift|remove)\s+(?:the\s+)?(?:(?:provisional|temporary|interim)\s+)?(?:Level\s+[1-3]\s+)?(?:restrictions?|seal)\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:public|parties))/gi,
  // "Confidential treatment … is lifted as to pages 20-21" (Delaware Superior Court Rule 5(g)).
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?lifted\b/gi,
  /\bunrestrict(?:ed)?\b/gi,
  // "The Clerk shall restore public access to [Doc. No. 47] and [Doc. No. 48]" (Ga. Unif. Super. Ct. R. 21).
  /\brestore\s+(?:full\s+)?public\s+access\s+to\b/gi,
  // "… and Exhibit 16 to the Kealoha Declaration shall be included in the public version of ECF No. 113" (D. Haw.): kept in
  // what the public sees.
  /\b(?:shall|will|must)\s+(?:also\s+)?be\s+included\s+in\s+the\s+public(?:ly\s+filed)?\s+(?:versions?|filings?|record|docket|cop(?:y|ies))\b/gi,
  // "The remaining pages of the Accounts shall be publicly accessible." (Minn. Gen. R. Prac. 11).
  /\b(?:shall|will|must)\s+(?:be|remain)\s+(?:publicly\s+accessible|accessible\s+to\s+the\s+public)\b/gi,
];

const GRANT: RegExp[] = [
  // "… on pages 9-11 and 17 of Plaintiff's confidential brief, ECF No. 36, shall retain its business proprietary
  // treatment", "Plaintiff may retain brackets only on pages 4-6 of Tab 9" (Court of International Trade, USCIT R. 5(g)).
  // ("The bracketed information on pages 7-9 and 14 … shall retain business proprietary treatment": no article.)
  /\b(?:shall|will|may|must)\s+(?:continue\s+to\s+)?retain\s+(?:(?:its|their|the)\s+)?(?:business\s+proprietary|confidential|BPI)\s+(?:treatment|designation|status)\b/gi,
  /\bmay\s+retain\s+(?:the\s+|its\s+|their\s+)?brackets\b/gi,
  // "Exhibits 12 through 15 … are CONFIDENTIAL in their entirety" (Fla. R. Gen. Prac. & Jud. Admin. 2.420 orders that
  // determine confidentiality; in capitals, the ruling's word).
  /\b(?:is|are)\s+(?:hereby\s+)?(?:determined\s+to\s+be\s+)?CONFIDENTIAL\b/g,
  // "Confidential treatment of ¶¶ 61-66 and 88 will continue." (Delaware Court of Chancery Rule 5.1.)
  /\b(?:will|shall|may|should)\s+continue(?=\s*[.;])(?<=\bconfidential\s+treatment\s(?:[^.;]|\b(?:No|Nos|Dkt|D\.I)\.){0,160}?\s(?:will|shall|may|should)\s+continue)/gi,
  // "The redactions at pages 23-24 and in footnote 7 on page 25 of Appellee's brief may remain." (Third Circuit).
  // ("The confidential markings at pages 12-13 and 41 of the opening brief may remain." (Federal Circuit Rule 25.1).)
  /\b(?:may|shall|will)\s+remain(?=\s*[.;])(?<=\b(?:redactions|markings?)\s(?:[^.;]|\b(?:No|Nos|Doc|Dkt|ECF)\.){0,160}?\s(?:may|shall|will)\s+remain)/gi,
  // "The confidentiality marking of footnote 8 on page 31 of the opening brief, ECF No. 19, shall be maintained" (Federal
  // Circuit Rule 25.1: a marking kept is material kept confidential).
  /\b(?:shall|will|must|may)\s+be\s+maintained\b(?<=\bconfidential(?:ity)?\s+(?:markings?|designations?|treatment)\s(?:[^.;]|\b(?:No|Nos|ECF|Dkt)\.){0,200}?\s(?:shall|will|must|may)\s+be\s+maintained)/gi,
  // "access to Exhibits A-D and G to the Baptiste Affidavit (Docket Entry 9) is LIMITED to the Court, counsel …" (Ga.
  // Unif. Super. Ct. R. 21); not "unless access is limited by law".
  /\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:LIMITED|limited)\s+to\s+the\s+(?:Court|parties|Clerk|court)\b(?<=\b[Aa]ccess\s+to\s+(?:[^.;]|\b(?:Nos?|pp?|Dkt|Doc)\.){1,160}?\s(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:LIMITED|limited)\s+to\s+the\s+(?:Court|parties|Clerk|court))/g,
  // "Item 2 is EXCLUDED from public access in its entirety", "Record 2 shall be excluded from public access" (Indiana
  // A.C.R. Rule 6).
  /\b(?:is|are|shall\s+be|will\s+be|be)\s+(?:hereby\s+)?(?:EXCLUDED|excluded)\s+from\s+public\s+access\b/g,
  // "The Clerk shall restrict public access to ECF No. 14 at 22-23" (bankruptcy § 107(c)).
  /\b(?:(?:shall|will|may|must)\s+(?:\w+\s+)?|(?:directed|ordered|instructed)\s+to\s+)(?:restrict|limit)\s+(?:public\s+)?access\s+to\b/gi,
  // "(c) Public access is restricted to pages 14-22 of Dkt. 112-5, to ¶¶ 14-19 of Dkt. 118-2, …" (Ohio Sup.R. 45).
  /\b(?:public\s+)?access\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:restricted|limited)\s+(?:to|as\s+to)\b/gi,
  // "Public access to pages 41-44 of the Lutz deposition (Docket Entry 66) is RESTRICTED." (Ohio Sup.R. 45); not a
  // transcript's "remote electronic access to it is restricted for ninety days".
  /\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:RESTRICTED|restricted)\b(?!\s+(?:for|until|during|pending)\b)(?<=\b[Aa]ccess\s+to\s+(?:[^.;]|\b(?:Nos?|pp?|Dkt|Doc)\.){1,120}?\s(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:RESTRICTED|restricted))/g,
  // "I will, however, allow Harborside to redact paragraph 9 …", "The Court will permit Bluegrass to redact Section 4".
  /\b(?:will|shall|hereby|also),?\s+(?:\w+,?\s+){0,2}?(?:allow|permit)\s+(?:\S+\s+){1,3}?to\s+(?:redact|seal|file\s+under\s+seal|maintain)\b/gi,
  // "The Court will, however, permit redaction of the testimony at 88:4-91:9".
  /\b(?:permit|allow|approve)s?\s+(?:the\s+)?(?:redaction|sealing)\s+of\b/gi,
  // "The Court will permit the redactions at ECF No. 84 at 8 and 11-12" (D. Colo.).
  /\b(?:permit|allow|approve)s?\s+(?:the\s+)?(?:proposed\s+|requested\s+)?redactions\s+(?:at|on|to|in)\b(?<=\b(?:will|shall|hereby|also|Court|I)\s+(?:\w+\s+)?(?:permit|allow|approve)s?\s+(?:the\s+)?(?:proposed\s+|requested\s+)?redactions\s+(?:at|on|to|in))/gi,
  // Court of International Trade: "the bracketing proposed by Plaintiff at pages 9 and 14-15 of the confidential opinion
  // … is accepted", "the information bracketed at pages 11-12 … shall continue to be treated as business proprietary".
  /\b(?:is|are)\s+(?:hereby\s+)?accepted\b(?<=\b(?:bracketing|brackets|redactions?)\s+(?:(?:[^.;]|\bNos?\.){0,160}?\s)?(?:is|are)\s+(?:hereby\s+)?accepted)/gi,
  /\b(?:shall|will|must)\s+(?:(?:likewise|also|further|similarly)\s+)?(?:continue\s+to\s+)?be\s+treated\s+as\s+business\s+proprietary\b/gi,
  // A ruling chart's cell in the imperative: "Keep sealed.", "Keep sealed as to pages 6-7." (D. Minn. L.R. 5.6).
  // ("Keep redacted at pages 11–13.", "Keep redacted at ¶¶ 8–12 and 30.")
  /\b(?:Keep|Remain|Maintain)\s+(?:under\s+seal|sealed|redacted)\b|\bFile\s+under\s+seal(?=\s*\.)/g,
  // "Confidential treatment shall continue as to pages 18-19 and 33 of the Opening Brief" (Delaware).
  /\bconfidential\s+treatment\s+(?:shall|will|may|is\s+to)\s+(?:\w+\s+)?(?:continue|remain(?:\s+in\s+(?:place|effect))?)\b/gi,
  // "Confidential treatment is maintained as to page 7", "… of those exhibits will be maintained", "overruled as to
  // paragraphs 44 through 51" (the challenge fails), "The redactions at 14:3-15:20 … remain in place".
  /\bconfidential\s+treatment\b[^.;]{0,60}?\b(?:is|are|will\s+be|shall\s+be)\s+(?:hereby\s+)?maintained\b/gi,
  /\boverruled\s+as\s+to\b/gi,
  // "Exhibits 3 through 6 … are declared confidential" (N.D. Sup. Ct. Admin. R. 41).
  /\b(?:is|are|be)\s+(?:hereby\s+)?declared\s+confidential\b/gi,
  /\bredactions?\b[^.;]{0,80}?\b(?:remains?|shall\s+remain|will\s+remain)\s+in\s+place\b/gi,
  /\bGRANTED\b/g,
  /\bGRANTS\b/g,
  /\b(?:is|are|be)\s+(?:hereby\s+|also\s+|likewise\s+|therefore\s+|accordingly\s+|thus\s+)?granted\b/gi,
  /\bORDERED\s+granting\b/gi,
  // "IT IS FURTHER ORDERED directing Plaintiff to redact from the public version of its Application …" (Arizona).
  /\bORDERED\s+directing\s+(?:\S+\s+){1,4}?to\s+(?:redact|seal|file\s+under\s+seal)\b/g,
  /\bdirect(?:ing|s|ed)?\s+the\s+Clerk\b[^.;]{0,40}?\bto\s+(?:file|maintain|keep|place|seal)\b(?:\s+\S+){0,6}?\s+(?:under\s+seal|sealed)\b/gi,
  /\b(?:version|copy)\s+of\s+(?:[^.;]|\b(?:No|Nos|Dkt|Doc|Docs|Ex|Decl|Mem|Opp)\.|\bD\.[EI]\.|\b(?:R|Rec)\.){0,160}?\b(?:redacted|redacting|redacts)\b/gi,
  /\bgranted\s+(?:in\s+part\s+)?as\s+to\b/gi,
  /\bCourt\s+(?:(?:hereby|therefore|accordingly|thus|also|further|likewise|then)\s+)*grants\b/gi,
  /\b(?:will|shall|must|hereby)\s+(?:also\s+|further\s+|instead\s+|therefore\s+|only\s+)?(?:seal|redact|restrict(?!\s+(?:public\s+)?access\b))\b/gi,
  /\bCourt\s+(?:hereby\s+)?seals\b/gi,
  // "The redactions at 112:4-114:20 of Dkt. 66 and in footnote 5 on page 11 of Dkt. 77 will remain in place."
  /\b(?:will|shall|may|must|can)\s+(?:also\s+)?remain\s+in\s+place\b(?<=\bredactions?\b(?:[^.;]|\b(?:Nos?|Dkt|Doc|ECF|pp?)\.){0,160}\s(?:will|shall|may|must|can)\s+(?:also\s+)?remain\s+in\s+place)/gi,
  // Del. Ch. Rule 5.1 letters: "those redactions may remain", "Confidential treatment of JX 114 and JX 131 is continued".
  /\bredactions?\s+(?:may|shall|will|can)\s+(?:also\s+)?remain\b(?!\s+(?:in\s+place\s+)?(?:only\s+)?(?:until|pending)\b)/gi,
  // ("… and confidential treatment of pages 22 through 25 will continue.")
  /\bconfidential\s+treatment\s+(?:of\s+(?:[^.;]|\bNos?\.){1,80}?\s+)?(?:(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:continued|maintained)|(?:will|shall)\s+continue)\b/gi,
  // "… (Doc. No. 112-3) shall be filed on the public docket in redacted form, with ¶¶ 41-58 and ¶¶ 77-80 redacted"
  // (before the plain "shall be … redacted", which would take the same words as a whole-document seal), "(Doc. No. 116) shall be filed on the public docket with pages 8 and 13-14 redacted".
  /\b(?:shall|will|must|may)\s+be\s+(?:re-?)?filed\b[^.;]{0,80}?\bwith\s+(?:only\s+)?(?:¶|pp?\.|pages?|paragraphs?|lines?|footnotes?|\d)[^.;]{0,80}?\bredacted\b/gi,
  // (Not the name of a filing: "a proposed index of the materials to be sealed (D.E. 164-2)", D.N.J. L. Civ. R. 5.3.)
  /\b(?:shall|will|may|must|is|are|to(?<!\b(?:index|list|chart|table|log)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}to))\s+(?:(?:hereby|likewise|also|further|therefore|accordingly|thus|similarly)\s+)?(?:be\s+|remain\s+|stay\s+|continue\s+to\s+be\s+)(?:\w+\s+){0,2}?(?:sealed|redacted|restricted|under\s+seal|under\s+restriction)\b/gi,
  // "Those two passages can be redacted", "Those names can be redacted" (a bench ruling, transcribed); not "if the
  // information can be redacted".
  /\bcan\s+be\s+(?:redacted|sealed)\b(?<=\b(?:passages?|pages?|names?|lines?|portions?|paragraphs?|they|those|these)\s+can\s+be\s+(?:redacted|sealed))/gi,
  // Utah Code Jud. Admin. 4-202.04: "Exhibit C (Docket Entry 215) is classified as PRIVATE as to pages 3 and 7-9 only".
  // C.R.C.P. 121 § 1-5: "Access to those paragraphs is LIMITED", "access to them is LIMITED" (to the parties and the Court).
  /\baccess\s+to\s+(?:[^.;]{1,60}?\s)?(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:LIMITED|[Ll]imited)\b/g,
  // ("… is classified PROTECTED", "… are classified PRIVATE": without the "as".)
  /\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:re)?classified\s+(?:as\s+)?(?:private|protected|sealed|safeguarded)\b/gi,
  // D. Kan.: "The Court sustains the motion as to ¶¶ 8-12 and 17", "… but sustains it as to pages 14-16".
  /\bsustains?\s+(?:the\s+|its\s+|\w+'s\s+)?(?:motion|request|application)\b|\bsustains\s+it\b/gi,
  // "The motion's granted as to Exhibit 3" (a bench ruling, transcribed).
  /\b(?:motion|request|application)['’]s\s+granted\b/gi,
  // "The Clerk of Court shall maintain the unredacted transcript [#86] under restriction" (D. Colo.).
  /\b(?:maintain|keep|place)\s+(?:\S+\s+){0,12}?under\s+(?:Level\s+[1-3]\s+)?restriction\b/gi,
  // "The Clerk of Court shall maintain Docket No. 45-4 as restricted" (D.P.R.).
  /\b(?:maintain|keep)\s+(?:\S+\s+){0,12}?as\s+(?:restricted|sealed)\b/gi,
  // "The Court finds these exhibits should be sealed."
  /\b(?:[Cc]ourt|I)\s+(?:also\s+|therefore\s+)?(?:finds?|conclude[sd]?|agrees?)\s+(?:that\s+)?(?:[^.;]|\.(?=\s*\d))(?:[^.;]|\bNos?\.|\.(?=\s*\d)){0,100}?\bshould\s+(?:be\s+|remain\s+)(?:sealed|redacted|restricted|under\s+seal)\b/g,
  /\b(?:is|are)\s+(?:hereby\s+|properly\s+|appropriately\s+|rightly\s+|justifiably\s+)?(?:ordered\s+)?sealed\b/gi,
  // ("The Clerk of Court shall maintain Exhibit 4 to the Declaration of Teresa Mancuso (ECF No. 49-5), the royalty audit
  // workpapers, under SEAL": a long name in between.)
  /\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:maintain|keep|retain|file|lodge)\s+(?:\S+\s+){0,20}?under\s+seal\b/gi,
  // "shall be filed as confidential documents and shall not be accessible to the public" (Minnesota).
  /\b(?:shall|will|must)\s+(?:\w+\s+){0,2}?(?:be\s+filed\s+as\s+confidential|not\s+be\s+(?:publicly\s+)?accessible\s+to\s+the\s+public)\b/gi,
  // "Exhibit B to the Lindqvist-Boyd Affidavit, filed separately as Index #23, shall be confidential in its entirety."
  /\b(?:shall|will)\s+(?:be|remain)\s+confidential(?=\s*(?:[.;]|in\s+(?:its|their)\s+entirety\b|,\s+and\b))/gi,
  // "(D.E. 133) is confidential at pages 18:4-19:22 only, which the Clerk shall maintain as confidential" (Fla. R. Gen. Prac. 2.420).
  /\b(?:is|are)\s+(?:hereby\s+)?(?:determined\s+to\s+be\s+)?confidential\s+(?:only\s+)?(?:at|as\s+to)\b/gi,
  // "Paragraphs 12 through 15 of the Carvajal Affidavit are confidential." (Rule 2.420 determinations).
  /\b(?:Paragraphs?|Pages?|Exhibits?|Lines?|Footnotes?)(?<=(?:^|\n)[ \t]*(?:\d{1,2}\.[ \t]+)?[A-Z][a-z]+)\s[^.;]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?confidential(?=\s*(?:[.;]|,\s+and\b))/g,
  /\b(?:shall|will|must)\s+(?:\w+\s+){0,2}?(?:maintain|keep|treat)\s+(?:\S+\s+){0,4}?as\s+confidential\b/gi,
  // "the Court will also temporarily retain under seal Plaintiff's Exhibit E".
  /\b(?:maintain|keep|retain|hold|place)\s+under\s+seal\b/gi,
  /\b(?:[Cc]ourt|I)\s+(?:will|shall)\s+(?:also\s+)?\[?(?:grant|allow)\]?\b/g,
  // "shall maintain Volume 4 of the excerpts of record (Docket Entry No. 12) under seal": a docket cite inside the object.
  /\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:maintain|keep|file|lodge)\s+(?:[^\s()[\]]+\s+){0,14}?[([][^()[\]]{1,40}[)\]]\s+under\s+seal\b/gi,
  /\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:maintain|keep)\s+(?:\S+\s+){0,10}?sealed\b/gi,
  /\b(?:directed|ordered)\s+to\s+(?:maintain|keep|file|place|seal)\b(?:\s+\S+){0,12}?\s+(?:under\s+seal|sealed)\b/gi,
  // ("the Court finds good cause under L.R. 7.2 to impound the following": a rule named between.)
  /\b(?:good\s+cause|compelling\s+reasons?|overriding\s+interests?)\s+(?:(?:under|pursuant\s+to)\s+[^,;:]{1,24}?\s+)?(?:exists?\s+|supports?\s+|justif(?:y|ies)\s+)?(?:to\s+)?(?:seal|redact|sealing|redacting|impound|impounding)\b/gi,
  /\bsealing\s+(?:is|of\s+(?:\S+\s+){1,4}?is)\s+(?:therefore\s+|thus\s+|also\s+)?(?:warranted|appropriate|justified)/gi,
  // "Plaintiff has shown good cause as to Exhibit 3, Dkt. 90-3, …", "… has also shown good cause for the redactions on
  // pages 3 and 11 of its brief, Dkt. 89".
  /\b(?:has|have)\s+(?:also\s+)?(?:shown|established|demonstrated)\s+(?:good\s+cause|compelling\s+reasons?)\s+(?:as\s+to|for)\b/gi,
  // "Defendant shall refile the Memorandum with redactions limited to footnote 7 on page 12 and to pages 19 and 20."
  /\b(?:shall|must|may|will)\s+(?:re-?)?file\s+(?:\S+\s+){0,4}?with\s+(?:the\s+|its\s+)?redactions?\s+(?:limited|confined|restricted)\s+to\b/gi,
  // "Defendants may maintain the redactions at pages 11 through 14 of the Brief".
  /\b(?:may|shall|will)\s+(?:\w+\s+){0,2}?(?:maintain|keep|retain)\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+|both\s+|such\s+)?(?:proposed\s+)?redactions?\b/gi,
  // "… are narrowly drawn. The Court approves them."
  /\b[Cc]ourt\s+(?:(?:therefore|also|thus)\s+)?approves\b/g,
  /\b(?:good\s+cause|compelling\s+reasons?|overriding\s+interests?)\s+(?:\w+\s+){0,2}?to\s+(?:keep|maintain|place|file|retain)\s+(?:\S+\s+){0,6}?under\s+seal\b/gi,
  // ("… plaintiff shall file on NYSCEF a redacted copy of …": where it is filed may come first.)
  /\b(?:shall|must|will|may)\s+(?:\w+\s+){0,2}?file\s+(?:(?:on|via)\s+(?:NYSCEF|CM\/ECF)\s+)?(?:a\s+|the\s+)?(?:public(?:ly)?\s+)?redacted\s+(?:version|cop(?:y|ies))/gi,
  // "Plaintiff shall file the Statement of Facts publicly with paragraphs 21 through 24 redacted".
  /\b(?:shall|must|will|may|authorized\s+to|permitted\s+to)\s+(?:\w+\s+){0,2}?(?:re-?)?file\s+(?:[^.;]|\b(?:No|Nos|Dkt|Doc|Docs|ECF)\.){1,80}?\bwith\s+[^.;]{1,100}?\bredacted\b/gi,
  // "Defendant shall file Exhibit 7 on the public docket, redacting pages 2 and 3".
  /\b(?:shall|must|will|may)\s+(?:\w+\s+){0,2}?(?:re-?)?file\s+[^.;]{1,80}?,?\s+(?:redacting|omitting)\b/gi,
  /\b(?:shall|must|will)\s+(?:\w+\s+){0,2}?file\s+(?:a\s+|the\s+)?public\s+(?:version|cop(?:y|ies))\b[^.;]{0,120}?\bredact/gi,
  /(?<![Cc]ourts?\s+)\bmay(?:\s*,?\s*(?:also|further|therefore|thus|accordingly|instead|only|however)\s*,?)?\s+(?:redact|seal|file\s+under\s+seal)\b/gi,
  /\b(?:is|are)\s+(?:hereby\s+)?approved\b/gi,
  // "Pages 15 and 16 of the Answering Brief (D.I. 187) shall retain confidential treatment" (Del. Super. Ct. R. 5(g)).
  /\b(?:shall|will|may|should)\s+(?:continue\s+to\s+)?(?:retain|receive|keep|remain\s+under)\s+confidential\s+treatment\b/gi,
  // "The official court reporter is DIRECTED to prepare redacted versions of the trial transcripts that redact the
  // following, and only the following, passages:"; "the Clerk is directed to redact …".
  /\b(?:DIRECTED|directed|ORDERED|ordered|instructed)\s+to\s+(?:redact|seal)\b/g,
  /\b(?:DIRECTED|directed|ORDERED|ordered|instructed)\s+to\s+prepare\s+(?:a\s+)?redacted\s+(?:versions?|cop(?:y|ies))\b(?=[^.;]{0,80}\b(?:redact|omit)\w*\s+(?:only\s+)?the\s+following\b)/g,
  /\b(?:is|are)\s+(?:hereby\s+)?(?:ADOPTED|adopted)\b(?<=\b(?:redactions?|designations?)\s+(?:(?:[^.;]|\bNos?\.){0,60}?\s)?(?:is|are)\s+(?:hereby\s+)?(?:ADOPTED|adopted))/g,
  // "The Court will adopt the redactions at pages 14-15 and 22 …", "The Court adopts the parties' proposed redactions".
  /\b(?:[Cc]ourt|I)\s+(?:(?:will|shall|hereby|therefore|accordingly|also)\s+)*(?:adopts?|approves?|accepts?|ADOPTS|APPROVES|ACCEPTS)\s+(?:the|those|these|all|both)\s+(?:(?:of\s+the\s+)?(?:parties['’]\s+|[A-Z][\w.&-]*['’]s\s+)?(?:jointly\s+)?(?:proposed\s+|requested\s+)?)?redactions\b/g,
  /\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:remain|be\s+(?:kept|maintained|treated\s+as))\s+confidential\b/gi,
  /\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:remain|be\s+maintained|be\s+kept|be\s+placed)\s+(?:under|at|subject\s+to)\s+(?:a\s+)?Level\s+[1-3]\s+(?:restriction|restricted\s+access)/gi,
  /\b(?:good\s+cause|compelling\s+reasons?|overriding\s+interests?)\s+(?:\w+\s+){0,2}?to\s+(?:keep|maintain|retain|permit|allow|approve)\s+(?:the\s+)?(?:proposed\s+)?redactions?\b/gi,
  /\b[Cc]ourt\s+(?:(?:hereby|further|also|therefore)\s+)*(?:orders?|ORDERS)\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc|Docs|Ex|Decl)\.|\bD\.[EI]\.|\b(?:R|Rec)\.){0,100}?\b(?:sealed|redacted)\b/g,
  // (Not what a request asks, "Appellant's request that her reply brief (Doc. No. 52) be sealed in its entirety is DENIED":
  // the ruling is the sentence's own verb.)
  /(?<!\b(?:request|requests|application|applications|motion|motions|suggestion|asks?|asked|seeks?|sought|moves?|moved)\s+)\bthat\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc|Docs|Ex|Decl)\.|\bD\.[EI]\.|\b(?:R|Rec)\.){0,120}?\bbe\s+(?:sealed|redacted|filed\s+under\s+seal)\b/gi,
  // "the Clerk is directed to … strike Plaintiff's reply (Docs. 71, 71-1) and to re-file them under seal", "DIRECTS the Clerk to DOCKET and SEAL".
  /\bClerk\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc|Docs|Ex|Decl|ECF)\.|\bD\.[EI]\.|\b(?:R|Rec)\.){0,160}?\bto\s+(?:re-?)?(?:file|docket|place|maintain|keep|lodge)\s+(?:\S+\s+){0,14}?under\s+seal\b/gi,
  /\bClerk(?:\s+of\s+(?:the\s+)?Court)?\s+(?:(?:is|shall)\s+)?(?:(?:hereby|respectfully|further)\s+)?(?:(?:directed|ordered|instructed)\s+)?to\s+(?:[a-z]+\s+and\s+)?seal\b/gi,
  /\bauthorized\s+to\s+(?:(?:file|maintain|keep|lodge)\s+(?:\S+\s+){0,6}?under\s+seal|redact|seal)\b/gi,
  // "may file the following documents with the redactions they proposed:".
  /\b(?:may|shall|will|must)\s+(?:\w+\s+){0,2}?file\s+(?:\S+\s+){0,6}?with\s+(?:the\s+)?(?:(?:proposed|requested)\s+)?redactions\b(?=[^.:;()]{0,40}:)/gi,
  // "may remain marked confidential" (Federal Circuit Rule 25.1 markings).
  /\b(?:may|shall|will|must)\s+remain\s+(?:marked|designated)\s+(?:as\s+)?confidential\b/gi,
  // "a compelling interest in keeping them confidential".
  /\b(?:keep(?:ing)?|maintain(?:ing)?)\s+(?:them|it|these\s+\w+|those\s+\w+)\s+(?:confidential|sealed|under\s+seal)\b/gi,
  // "The Court will permit the parties to redact pages 4-6 of …", "The Court grants leave to file … under seal".
  // (A judge writing in the first person, W.D. Wis.: "I'll allow AgriFlow to redact pages 12 and 13".)
  /\b(?:[Cc]ourt|I['’]ll|I(?=\s+will\b))\s+(?:(?:will|shall|hereby|therefore|accordingly)\s+)*(?:permits?|allows?|grants?\s+(?:\S+\s+){0,2}?leave)\s+(?:\S+\s+){0,4}?to\s+(?:redact|seal|file\s+(?:\S+\s+){0,8}?under\s+seal)\b/g,
  // Rulings in the present tense (S.D. Tex.): "Exhibit 7 … (Docket Entry No. 52-7) remains sealed in its entirety", "The
  // deposition … (Docket Entry No. 52-9) is redacted at 14:3 through 22:25". (Not a public copy that "is redacted at"
  // what its filer chose.)
  /\bremains?\s+sealed(?=\s+in\s+(?:its|their)\s+entirety\b)/g,
  /\b(?:is|are)\s+redacted\s+(?=at\s+(?:pages?\s+|pp?\.\s*|¶+\s*|paragraphs?\s+)?\d)(?<!\b(?:version|copy|copies|versions)\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc|ECF)\.){0,80}?\s(?:is|are)\s+redacted\s)/g,
  // "I'll seal Dkt. 90-3 in its entirety" (W.D. Wis., in the first person).
  /\bI(?:['’]ll|\s+will)\s+(?:seal|redact)\b/g,
];

/** Words before a sealing verb that report an intent or a request rather than a ruling. */
const REPORTED =
  /\b(?:intent(?:ion)?\s+to|propos(?:ed|es|ing)\s+to|plans?\s+to|asking\s+(?:\w+\s+)?(?:not\s+)?to|asked\s+(?:\w+\s+)?(?:not\s+)?to|(?:does|do|did)\s+not\s+(?:ask|request|move|seek)|(?:asks?|asked|requests?|requested|urges?|urged)(?=\s+that\s*$)|\b(?:was|were|had\s+been|has\s+been|have\s+been)(?=\s*$))\s*(?:that\s*)?$/i;

/** The start of a condition that a ruling phrase completes: "if sealing", "unless the request", "in the event that it". */
const CONDITION = /\b(?:if|unless|whether|in\s+the\s+event(?:\s+that)?)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Courts' synonyms mapped onto the words the patterns know, keeping every offset: "impounded" → "sealed   ", "ALLOWED" → "GRANTED". */
export function rulingWords(text: string): string {
  return rulingWordsCache.get(text, mapRulingWords);
}
/** The same sentences are mapped again and again while one order is read. */
const rulingWordsCache = new BoundedCache<string>(2000);
const SYNONYM_HINT = /impound|uppress|allow/i;

function mapRulingWords(text: string): string {
  // (Most sentences use none of these words: one test instead of five passes.)
  if (!SYNONYM_HINT.test(text)) return text;
  return (
    text
      .replace(/\b[Ii]mpound(ed|s|ing)?\b/g, (m, suffix: string | undefined) => {
        const word = suffix === 'ed' ? 'sealed' : suffix === 's' ? 'seals' : suffix === 'ing' ? 'sealing' : 'seal';
        return (m[0] === 'I' ? 'S' : 's') + word.slice(1).padEnd(m.length - 1);
      })
      .replace(/\bIMPOUND(ED|S|ING)?\b/g, (m) => `SEAL${m.slice(7)}`.padEnd(m.length))
      // "shall be suppressed", "The request to suppress Exhibit 14" (Colorado's Chief Justice Directive 05-01).
      .replace(/\b([Ss])uppress(ed|es|ing)?\b/g, (m, first: string, suffix: string | undefined) =>
        `${first === 'S' ? 'S' : 's'}eal${suffix === 'es' ? 's' : (suffix ?? '')}`.padEnd(m.length),
      )
      .replace(/\bALLOW(ED|S)\b/g, (m) => (m === 'ALLOWED' ? 'GRANTED' : 'GRANTS '))
      .replace(
        /\b(is|are|be)(\s+(?:hereby\s+)?)allowed\b(?!\s+to\b)/gi,
        (_m, verb: string, gap: string) => `${verb}${gap}granted`,
      )
  );
}

const sticky = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', '') + 'y');
const DENY_STICKY = DENY.map(sticky);
const GRANT_STICKY = GRANT.map(sticky);
/**
 * Every pattern in one alternation, one per set of flags, behind one word-start test: a position where it matches is one
 * where some pattern does. (Every pattern opens with `\b` and a word character, so only word starts can match; testing
 * that once, before the alternation, lets the engine pass over the rest of the text at little cost.)
 */
const UNIONS = [...new Set([...DENY, ...GRANT].map((re) => re.flags))].map(
  (flags) =>
    new RegExp(
      String.raw`\b(?=\w)(?:` +
        [...DENY, ...GRANT]
          .filter((re) => re.flags === flags)
          .map((re) => `(?:${re.source})`)
          .join('|') +
        ')',
      flags.replace('g', '').replace('y', '') + 'g',
    ),
);

/** Every word start (sorted) where at least one ruling pattern matches. */
function matchStarts(span: string): number[] {
  // One search through the text per union, resumed one character past each match found (so matches that overlap are all
  // found): cheaper than trying the union from script at every word start, a fifth of the positions.
  const starts = new Set<number>();
  for (const union of UNIONS) {
    union.lastIndex = 0;
    for (let m = union.exec(span); m; m = union.exec(span)) {
      starts.add(m.index);
      union.lastIndex = m.index + 1;
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Every disposition phrase in [from, to); denials first, grants only where no denial phrase covers them. */
export function findRulings(text: string, from: number, to: number): RulingMatch[] {
  const span = rulingWords(text.slice(from, to));
  const found: RulingMatch[] = [];
  const overlaps = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  // Where any pattern matches at all, found in one pass per case-sensitivity; each pattern is then tried only there.
  // (The same matches as scanning the text once per pattern, at a fraction of the cost: eighty patterns run one after
  // another over the whole text evict each other's compiled code.)
  const starts = matchStarts(span);
  for (const [patterns, disposition] of [
    [DENY_STICKY, 'deny'],
    [GRANT_STICKY, 'redact'],
  ] as const) {
    for (const re of patterns) {
      let next = 0;
      for (const at of starts) {
        if (at < next) continue;
        re.lastIndex = at;
        const m = re.exec(span);
        if (!m) continue;
        next = at + Math.max(1, m[0].length);
        const start = from + at;
        const end = start + m[0].length;
        // "Plaintiff's Motion to Unseal ECF 355": the verb names what a motion asks, it rules on nothing.
        const named = insideMotionName(span.slice(Math.max(0, at - 200), at), m[0]);
        // "an order [162] announcing my intent to unseal …", "a paper [164] asking me not to unseal …": no ruling.
        // ("… must file a public version within seven days if sealing is denied": a condition, not a ruling.)
        const lead = span.slice(Math.max(0, at - 40), at);
        const reported = REPORTED.test(lead) || CONDITION.test(lead);
        if (!named && !reported && !overlaps(start, end)) found.push({ start, end, disposition });
      }
    }
  }
  // "The motion is denied without prejudice as to doc. nos. 35-1 through 35-4, which shall remain provisionally sealed for
  // fourteen days": a seal kept only until the denial takes effect is no grant.
  const provisional = found.filter(
    (g) =>
      g.disposition === 'redact' &&
      (/\b(?:provisionally|temporarily|for\s+now)\b/i.test(text.slice(g.start, g.end + 12)) ||
        // "… is DENIED. The exhibits shall remain under seal for fourteen (14) days, after which …": kept only a while.
        /^\s*(?:for\s+(?:\w+\s+)?(?:\(\d+\)\s+)?days|until\s+(?:the\s+)?(?:deadline|time)\b)/i.test(
          text.slice(g.end, g.end + 40),
        )) &&
      found.some(
        (d) => d.disposition === 'deny' && d.end <= g.start && !/[.;]\s+[A-Z]/.test(text.slice(d.end, g.start)),
      ),
  );
  // "Filing No. 58-6 shall remain provisionally restricted pending the filing by Sandhills of …": kept only until someone
  // else shows cause, which is no grant: the request is denied as it stands.
  const pending = found.filter(
    (g) =>
      g.disposition === 'redact' &&
      !provisional.includes(g) &&
      /\b(?:provisionally|temporarily)\b/i.test(text.slice(g.start, g.end + 12)) &&
      /^[^.;]{0,40}?\b(?:pending|until)\b(?!\s+further\s+order)/i.test(text.slice(g.end, g.end + 60)),
  );
  // "The court defers ruling on Exhibit 12 (ECF No. 76-12), which shall remain provisionally sealed pending further
  // order": a seal kept while the court has not decided, no grant.
  const deferred = found.filter(
    (g) =>
      g.disposition === 'redact' &&
      !provisional.includes(g) &&
      !pending.includes(g) &&
      /\b(?:provisionally|temporarily)\b/i.test(text.slice(g.start, g.end + 12)) &&
      (/^[^.;]{0,40}?\bpending\s+(?:further\s+order|(?:the\s+)?(?:court'?s\s+)?(?:ruling|resolution|decision))/i.test(
        text.slice(g.end, g.end + 80),
      ) ||
        // ("The Court RESERVES ruling on Doc. 53-3. … Doc. 53-3 shall remain provisionally sealed in the meantime.")
        /^\s*(?:in\s+the\s+meantime|meanwhile|for\s+now)\b/i.test(text.slice(g.end, g.end + 30)) ||
        /\bdefers?\s+(?:ruling|decision)\b[^.;]{0,160}$/i.test(text.slice(Math.max(0, g.start - 160), g.start))),
  );
  // "The provisionally sealed versions [Doc. No. 53] shall remain under seal pending those filings": the sealed copies kept
  // only until the public ones are filed, nothing of their own (KEYING.md rule 4).
  const untilPublic = found.filter(
    (g) =>
      g.disposition === 'redact' &&
      /^[^.;]{0,30}?\b(?:pending|until)\s+(?:(?:the|those|these|such|its|their)\s+)?(?:(?:public|redacted)\s+(?:versions?|cop(?:y|ies))\s+(?:(?:are|is|have\s+been|has\s+been)\s+)?filed|filings?\b(?!\s+(?:by|of)\b))/i.test(
        text.slice(g.end, g.end + 90),
      ) &&
      // (Not where the sentence goes on to rule on something else, which would take its place: "… as restricted until
      // the redacted versions are filed, and shall then lift the restriction on Filing No. 45-6".)
      !found.some((d) => d.start > g.end && !/[.;]/.test(text.slice(g.end, d.start))),
  );
  // "Meridian shall file under seal unredacted copies of the Ibarra Deposition, [D.E. 87-12], …": where the full copy is
  // kept, nothing sealed of its own (KEYING.md rule 4).
  const unredactedCopies = found.filter(
    (g) =>
      g.disposition === 'redact' &&
      /\bunder\s+seal$/i.test(text.slice(g.start, g.end)) &&
      // ("… shall file under seal the lodged unredacted copies of Exhibit 8 and the Statement of Facts" (D. Ariz.), a
      // pleading line's number perhaps between.)
      /^\s*(?:\d{1,2}\s+)?(?:an?\s+|the\s+)?(?:(?:conditionally\s+|provisionally\s+)?(?:lodged|filed)\s+)?unredacted\s+(?:cop(?:y|ies)|versions?)\b/i.test(
        text.slice(g.end, g.end + 60),
      ),
  );
  return found
    .filter(
      (m) =>
        !provisional.includes(m) && !deferred.includes(m) && !untilPublic.includes(m) && !unredactedCopies.includes(m),
    )
    .map((m) => (pending.includes(m) ? { ...m, disposition: 'deny' as const } : m))
    .sort((a, b) => a.start - b.start);
}

/** The disposition phrase that governs a reference: its own verb right after it ("222-3 shall remain sealed"), else the nearest before, else the nearest after. */
export function dispositionAt(
  rulings: RulingMatch[],
  position: number,
  end = position,
  text?: string,
): Disposition | null {
  return rulingAt(rulings, position, end, text)?.disposition ?? null;
}

/** Nothing but more entries of a list of cites, and the predicate's modal. */
const CITE_LIST_BETWEEN =
  /^(?:\s+at\s+\d{1,4}(?:-\d{1,4})?)?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Docket\s+Entr(?:y|ies)|ECF\s+Nos?\.?|Dkts?\.|Docs?\.|D\.E\.|Nos?\.)\s*)?\d{1,5}(?:-\d{1,4})?(?:\s+at\s+\d{1,4}(?:-\d{1,4})?)?)+\s*(?:(?:shall|will|must|may)\s+(?:also\s+)?(?:be\s+)?|(?:is|are)\s+(?:hereby\s+)?)?$/;

/** The disposition phrase itself that `dispositionAt` reads. */
export function rulingAt(rulings: RulingMatch[], position: number, end = position, text?: string): RulingMatch | null {
  // Its own predicate: nothing but a closing bracket or ", which" between the reference and the verb.
  const right = rulings.find(
    (r) =>
      r.start >= end &&
      ((r.start - end <= 24 &&
        (text === undefined ||
          // ("… at ECF No. 222 at 6-7 shall be unsealed": a bare "unsealed" after its modal is the predicate too.)
          /^[\s)\]]*(?:,\s*(?:which|that)\s+)?(?:(?:shall|will|may|must|should)\s+(?:also\s+)?be\s+|,?\s*(?:is|are)\s+(?:hereby\s+)?)?$/.test(
            text.slice(end, r.start),
          ))) ||
        // ("… may redact footnote 9 …, but its request to redact pages 2, 3, and 17 of the Opposition is DENIED": the
        // document's name, then the predicate.)
        (text !== undefined &&
          r.start - end <= 80 &&
          /^\s+(?:of|to|in)\s+(?:the|its|their|his|her|[A-Z][\w'’.-]*(?:'s|s'))\s+(?:[A-Za-z][\w'’.-]*\s+){0,5}?(?:is|are|(?:shall|will|must)\s+be)\s+(?:hereby\s+)?$/.test(
            text.slice(end, r.start),
          )) ||
        // "paragraphs 7 and 8, which contain Mr. Feld's home address …, may be redacted": a relative clause between.
        (text !== undefined &&
          r.start - end <= 200 &&
          /^[\s)\]]*,\s*(?:which|that|where)\b[^;()]*,\s*$/.test(text.slice(end, r.start))) ||
        // ("pages 4 through 32 of ECF No. 135, as numbered in the CM/ECF header, shall be sealed": how the pages count.)
        (text !== undefined &&
          r.start - end <= 80 &&
          /^[\s)\]]*,\s*as\s+(?:numbered|paginated|stamped)\b[^;(),]*,\s*(?:(?:shall|will|may|must)\s+(?:also\s+)?(?:be\s+|remain\s+)?|(?:is|are)\s+)?$/.test(
            text.slice(end, r.start),
          )) ||
        // "Docket Entry 41-2 at 7-12, Docket Entries 41-3 and 41-5, and Docket Entry 41 at 4 shall remain sealed": the
        // other entries of the same list between.
        (text !== undefined && r.start - end <= 160 && CITE_LIST_BETWEEN.test(text.slice(end, r.start)))),
  );
  if (right) return right;
  let before: RulingMatch | null = null;
  for (const r of rulings) if (r.start <= position) before = r;
  if (before) return before;
  return rulings[0] ?? null;
}

const REQUEST =
  /\b(?:parties|party|plaintiffs?|defendants?|movants?|petitioners?|respondents?|intervenors?|applicants?|counsel|they|it|he|she|(?:It|They|He|She)(?=\s+(?:also\s+|now\s+|further\s+)?(?:asks?|requests?|seeks?|moves?)\b)|(?!(?:The|This|These|That|Those|It|Court|Clerk|In|As|Accordingly|Because|Having|For|Therefore)\b)[A-Z][a-z][A-Za-z]*|(?!(?:IT|THE|THIS|COURT|ORDER|ORDERED|SO|AND|NOW)\b)[A-Z]{2,6}(?=\s+(?:also\s+)?(?:asks?|asked|requests?|requested|seeks?|sought|moves?|moved|argues?|argued|contends?|contended)\b))(?:\s*,[^,.;]{1,80},)?\s+(?:[\w.,'"()&-]+\s+){0,4}?(?:(?<!\b(?:that|the|this|its|their|his|her|a|an|such)\s)request(?:s|ed|ing)?|argue[sd]?|contend(?:s|ed)?|asserts?|assert(?:ed)?|seeks?|sought|moves?|moved|asks?|asked|submits?|designated?|claims?|maintains|wish(?:es)?|wants?|suggest(?:s|ed)?)\b/;

/** "Makai filed portions of those documents provisionally under seal and now moves ex parte for leave to keep them sealed.",
 * "Defendants filed those exhibits provisionally under seal and now seek leave to keep them sealed." */
// ("… defendants responded in opposition to class certification [D.E. 103] and moved to seal portions of their own filing
// and to maintain under seal the material plaintiffs had filed [D.E. 104]": the history of the motion.)
const MOVES_TO =
  /\b(?:now|also|therefore|separately)\s+(?:moves?\s+(?:\w+\s+){0,2}?(?:for\s+leave\s+)?|(?:seeks?|asks?)\s+(?:the\s+Court's\s+)?(?:leave\s+)?)to\s+(?:file|keep|maintain|seal|redact|restrict)\b|\band\s+moved\s+(?:\w+\s+){0,2}?(?:for\s+leave\s+)?to\s+(?:file|keep|maintain|seal|redact|restrict)\b/;
/** Words without which MOVES_TO cannot match. */
const MOVES_TO_HINT = /\b(?:moves?|moved|seeks?|asks?)\b/;

/** A verb REQUEST needs, found first: most sentences have none, and REQUEST is slow to fail at every capital. */
const REQUEST_VERB =
  /\b(?:request|argue|contend|assert|seek|sought|move|ask|submit|designate|claim|maintains|wish|want|suggest)/;

/** A sentence reporting what a party asks for or argues (its citations are not rulings). */
export function isRequest(sentence: string): boolean {
  return requestCache.get(
    sentence,
    // Each long pattern runs only where a word it cannot match without is present: most sentences have none of them,
    // and these few scans cost less than the patterns' backtracking (a seed-order parse spent 7% of its time here).
    (s) =>
      !(COURT_ACTS_HINT.test(s) && COURT_ACTS.test(s)) &&
      ((REQUEST_VERB.test(s) && REQUEST.test(s)) ||
        (MOVES_TO_HINT.test(s) && MOVES_TO.test(s)) ||
        (PENDING_HINT.test(s) && PENDING.test(s)) ||
        (s.includes('that') && REQUEST_THAT.test(s)) ||
        (s.includes("'") && REQUEST_POSSESSIVE.test(s)) ||
        (MOTION_ASKS_HINT.test(s) && MOTION_ASKS.test(s)) ||
        (THAT_ANY_CASE.test(s) && PAPER_ARGUES.test(s))),
  );
}
/** Words without which COURT_ACTS, PENDING, MOTION_ASKS and PAPER_ARGUES (below) cannot match. */
const COURT_ACTS_HINT = /Court|I\s|Clerk/;
const PENDING_HINT = /before\s+the\s+court|pending/i;
const MOTION_ASKS_HINT = /asks|seeks|requests/;
const THAT_ANY_CASE = /that/i;
/** The same sentences are asked about again and again while one order is read. */
const requestCache = new BoundedCache<boolean>(5000);

/** Forgets what earlier orders cached. */
export function clearRulingCaches(): void {
  requestCache.clear();
  rulingWordsCache.clear();
}

/** "The motion asks the Court to seal portions of the transcript …": the motion itself, asking. */
// ("… on Defendant's motion to seal, ECF No. 72, which asks to keep under seal Exhibits A through F …", D.S.C.)
const MOTION_ASKS =
  /\b(?:The|This|That|Their|Its)\s+(?:(?:joint|pending|present|instant|unopposed|sealing)\s+)?(?:motion|application|petition|stipulation)\s+(?:also\s+|further\s+)?(?:asks|seeks|requests)\b|\b(?:motion|application|petition)\s+to\s+seal\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc|ECF)\.){0,40}?,\s*which\s+(?:asks|seeks|requests)\b/;

/** "Plaintiff … filed a response (ECF No. 63) that agrees some of the material should be protected but opposes …". */
const PAPER_ARGUES =
  /\b(?:response|opposition|reply|objection|letter|memorandum)\b(?:[^.;]|\b(?:No|Nos|ECF|Dkt|Doc)\.){0,40}?\bthat\s+(?:agrees?|argues?|contends?|concedes?|asserts?|urges?|maintains)\b/i;

/** "plaintiff's opposition also asks the Court to unseal …": a party's paper asking. */
const REQUEST_POSSESSIVE =
  /\b(?:[A-Z][A-Za-z]+|plaintiffs?|defendants?|parties|party|movants?|petitioners?|respondents?|intervenors?)(?:'s|s')\s+(?:[\w.,'"()[\]&-]+\s+){1,3}?(?:asks?|asked|seeks?|sought|moves?|moved|argues?|argued|contends?|contended|urges?|urged)\b/;

/** "Plaintiffs' request, made in their response (Doc. No. 86), that the Court also unseal …": a party's request, described. */
const REQUEST_THAT =
  /\b(?:[A-Z][A-Za-z.]*(?:'s|s'|')|(?:plaintiff|defendant|movant|petitioner|respondent|intervenor)s?(?:'s|s'|')|its|their|his|her)\s+(?:\w+\s+)?(?:request|application|suggestion)\b(?:[^.;]|\b(?:No|Nos|Doc|Docs|Dkt|ECF)\.|\.(?=\d)){0,100}?\bthat\s+(?:the\s+[Cc]ourt|it|we|I|the\s+[^.;]{1,80}?\b(?:also\s+)?be\s+(?:sealed|redacted|filed\s+under\s+seal|unsealed))\b/;

/** "Because no party asks that these documents stay sealed, the Court will unseal them": the Court acts in the sentence. */
const COURT_ACTS =
  /\b(?:the\s+Court|I)\s+(?:will|shall|hereby|therefore|accordingly|thus)\s+(?:also\s+)?(?:seal|unseal|grant|deny|redact|maintain|keep|direct|order|allow|permit|decline)\b|\bthe\s+Court\s+(?:hereby\s+)?(?:grants|denies|seals|unseals|orders|directs|declines)\b|\bthe\s+Clerk\s+(?:is|shall\s+be)\s+(?:hereby\s+)?(?:directed|ordered|instructed)\s+to\b/;

/** "Before the Court is Defendants' administrative motion to seal portions of …": what is asked, described. */
const PENDING =
  /(?:^|\n)\s*(?:(?:Now\s+|Presently\s+|Currently\s+)?(?:pending\s+)?before\s+the\s+Court\s+(?:is|are)|Pending\s+(?:before\s+the\s+Court\s+)?(?:is|are)|(?:This|The)\s+(?:matter|case|action)\s+(?:comes|is|came)\s+(?:now\s+)?before\s+the\s+[Cc]ourt\s+(?:on|upon))\b[^]*?\b(?:motions?|applications?|requests?|stipulations?)\s+(?:[\w'-]+\s+){0,3}?(?:to|for)\s+(?:\S+\s+){0,4}?(?:seal|redact|file\s+(?:\S+\s+){0,3}?under\s+seal|leave\s+to\s+file)/i;

/**
 * A strong, explicit ruling ("is GRANTED", "DENIED", "The Court grants"). (Case aside, "granted", "denied", "grants" and
 * "denies" alone already match wherever "is granted" or "Court grants" would; only "approved" needs its "is"/"are".
 * Written so, the search rejects most positions at their first letter.)
 */
export const EXPLICIT_RULING =
  /\b(?:granted|denied|grants|denies)\b|\bapproved\b(?<=\b(?:is|are)\s+(?:hereby\s+|also\s+|likewise\s+|therefore\s+|accordingly\s+|thus\s+)?approved)/i;

/** A ruling on the motion as a whole ("The motion is GRANTED"), which applies to what the paragraph says was asked. */
export const MOTION_RULING =
  /\b(?:[Mm]otions?|[Rr]equests?|[Aa]pplications?|[Ss]tipulations?)\b[^.;]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|DENIED|granted|denied)\b|\b[Cc]ourt\s+(?:(?:hereby|therefore|accordingly|thus|also|further)\s+)*(?:GRANTS|DENIES|ALLOWS|grants|denies|allows|will\s+(?:grant|deny|allow))\s+(?:the\s+|\w+'s\s+|\w+s'\s+|their\s+|its\s+)?(?:\w+\s+){0,3}?(?:[Mm]otions?|[Rr]equests?|[Aa]pplications?|[Ss]tipulations?)\b/;

/** A title naming the sealing motion itself (not a document to seal). */
export const SEALING_MOTION =
  /(?:\bmot\.|\b(?:motions?|applications?|stipulations?|requests?|notices?)\b)[^()]{0,60}\b(?:seal|sealing|redact|redaction|under\s+seal|restrict|restriction|confidential\s+treatment)\b|\b[Mm]otions?\s+to\s+[Ll]imit\s+(?:[Pp]ublic\s+)?[Aa]ccess\b(?!\s+to\s+(?:the|its|their|his|her)\b)|\b(?:seal|sealing|redact)\w*\s+(?:motions?|applications?)\b/i;

/** The sealing motion named just before a docket ("joint motion to redact portions of the transcript (D.I. 212)"), with no
 * verb between ("… Motion to Seal [Doc. 165] is DENIED, and the Clerk shall unseal Doc. 164" names 164 apart). */
export const SEALING_MOTION_BEFORE =
  /\b(?:motion|application|request|stipulation)\s+(?:for\s+leave\s+)?to\s+(?:file\s+(?:\S+\s+){0,3}?under\s+seal|seal|redact)\b(?:(?!\b(?:is|are|was|were|shall|will|may|must)\s)[^()#[\]]){0,90}$/i;

/** A title that is only the motion itself ("letter motion", "Motion", "the request"). */
export const BARE_MOTION = /^(?:\S+\s+)?(?:letter\s+)?(?:motions?|requests?|applications?|stipulations?)$/i;

/** Standards of review, in the words used for `standard`. */
const STANDARDS: { re: RegExp; value: string }[] = [
  { re: /\bgood\s+cause\b/gi, value: 'good cause' },
  { re: /\bcompelling\s+reasons?\b/gi, value: 'compelling reasons' },
  { re: /\boverriding\s+interests?\b/gi, value: 'overriding interest' },
];

export interface StandardMention {
  position: number;
  value: string;
}

export function findStandards(text: string): StandardMention[] {
  const out: StandardMention[] = [];
  for (const { re, value } of STANDARDS) {
    const g = new RegExp(re.source, re.flags);
    for (let m = g.exec(text); m; m = g.exec(text)) out.push({ position: m.index, value });
  }
  return out.sort((a, b) => a.position - b.position);
}

/** Grounds for sealing, in the words used for `basis`; first match wins. */
const BASES: { re: RegExp; value: string }[] = [
  { re: /\btrade\s+secrets?\b/i, value: 'trade secret' },
  { re: /\b(?:inaccurate|false|untrue|defamatory|scandalous|libelous)\b/i, value: 'inaccurate allegation' },
  {
    re: /\b(?:medical|health|mental\s+health|HIPAA|treatment\s+records?|diagnos\w+)\b/i,
    value: 'medical information',
  },
  {
    re: /\b(?:personal(?:ly)?\s+identif\w+|personal\s+information|home\s+address\w*|social\s+security|dates?\s+of\s+birth|minors?'?\s+names?|privacy)\b/i,
    value: 'personal information',
  },
  { re: /\b(?:privileged?|attorney-client|work\s+product)\b/i, value: 'privilege' },
  {
    re: /\b(?:confidential\s+(?:business|commercial|financial)|commercially\s+sensitive|competitively\s+sensitive|proprietary|pricing|financial\s+(?:information|terms|data)|licens\w+\s+terms|business\s+information|source\s+code|compensation)\b/i,
    value: 'confidential business information',
  },
];

export function basisOf(text: string): string | null {
  for (const { re, value } of BASES) if (re.test(text)) return value;
  return null;
}
