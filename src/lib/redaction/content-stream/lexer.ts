// Content-stream lexer: bytes → PDF objects and operator keywords (modelled on pdf.js core/parser.js Lexer).

/** A PDF name without the slash, #xx escapes decoded. */
export class CsName {
  constructor(readonly name: string) {}
}

/** A PDF string as raw bytes; `hex` remembers the form it was written in. */
export class CsString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex = false,
  ) {}
}

export class CsDict {
  constructor(readonly entries: Map<string, CsValue> = new Map()) {}
  get(key: string): CsValue | undefined {
    return this.entries.get(key);
  }
}

/** An operator keyword (or any bare word). */
export class CsKeyword {
  constructor(readonly word: string) {}
}

export type CsValue = number | boolean | null | CsName | CsString | CsDict | CsValue[];

/** Thrown for content that cannot be tokenised safely (the page then goes to the fallback). */
export class ContentSyntaxError extends Error {
  override name = 'ContentSyntaxError';
}

const WHITESPACE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

export function isWhitespace(c: number): boolean {
  return WHITESPACE[c] === 1;
}

export function isRegular(c: number): boolean {
  return WHITESPACE[c] !== 1 && DELIMITER[c] !== 1;
}

export type Token = CsValue | CsKeyword | { mark: '[' | ']' | '<<' | '>>' } | undefined;

export class Lexer {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  skipWhitespaceAndComments(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos] as number;
      if (WHITESPACE[c] === 1) {
        this.pos++;
      } else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else {
        return;
      }
    }
  }

  /** The next token, or undefined at the end. */
  next(): Token {
    this.skipWhitespaceAndComments();
    const b = this.bytes;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos] as number;
    switch (c) {
      case 0x28: // (
        return this.literalString();
      case 0x2f: // /
        return this.name();
      case 0x5b: // [
        this.pos++;
        return { mark: '[' };
      case 0x5d:
        this.pos++;
        return { mark: ']' };
      case 0x3c: // <
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return { mark: '<<' };
        }
        return this.hexString();
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { mark: '>>' };
        }
        this.pos++;
        throw new ContentSyntaxError('unexpected ">"');
      case 0x29:
      case 0x7b:
      case 0x7d:
        // Stray delimiters: PostScript braces never appear in content streams; treat as keywords pdf.js ignores.
        this.pos++;
        return new CsKeyword(String.fromCharCode(c));
      default:
        return this.regular();
    }
  }

  private regular(): Token {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && isRegular(b[this.pos] as number)) this.pos++;
    let word = '';
    for (let i = start; i < this.pos; i++) word += String.fromCharCode(b[i] as number);
    const first = word.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
      const n = parseNumber(word);
      if (n !== null) return n;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new CsKeyword(word);
  }

  private name(): CsName {
    const b = this.bytes;
    this.pos++;
    let s = '';
    while (this.pos < b.length && isRegular(b[this.pos] as number)) {
      const c = b[this.pos] as number;
      if (c === 0x23 && this.pos + 2 < b.length) {
        const hex = String.fromCharCode(b[this.pos + 1] as number, b[this.pos + 2] as number);
        if (/^[0-9a-fA-F]{2}$/.test(hex)) {
          s += String.fromCharCode(parseInt(hex, 16));
          this.pos += 3;
          continue;
        }
      }
      s += String.fromCharCode(c);
      this.pos++;
    }
    return new CsName(s);
  }

  private literalString(): CsString {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      let c = b[this.pos++] as number;
      if (c === 0x28) {
        depth++;
      } else if (c === 0x29) {
        depth--;
        if (depth === 0) return new CsString(Uint8Array.from(out));
      } else if (c === 0x5c) {
        if (this.pos >= b.length) break;
        c = b[this.pos++] as number;
        switch (c) {
          case 0x6e:
            out.push(10);
            continue;
          case 0x72:
            out.push(13);
            continue;
          case 0x74:
            out.push(9);
            continue;
          case 0x62:
            out.push(8);
            continue;
          case 0x66:
            out.push(12);
            continue;
          case 0x0d:
            if (b[this.pos] === 0x0a) this.pos++;
            continue;
          case 0x0a:
            continue;
          default:
            if (c >= 0x30 && c <= 0x37) {
              let v = c - 0x30;
              for (let k = 0; k < 2; k++) {
                const d = b[this.pos];
                if (d === undefined || d < 0x30 || d > 0x37) break;
                v = v * 8 + (d - 0x30);
                this.pos++;
              }
              out.push(v & 0xff);
            } else {
              out.push(c);
            }
            continue;
        }
      }
      out.push(c);
    }
    throw new ContentSyntaxError('unterminated string');
  }

  private hexString(): CsString {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let hi = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++] as number;
      if (c === 0x3e) {
        if (hi >= 0) out.push(hi << 4);
        return new CsString(Uint8Array.from(out), true);
      }
      const v = hexValue(c);
      if (v < 0) {
        if (WHITESPACE[c] === 1) continue;
        throw new ContentSyntaxError('bad hex string');
      }
      if (hi < 0) {
        hi = v;
      } else {
        out.push((hi << 4) | v);
        hi = -1;
      }
    }
    throw new ContentSyntaxError('unterminated hex string');
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Parses a PDF number leniently as pdf.js does ("--5", "5.", ".5", "1-2" → 1); null when not numeric. */
function parseNumber(word: string): number | null {
  const m = /^[+-]*([+-]?)(\d*\.?\d*)/.exec(word);
  if (!m || m[2] === '' || m[2] === '.') return null;
  const sign = word.startsWith('-') ? -1 : 1;
  const v = Number(m[2]);
  return Number.isFinite(v) ? sign * v : null;
}
