// Unit tests of the content-stream lexer, parser and serializer.
import { describe, expect, it } from 'vitest';
import { CsDict, CsName, CsString } from '../../src/lib/redaction/content-stream/lexer.ts';
import { parseContentStream } from '../../src/lib/redaction/content-stream/parser.ts';
import { formatNumber, makeOp, serializeContentStream } from '../../src/lib/redaction/content-stream/serialize.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('content-stream parser', () => {
  it('reads operands of every type and keeps source ranges', () => {
    const src = enc(
      'q 1 0 0 1 -2.5 .5 cm BT /F1 12 Tf [(a\\(b\\)) -120 <0041>] TJ ET /Span <</ActualText (x)>> BDC EMC Q',
    );
    const ops = parseContentStream(src);
    expect(ops.map((o) => o.op)).toEqual(['q', 'cm', 'BT', 'Tf', 'TJ', 'ET', 'BDC', 'EMC', 'Q']);
    expect(ops[1]?.args).toEqual([1, 0, 0, 1, -2.5, 0.5]);
    const tj = ops[4]?.args[0] as unknown[];
    expect(new TextDecoder().decode((tj[0] as CsString).bytes)).toBe('a(b)');
    expect(tj[1]).toBe(-120);
    expect(Array.from((tj[2] as CsString).bytes)).toEqual([0, 0x41]);
    expect((ops[6]?.args[1] as CsDict).get('ActualText')).toBeInstanceOf(CsString);
    expect(new TextDecoder().decode(serializeContentStream(ops, src))).toContain('[(a\\(b\\)) -120 <0041>] TJ');
  });

  it('decodes octal and line-continuation escapes in literal strings', () => {
    const ops = parseContentStream(enc('(\\101\\102C\\\nD) Tj'));
    expect(new TextDecoder().decode((ops[0]?.args[0] as CsString).bytes)).toBe('ABCD');
  });

  it('keeps inline image data verbatim, even with EI-like bytes inside', () => {
    const src = new Uint8Array([...enc('BI /W 2 /H 1 /BPC 8 /CS /G ID '), 0x45, 0x49, ...enc('\nEI Q')]);
    const ops = parseContentStream(src);
    expect(ops[0]?.op).toBe('BI');
    expect(Array.from(ops[0]?.inline?.data ?? [])).toEqual([0x45, 0x49]);
    expect(ops[1]?.op).toBe('Q');
  });

  it('serializes fresh operations with hex strings and escaped names', () => {
    const out = serializeContentStream([
      makeOp('TJ', [[new CsString(new Uint8Array([1, 255])), -33.3333333]]),
      makeOp('Do', [new CsName('a b')]),
    ]);
    expect(new TextDecoder().decode(out)).toBe('[<01ff> -33.333333] TJ\n/a#20b Do\n');
    expect(formatNumber(1e-9)).toBe('0');
  });

  it('refuses an unterminated string', () => {
    expect(() => parseContentStream(enc('(abc Tj'))).toThrow(/unterminated/);
  });
});
