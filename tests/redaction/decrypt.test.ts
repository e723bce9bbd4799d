// Encrypted input: the standard security handler's primitives, and files that open without a user password.
import { execFileSync } from 'node:child_process';
import { createHash, createCipheriv } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { burnIn } from '../../src/cli/redact.ts';
import { aesCbcDecrypt, aesCbcEncrypt, md5 } from '../../src/lib/redaction/crypto.ts';
import { EncryptedPdfError } from '../../src/lib/util/errors.ts';
import { pageString, pdfjsText } from './helpers.ts';

const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('crypto primitives', () => {
  it('match Node’s MD5 and AES', () => {
    for (const s of ['', 'abc', 'x'.repeat(200)]) {
      expect(Buffer.from(md5(new TextEncoder().encode(s))).toString('hex')).toBe(
        createHash('md5').update(s).digest('hex'),
      );
    }
    const key = new Uint8Array(32).map((_, i) => i * 7);
    const iv = new Uint8Array(16).map((_, i) => i);
    const data = new Uint8Array(48).map((_, i) => i * 3);
    const c = createCipheriv('aes-128-cbc', key.subarray(0, 16), iv);
    c.setAutoPadding(false);
    expect(Buffer.from(aesCbcEncrypt(key.subarray(0, 16), iv, data))).toEqual(
      Buffer.concat([c.update(data), c.final()]),
    );
    const c2 = createCipheriv('aes-256-cbc', key, iv);
    const enc = Buffer.concat([c2.update(data.subarray(0, 40)), c2.final()]);
    expect(Array.from(aesCbcDecrypt(key, iv, enc))).toEqual(Array.from(data.subarray(0, 40)));
  });
});

describe.skipIf(!hasQpdf)('encrypted filings (made with qpdf)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineseal-enc-'));
  const source = 'tests/fixtures/pdfs/ghostscript-pleading.pdf';
  const encrypt = (name: string, args: string[]) => {
    const out = join(dir, name);
    const weak = args.includes('--allow-weak-crypto');
    const rest = args.filter((a) => a !== '--allow-weak-crypto');
    execFileSync('qpdf', [...(weak ? ['--allow-weak-crypto'] : []), '--encrypt', ...rest, '--', source, out]);
    return new Uint8Array(readFileSync(out));
  };
  const region = { pageIndex: 0, rect: [90, 650, 560, 690] as [number, number, number, number] };

  it.each([
    ['RC4 40-bit (R2)', ['', 'owner', '40', '--allow-weak-crypto']],
    ['RC4 128-bit (R3)', ['', 'owner', '128', '--use-aes=n', '--allow-weak-crypto']],
    ['AES-128 (R4)', ['', 'owner', '128', '--use-aes=y']],
    ['AES-256 (R6)', ['', 'owner', '256']],
  ])('redacts %s with owner-only encryption and writes an unencrypted file', async (_label, args) => {
    const bytes = encrypt(`${_label.replace(/\W/g, '')}.pdf`, args);
    const { bytes: out, report } = await burnIn(bytes, [region], { fileName: 'enc.pdf' });
    expect(report.verification.ok).toBe(true);
    expect(Buffer.from(out).toString('latin1')).not.toContain('/Encrypt');
    const text = pageString(await pdfjsText(out), 1);
    expect(text).toContain('Marlowe');
  });

  it('asks for the user password, and opens with it', async () => {
    const bytes = encrypt('user.pdf', ['secret', 'owner', '256']);
    await expect(burnIn(bytes, [region], { fileName: 'user.pdf' })).rejects.toBeInstanceOf(EncryptedPdfError);
    const { report } = await burnIn(bytes, [region], { fileName: 'user.pdf', password: 'secret' });
    expect(report.verification.ok).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
