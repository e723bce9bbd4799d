// Primitives for the PDF standard security handler: MD5, RC4 and AES (CBC), in plain TypeScript; SHA-2 via Web Crypto.

// ---------- MD5 (RFC 1321) ----------
const S = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4,
  11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(input: Uint8Array): Uint8Array {
  const len = input.length;
  const padded = new Uint8Array(((len + 72) >>> 6) << 6);
  padded.set(input);
  padded[len] = 0x80;
  const bits = len * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, bits >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bits / 2 ** 32), true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Uint32Array(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(off + i * 4, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const tmp = d;
      d = c;
      c = b;
      const x = (a + f + (K[i] as number) + (m[g] as number)) >>> 0;
      const s = S[i] as number;
      b = (b + ((x << s) | (x >>> (32 - s)))) >>> 0;
      a = tmp;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, a0, true);
  ov.setUint32(4, b0, true);
  ov.setUint32(8, c0, true);
  ov.setUint32(12, d0, true);
  return out;
}

// ---------- RC4 ----------
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    const t = s[i] as number;
    s[i] = s[j] as number;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    const t = s[i] as number;
    s[i] = s[j] as number;
    s[j] = t;
    out[k] = (data[k] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

// ---------- AES (FIPS-197) ----------
const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
(() => {
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const x = q ^ ((q << 1) | (q >> 7)) ^ ((q << 2) | (q >> 6)) ^ ((q << 3) | (q >> 5)) ^ ((q << 4) | (q >> 4));
    const v = (x ^ 0x63) & 0xff;
    SBOX[p] = v;
    INV_SBOX[v] = p;
  } while (p !== 1);
  SBOX[0] = 0x63;
  INV_SBOX[0x63] = 0;
})();

const xtime = (a: number) => ((a << 1) ^ (a & 0x80 ? 0x1b : 0)) & 0xff;
function gmul(a: number, b: number): number {
  let r = 0;
  while (b) {
    if (b & 1) r ^= a;
    a = xtime(a);
    b >>= 1;
  }
  return r;
}

function expandKey(key: Uint8Array): Uint8Array {
  const nk = key.length / 4;
  const nr = nk + 6;
  const w = new Uint8Array(16 * (nr + 1));
  w.set(key);
  let rcon = 1;
  for (let i = nk; i < 4 * (nr + 1); i++) {
    let t = [w[4 * i - 4], w[4 * i - 3], w[4 * i - 2], w[4 * i - 1]] as number[];
    if (i % nk === 0) {
      t = [
        (SBOX[t[1] as number] as number) ^ rcon,
        SBOX[t[2] as number] as number,
        SBOX[t[3] as number] as number,
        SBOX[t[0] as number] as number,
      ];
      rcon = xtime(rcon);
    } else if (nk > 6 && i % nk === 4) {
      t = t.map((x) => SBOX[x] as number);
    }
    for (let k = 0; k < 4; k++) w[4 * i + k] = (w[4 * (i - nk) + k] as number) ^ (t[k] as number);
  }
  return w;
}

function encryptBlock(w: Uint8Array, input: Uint8Array): Uint8Array {
  const nr = w.length / 16 - 1;
  const s = new Uint8Array(16);
  for (let i = 0; i < 16; i++) s[i] = (input[i] as number) ^ (w[i] as number);
  for (let round = 1; round <= nr; round++) {
    const t = new Uint8Array(16);
    for (let c = 0; c < 4; c++)
      for (let r = 0; r < 4; r++) t[4 * c + r] = SBOX[s[4 * ((c + r) % 4) + r] as number] as number;
    if (round !== nr) {
      for (let c = 0; c < 4; c++) {
        const [a0, a1, a2, a3] = [t[4 * c], t[4 * c + 1], t[4 * c + 2], t[4 * c + 3]] as number[] as [
          number,
          number,
          number,
          number,
        ];
        t[4 * c] = xtime(a0) ^ xtime(a1) ^ a1 ^ a2 ^ a3;
        t[4 * c + 1] = a0 ^ xtime(a1) ^ xtime(a2) ^ a2 ^ a3;
        t[4 * c + 2] = a0 ^ a1 ^ xtime(a2) ^ xtime(a3) ^ a3;
        t[4 * c + 3] = xtime(a0) ^ a0 ^ a1 ^ a2 ^ xtime(a3);
      }
    }
    for (let i = 0; i < 16; i++) s[i] = (t[i] as number) ^ (w[16 * round + i] as number);
  }
  return s;
}

function decryptBlock(w: Uint8Array, input: Uint8Array): Uint8Array {
  const nr = w.length / 16 - 1;
  let s = new Uint8Array(16);
  for (let i = 0; i < 16; i++) s[i] = (input[i] as number) ^ (w[16 * nr + i] as number);
  for (let round = nr - 1; round >= 0; round--) {
    const t = new Uint8Array(16);
    for (let c = 0; c < 4; c++)
      for (let r = 0; r < 4; r++) t[4 * ((c + r) % 4) + r] = INV_SBOX[s[4 * c + r] as number] as number;
    for (let i = 0; i < 16; i++) t[i] = (t[i] as number) ^ (w[16 * round + i] as number);
    if (round !== 0) {
      const u = new Uint8Array(16);
      for (let c = 0; c < 4; c++) {
        const [a0, a1, a2, a3] = [t[4 * c], t[4 * c + 1], t[4 * c + 2], t[4 * c + 3]] as number[] as [
          number,
          number,
          number,
          number,
        ];
        u[4 * c] = gmul(a0, 14) ^ gmul(a1, 11) ^ gmul(a2, 13) ^ gmul(a3, 9);
        u[4 * c + 1] = gmul(a0, 9) ^ gmul(a1, 14) ^ gmul(a2, 11) ^ gmul(a3, 13);
        u[4 * c + 2] = gmul(a0, 13) ^ gmul(a1, 9) ^ gmul(a2, 14) ^ gmul(a3, 11);
        u[4 * c + 3] = gmul(a0, 11) ^ gmul(a1, 13) ^ gmul(a2, 9) ^ gmul(a3, 14);
      }
      s = u;
    } else {
      s = t;
    }
  }
  return s;
}

/** AES-CBC decryption; strips PKCS#5 padding when `unpad` and it is valid. */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, unpad = true): Uint8Array {
  const w = expandKey(key);
  const n = data.length - (data.length % 16);
  const out = new Uint8Array(n);
  let prev = iv;
  for (let off = 0; off < n; off += 16) {
    const block = data.subarray(off, off + 16);
    const d = decryptBlock(w, block);
    for (let i = 0; i < 16; i++) out[off + i] = (d[i] as number) ^ (prev[i] as number);
    prev = block;
  }
  if (unpad && n > 0) {
    const p = out[n - 1] as number;
    if (p >= 1 && p <= 16 && out.subarray(n - p).every((b) => b === p)) return out.subarray(0, n - p);
  }
  return out;
}

/** AES-CBC encryption without padding (data length a multiple of 16). */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const w = expandKey(key);
  const out = new Uint8Array(data.length);
  let prev = iv;
  for (let off = 0; off < data.length; off += 16) {
    const x = new Uint8Array(16);
    for (let i = 0; i < 16; i++) x[i] = (data[off + i] as number) ^ (prev[i] as number);
    const e = encryptBlock(w, x);
    out.set(e, off);
    prev = e;
  }
  return out;
}

export async function sha(bits: 256 | 384 | 512, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(`SHA-${bits}`, data as Uint8Array<ArrayBuffer>));
}
