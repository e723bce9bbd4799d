// The PDF standard security handler (R2–R6: RC4, AES-128, AES-256): opens an encrypted file in pdf-lib's model and
// decrypts every string and stream in place, so the redacted output is written without encryption.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFNumber,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  PDFBool,
  type PDFObject,
} from 'pdf-lib';
import { aesCbcDecrypt, aesCbcEncrypt, md5, rc4, sha } from './crypto.ts';
import { N, get, nameOf, num, resolve } from './pdf-objects.ts';

const PAD = new Uint8Array([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/** The password is wrong or missing: a user password is needed to open the file. */
export class PasswordRequiredError extends Error {
  override name = 'PasswordRequiredError';
}

/** An encryption scheme this handler does not implement (public-key, unknown revision…). */
export class UnsupportedEncryptionError extends Error {
  override name = 'UnsupportedEncryptionError';
}

type Method = 'RC4' | 'AESV2' | 'AESV3' | 'Identity';

interface Handler {
  key: Uint8Array;
  stmf: Method;
  strf: Method;
  encryptMetadata: boolean;
  revision: number;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function bytesOf(obj: PDFObject | undefined): Uint8Array {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.asBytes();
  return new Uint8Array();
}

function padPassword(pw: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  const n = Math.min(32, pw.length);
  out.set(pw.subarray(0, n));
  out.set(PAD.subarray(0, 32 - n), n);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function legacyKey(
  pw: Uint8Array,
  o: Uint8Array,
  p: number,
  id0: Uint8Array,
  r: number,
  len: number,
  encryptMetadata: boolean,
): Uint8Array {
  const pBytes = new Uint8Array([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]);
  let h = md5(
    concat(
      padPassword(pw),
      o.subarray(0, 32),
      pBytes,
      id0,
      r >= 4 && !encryptMetadata ? new Uint8Array([255, 255, 255, 255]) : new Uint8Array(),
    ),
  );
  if (r >= 3) for (let i = 0; i < 50; i++) h = md5(h.subarray(0, len));
  return h.subarray(0, len);
}

function legacyUserCheck(key: Uint8Array, u: Uint8Array, id0: Uint8Array, r: number): boolean {
  if (r === 2) return equal(rc4(key, PAD), u, 32);
  let x = rc4(key, md5(concat(PAD, id0)));
  for (let i = 1; i <= 19; i++)
    x = rc4(
      key.map((b) => b ^ i),
      x,
    );
  return equal(x, u, 16);
}

function ownerToUser(pw: Uint8Array, o: Uint8Array, r: number, len: number): Uint8Array {
  let h = md5(padPassword(pw));
  if (r >= 3) for (let i = 0; i < 50; i++) h = md5(h);
  const key = h.subarray(0, len);
  let x = o.subarray(0, 32);
  if (r === 2) return rc4(key, x);
  for (let i = 19; i >= 0; i--)
    x = rc4(
      key.map((b) => b ^ i),
      x,
    );
  return x;
}

async function hash2B(pw: Uint8Array, salt: Uint8Array, udata: Uint8Array, r: number): Promise<Uint8Array> {
  let k = await sha(256, concat(pw, salt, udata));
  if (r === 5) return k;
  let e: Uint8Array = new Uint8Array();
  for (let i = 0; i < 64 || (e[e.length - 1] as number) > i - 32; i++) {
    const k1 = concat(pw, k, udata);
    const rep = new Uint8Array(k1.length * 64);
    for (let j = 0; j < 64; j++) rep.set(k1, j * k1.length);
    e = aesCbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), rep);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j] as number;
    const which = sum % 3;
    k = await sha(which === 0 ? 256 : which === 1 ? 384 : 512, e);
    if (i > 1000) break;
  }
  return k.subarray(0, 32);
}

async function aes256Key(
  pw: Uint8Array,
  o: Uint8Array,
  u: Uint8Array,
  oe: Uint8Array,
  ue: Uint8Array,
  r: number,
): Promise<Uint8Array | null> {
  const pwd = pw.subarray(0, 127);
  if (equal(await hash2B(pwd, o.subarray(32, 40), u.subarray(0, 48), r), o, 32)) {
    const k = await hash2B(pwd, o.subarray(40, 48), u.subarray(0, 48), r);
    return aesCbcDecrypt(k, new Uint8Array(16), oe.subarray(0, 32), false);
  }
  if (equal(await hash2B(pwd, u.subarray(32, 40), new Uint8Array(), r), u, 32)) {
    const k = await hash2B(pwd, u.subarray(40, 48), new Uint8Array(), r);
    return aesCbcDecrypt(k, new Uint8Array(16), ue.subarray(0, 32), false);
  }
  return null;
}

async function makeHandler(doc: PDFDocument, password: string | undefined): Promise<Handler> {
  const ctx = doc.context;
  const enc = resolve(ctx, ctx.trailerInfo.Encrypt);
  if (!(enc instanceof PDFDict)) throw new UnsupportedEncryptionError('the encryption dictionary is missing');
  if (nameOf(get(ctx, enc, 'Filter')) !== 'Standard')
    throw new UnsupportedEncryptionError('public-key (certificate) encryption');
  const v = num(ctx, enc, 'V') ?? 0;
  const r = num(ctx, enc, 'R') ?? 2;
  const len = Math.max(5, Math.min(16, (num(ctx, enc, 'Length') ?? 40) / 8));
  const o = bytesOf(get(ctx, enc, 'O'));
  const u = bytesOf(get(ctx, enc, 'U'));
  const p = num(ctx, enc, 'P') ?? 0;
  const em = get(ctx, enc, 'EncryptMetadata');
  const encryptMetadata = !(em instanceof PDFBool) || em.asBoolean();
  const idArr = resolve(ctx, ctx.trailerInfo.ID);
  const id0 = idArr instanceof PDFArray ? bytesOf(resolve(ctx, idArr.get(0))) : new Uint8Array();
  let stmf: Method = v >= 4 ? 'Identity' : 'RC4';
  let strf: Method = stmf;
  if (v >= 4) {
    const cf = get(ctx, enc, 'CF');
    const method = (name: string | undefined): Method => {
      if (!name || name === 'Identity') return 'Identity';
      const f = cf instanceof PDFDict ? get(ctx, cf, name) : undefined;
      const cfm = f instanceof PDFDict ? nameOf(get(ctx, f, 'CFM')) : undefined;
      if (cfm === 'AESV2') return 'AESV2';
      if (cfm === 'AESV3') return 'AESV3';
      if (cfm === 'V2') return 'RC4';
      if (cfm === 'None') return 'Identity';
      throw new UnsupportedEncryptionError(`the crypt filter method ${cfm ?? '(none)'}`);
    };
    stmf = method(nameOf(get(ctx, enc, 'StmF')));
    strf = method(nameOf(get(ctx, enc, 'StrF')));
  } else if (v !== 1 && v !== 2) {
    throw new UnsupportedEncryptionError(`encryption version ${v}`);
  }
  const pw = new TextEncoder().encode(password ?? '');
  let key: Uint8Array | null;
  if (r >= 5) {
    key = await aes256Key(pw, o, u, bytesOf(get(ctx, enc, 'OE')), bytesOf(get(ctx, enc, 'UE')), r);
  } else if (r >= 2) {
    const tryUser = (userPw: Uint8Array) => {
      const k = legacyKey(userPw, o, p, id0, r, r === 2 ? 5 : len, encryptMetadata);
      return legacyUserCheck(k, u, id0, r) ? k : null;
    };
    key = tryUser(pw) ?? (password ? tryUser(ownerToUser(pw, o, r, r === 2 ? 5 : len)) : null);
  } else {
    throw new UnsupportedEncryptionError(`security handler revision ${r}`);
  }
  if (!key) throw new PasswordRequiredError();
  return { key, stmf, strf, encryptMetadata, revision: r };
}

function decryptBytes(h: Handler, method: Method, ref: PDFRef, data: Uint8Array): Uint8Array {
  if (method === 'Identity') return data;
  if (method === 'AESV3')
    return data.length < 16 ? new Uint8Array() : aesCbcDecrypt(h.key, data.subarray(0, 16), data.subarray(16));
  const n = ref.objectNumber;
  const g = ref.generationNumber;
  const salt = method === 'AESV2' ? new Uint8Array([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array();
  const objKey = md5(
    concat(h.key, new Uint8Array([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, g & 0xff, (g >> 8) & 0xff]), salt),
  ).subarray(0, Math.min(16, h.key.length + 5));
  if (method === 'AESV2')
    return data.length < 16 ? new Uint8Array() : aesCbcDecrypt(objKey, data.subarray(0, 16), data.subarray(16));
  return rc4(objKey, data);
}

function decryptStrings(h: Handler, ref: PDFRef, obj: PDFObject): PDFObject {
  if (obj instanceof PDFString || obj instanceof PDFHexString) {
    const plain = decryptBytes(h, h.strf, ref, obj.asBytes());
    return PDFHexString.of(Array.from(plain, (b) => b.toString(16).padStart(2, '0')).join(''));
  }
  if (obj instanceof PDFDict) {
    for (const [k, v] of obj.entries()) {
      const d = decryptStrings(h, ref, v);
      if (d !== v) obj.set(k, d);
    }
  } else if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) {
      const v = obj.get(i);
      const d = decryptStrings(h, ref, v);
      if (d !== v) obj.set(i, d);
    }
  }
  return obj;
}

/**
 * Loads an encrypted PDF with pdf-lib and decrypts it in place (object streams included). Throws
 * PasswordRequiredError when neither the empty password nor `password` opens it.
 */
export async function loadDecrypted(bytes: Uint8Array, password: string | undefined): Promise<PDFDocument> {
  const captured: PDFRawStream[] = [];
  const original = PDFObjectStreamParser.forStream;
  // Object streams are encrypted as a whole: keep them aside while pdf-lib parses, decrypt, then parse them.
  (PDFObjectStreamParser as unknown as { forStream: unknown }).forStream = (stream: PDFRawStream) => ({
    parseIntoContext: async () => {
      captured.push(stream);
    },
  });
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } finally {
    (PDFObjectStreamParser as unknown as { forStream: unknown }).forStream = original;
  }
  const ctx = doc.context;
  const h = await makeHandler(doc, password);
  const encRef = ctx.trailerInfo.Encrypt instanceof PDFRef ? ctx.trailerInfo.Encrypt : undefined;
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    if (encRef && ref.tag === encRef.tag) continue;
    if (obj instanceof PDFRawStream) {
      const type = nameOf(obj.dict.get(N('Type')));
      if (type === 'XRef') continue;
      decryptStrings(h, ref, obj.dict);
      if (type === 'Metadata' && !h.encryptMetadata) continue;
      let method = h.stmf;
      const filters = obj.dict.get(N('Filter'));
      if (filters instanceof PDFArray && nameOf(filters.get(0)) === 'Crypt') {
        method = 'Identity';
        filters.remove(0);
        const parms = obj.dict.get(N('DecodeParms'));
        if (parms instanceof PDFArray) parms.remove(0);
      } else if (nameOf(filters) === 'Crypt') {
        method = 'Identity';
        obj.dict.delete(N('Filter'));
        obj.dict.delete(N('DecodeParms'));
      }
      const plain = decryptBytes(h, method, ref, obj.getContents());
      obj.dict.set(N('Length'), PDFNumber.of(plain.length));
      ctx.assign(ref, PDFRawStream.of(obj.dict, plain));
    } else if (obj instanceof PDFStream) {
      continue;
    } else {
      const d = decryptStrings(h, ref, obj);
      if (d !== obj) ctx.assign(ref, d);
    }
  }
  // The captured object streams: which ref they had is not kept by pdf-lib's parser, so find each by identity.
  const streamRefs = new Map<PDFRawStream, PDFRef>();
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) if (obj instanceof PDFRawStream) streamRefs.set(obj, ref);
  for (const s of captured) {
    const ref = streamRefs.get(s) ?? findObjStmRef(bytes, s);
    if (!ref) continue;
    const plain = decryptBytes(h, h.stmf, ref, s.getContents());
    try {
      await original.call(PDFObjectStreamParser, PDFRawStream.of(s.dict, plain)).parseIntoContext();
    } catch {
      // a damaged object stream: its objects stay missing, as in any viewer
    }
  }
  ctx.trailerInfo.Encrypt = undefined;
  return doc;
}

/** Finds "N G obj" right before an object stream's dictionary in the file (pdf-lib does not keep its ref). */
function findObjStmRef(bytes: Uint8Array, s: PDFRawStream): PDFRef | undefined {
  const data = s.getContents();
  if (data.length < 8) return undefined;
  // Search the file for the stream's first bytes and read the object header before its dictionary.
  const first = data.subarray(0, 8);
  outer: for (let i = 0; i + 8 <= bytes.length; i++) {
    for (let k = 0; k < 8; k++) if (bytes[i + k] !== first[k]) continue outer;
    const headText = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, i - 2048), i));
    const m = /(\d+)\s+(\d+)\s+obj\b(?![\s\S]*\bobj\b)/.exec(headText);
    if (m) return PDFRef.of(Number(m[1]), Number(m[2]));
  }
  return undefined;
}
