// Content-stream serializer: operations back to bytes (unchanged operations are copied verbatim from the source).
import { CsDict, CsName, CsString, type CsValue } from './lexer.ts';
import type { Operation } from './parser.ts';

/** Formats a number the way PDF writers do: no exponent, at most 6 decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (Number.isInteger(n)) return String(n);
  let s = n.toFixed(6);
  s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

function nameToText(name: string): string {
  let s = '/';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || '#()<>[]{}/%'.includes(name[i] as string)) {
      s += '#' + c.toString(16).padStart(2, '0');
    } else {
      s += name[i];
    }
  }
  return s;
}

function hex(bytes: Uint8Array): string {
  let s = '<';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s + '>';
}

export function valueToText(v: CsValue): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof CsName) return nameToText(v.name);
  if (v instanceof CsString) return hex(v.bytes);
  if (v instanceof CsDict) {
    let s = '<<';
    for (const [k, val] of v.entries) s += nameToText(k) + ' ' + valueToText(val) + ' ';
    return s + '>>';
  }
  return '[' + v.map(valueToText).join(' ') + ']';
}

const encoder = new TextEncoder();

/** A fresh operation (not from any source), e.g. one the redactor writes. */
export function makeOp(op: string, args: CsValue[] = []): Operation {
  return { op, args, start: -1, end: -1 };
}

/** Serializes operations; those with a source range are copied from `source` byte for byte. */
export function serializeContentStream(ops: readonly Operation[], source?: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const push = (c: Uint8Array) => {
    chunks.push(c);
    total += c.length;
  };
  const nl = encoder.encode('\n');
  for (const o of ops) {
    if (source && o.start >= 0 && o.end > o.start) {
      push(source.subarray(o.start, o.end));
    } else if (o.inline) {
      let head = 'BI';
      for (const [k, v] of o.inline.dict.entries) head += ' ' + nameToText(k) + ' ' + valueToText(v);
      push(encoder.encode(head + ' ID '));
      push(o.inline.data);
      push(encoder.encode('\nEI'));
    } else {
      const parts = o.args.map(valueToText);
      parts.push(o.op);
      push(encoder.encode(parts.join(' ')));
    }
    push(nl);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
