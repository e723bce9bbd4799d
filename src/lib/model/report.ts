// Report: what one burn-in did and what verification found (interfaces.md "Report").

export interface Unresolved {
  citation: string;
  reason: string;
}

export interface RemovedCounts {
  glyphs: number;
  images: number;
  imagePixelsBlanked: number;
  paths: number;
  annotations: number;
  metadataFields: number;
  outlineItems: number;
  pagesRasterized: number;
}

export interface Verification {
  ok: boolean;
  textInsideRegions: number;
  redactedStringsFound: number;
  imagesUnderRegions: number;
  unredactedTextKept: number;
  incrementalRevisions: number;
  /** Human-readable findings when ok is false: what was found where. */
  findings?: string[];
}

export interface Report {
  input: { file: string; sha256: string; pages: number };
  output: { file: string; sha256: string } | null;
  regions: number;
  unresolved: Unresolved[];
  removed: RemovedCounts;
  verification: Verification;
}
