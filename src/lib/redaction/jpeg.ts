// JPEG header reading shared by the platforms' image decoders (the engine itself never decodes JPEG).

/** Number of components in a JPEG's SOF marker, or 0 when not found. */
export function jpegComponents(data: Uint8Array): number {
  let p = 2;
  while (p + 9 < data.length) {
    if (data[p] !== 0xff) {
      p++;
      continue;
    }
    const marker = data[p + 1] as number;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return data[p + 9] as number;
    }
    const len = ((data[p + 2] as number) << 8) | (data[p + 3] as number);
    p += 2 + len;
  }
  return 0;
}
