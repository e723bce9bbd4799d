// Content-stream parser: tokens → operations (operands + operator), with inline images kept as raw bytes.
import {
  ContentSyntaxError,
  CsDict,
  CsKeyword,
  CsName,
  Lexer,
  isWhitespace,
  type CsValue,
  type Token,
} from './lexer.ts';

export interface InlineImage {
  /** The BI dictionary, keys as written (abbreviations not expanded). */
  dict: CsDict;
  /** The bytes between ID's whitespace and EI. */
  data: Uint8Array;
}

export interface Operation {
  op: string;
  args: CsValue[];
  /** Byte range of the whole operation in the source stream (to re-emit it verbatim when unchanged). */
  start: number;
  end: number;
  inline?: InlineImage;
}

const MAX_DEPTH = 64;

/** Parses a whole content stream. Throws ContentSyntaxError on malformed syntax. */
export function parseContentStream(bytes: Uint8Array): Operation[] {
  const lexer = new Lexer(bytes);
  const ops: Operation[] = [];
  let args: CsValue[] = [];
  let start = -1;
  for (;;) {
    lexer.skipWhitespaceAndComments();
    const tokenStart = lexer.pos;
    const token = lexer.next();
    if (token === undefined) break;
    if (start < 0) start = tokenStart;
    if (token instanceof CsKeyword) {
      if (token.word === 'BI') {
        const inline = readInlineImage(lexer);
        ops.push({ op: 'BI', args: [], start, end: lexer.pos, inline });
      } else {
        ops.push({ op: token.word, args, start, end: lexer.pos });
      }
      args = [];
      start = -1;
      continue;
    }
    args.push(readValue(lexer, token, 0));
    if (args.length > 4096) throw new ContentSyntaxError('too many operands');
  }
  // Trailing operands without an operator are ignored, as viewers do.
  return ops;
}

function readValue(lexer: Lexer, token: Token, depth: number): CsValue {
  if (depth > MAX_DEPTH) throw new ContentSyntaxError('nesting too deep');
  if (token === undefined) throw new ContentSyntaxError('unexpected end');
  if (token instanceof CsKeyword) throw new ContentSyntaxError(`unexpected operator ${token.word} in an operand`);
  if (typeof token === 'object' && token !== null && 'mark' in token) {
    if (token.mark === '[') {
      const arr: CsValue[] = [];
      for (;;) {
        const t = lexer.next();
        if (t === undefined) throw new ContentSyntaxError('unterminated array');
        if (typeof t === 'object' && t !== null && 'mark' in t && t.mark === ']') return arr;
        arr.push(readValue(lexer, t, depth + 1));
      }
    }
    if (token.mark === '<<') return readDict(lexer, depth, '>>');
    throw new ContentSyntaxError(`unexpected "${token.mark}"`);
  }
  return token;
}

function readDict(lexer: Lexer, depth: number, end: '>>' | 'ID'): CsDict {
  const dict = new CsDict();
  for (;;) {
    const t = lexer.next();
    if (t === undefined) throw new ContentSyntaxError('unterminated dictionary');
    if (end === '>>' && typeof t === 'object' && t !== null && 'mark' in t && t.mark === '>>') return dict;
    if (end === 'ID' && t instanceof CsKeyword && t.word === 'ID') return dict;
    if (!(t instanceof CsName)) throw new ContentSyntaxError('dictionary key is not a name');
    const v = lexer.next();
    dict.entries.set(t.name, readValue(lexer, v, depth + 1));
  }
}

function readInlineImage(lexer: Lexer): InlineImage {
  const dict = readDict(lexer, 0, 'ID');
  const b = lexer.bytes;
  // One whitespace byte follows ID.
  if (isWhitespace(b[lexer.pos] as number)) lexer.pos++;
  const dataStart = lexer.pos;
  const length = inlineLength(dict);
  if (length !== null && dataStart + length <= b.length) {
    let p = dataStart + length;
    while (p < b.length && isWhitespace(b[p] as number)) p++;
    if (b[p] === 0x45 && b[p + 1] === 0x49 && (p + 2 >= b.length || !isRegularAt(b, p + 2))) {
      lexer.pos = p + 2;
      return { dict, data: b.subarray(dataStart, dataStart + length) };
    }
  }
  // Search for whitespace EI followed by whitespace or the end.
  for (let p = dataStart; p + 1 < b.length; p++) {
    if (b[p] === 0x45 && b[p + 1] === 0x49 && (p === dataStart || isWhitespace(b[p - 1] as number))) {
      if (p + 2 >= b.length || isWhitespace(b[p + 2] as number)) {
        let dataEnd = p;
        if (dataEnd > dataStart && isWhitespace(b[dataEnd - 1] as number)) dataEnd--;
        lexer.pos = p + 2;
        return { dict, data: b.subarray(dataStart, dataEnd) };
      }
    }
  }
  throw new ContentSyntaxError('inline image without EI');
}

function isRegularAt(b: Uint8Array, p: number): boolean {
  const c = b[p] as number;
  return !isWhitespace(c) && !'()<>[]{}/%'.includes(String.fromCharCode(c));
}

/** Byte length of an unfiltered inline image, or null when it is filtered or unknown. */
function inlineLength(dict: CsDict): number | null {
  if (dict.get('F') !== undefined || dict.get('Filter') !== undefined) return null;
  const w = dict.get('W') ?? dict.get('Width');
  const h = dict.get('H') ?? dict.get('Height');
  const isMask = dict.get('IM') === true || dict.get('ImageMask') === true;
  const bpc = isMask ? 1 : (dict.get('BPC') ?? dict.get('BitsPerComponent'));
  const cs = dict.get('CS') ?? dict.get('ColorSpace');
  if (typeof w !== 'number' || typeof h !== 'number' || typeof bpc !== 'number') return null;
  let comps = 1;
  if (!isMask) {
    const n = cs instanceof CsName ? cs.name : '';
    if (n === 'RGB' || n === 'DeviceRGB') comps = 3;
    else if (n === 'CMYK' || n === 'DeviceCMYK') comps = 4;
    else if (n === 'G' || n === 'DeviceGray' || n === 'I' || n === 'Indexed') comps = 1;
    else return null;
  }
  return Math.ceil((w * comps * bpc) / 8) * h;
}
