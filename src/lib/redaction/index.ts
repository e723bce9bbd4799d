// The redaction engine's public face: burn regions into a PDF, and verify a redacted file. (Pure; no pdf.js.)
export {
  redactPdf,
  NOT_VERIFIED,
  type RedactOptions,
  type RedactResult,
  type RasterPage,
  type RasterizePage,
} from './redact-document.ts';
export type { ImageDecoder, ImageDecoderResult } from './redact-content.ts';
export { makeSealedCopy, type SealedCopyOptions, type SealedCopyStyle } from './sealed-copy.ts';
export { verifyRedaction, meaningfulTokens, runChars, type VerifyInput } from './verify.ts';
export { findUnblankedImages } from './verify-images.ts';
