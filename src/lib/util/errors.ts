// The closed set of named, serialisable error classes: each builds its own readable message from its inputs.

/** Base of every error LineSeal expects and explains to the user. `name` survives a worker boundary. */
export abstract class LineSealError extends Error {
  abstract override readonly name: string;
}

export class NotAPdfError extends LineSealError {
  readonly name = 'NotAPdfError';
  constructor(readonly fileName: string) {
    super(`${fileName} is not a PDF file; choose the filing's PDF (it starts with %PDF)`);
  }
}

export class EmptyFileError extends LineSealError {
  readonly name = 'EmptyFileError';
  constructor(readonly fileName: string) {
    super(`${fileName} is empty (0 bytes); download the filing again`);
  }
}

export class CorruptPdfError extends LineSealError {
  readonly name = 'CorruptPdfError';
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName} is damaged and cannot be read (${detail}); download the filing again from the docket`);
  }
}

export class EncryptedPdfError extends LineSealError {
  readonly name = 'EncryptedPdfError';
  constructor(readonly fileName: string) {
    super(`${fileName} is encrypted with a user password; open it in the app to enter the password`);
  }
}

export class UnsupportedPdfError extends LineSealError {
  readonly name = 'UnsupportedPdfError';
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName} cannot be redacted safely (${detail}); print it to PDF and try again`);
  }
}

export class OrderParseError extends LineSealError {
  readonly name = 'OrderParseError';
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName}: ${detail}`);
  }
}

export class FileReadError extends LineSealError {
  readonly name = 'FileReadError';
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`cannot read ${fileName} (${detail}); check the path`);
  }
}

export class MapFormatError extends LineSealError {
  readonly name = 'MapFormatError';
  constructor(
    readonly fileName: string,
    readonly issues: { path: string; message: string }[],
  ) {
    const first = issues[0];
    super(
      `${fileName} is not a valid redaction map: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    );
  }
}

export class AbortError extends LineSealError {
  readonly name = 'AbortError';
  constructor() {
    super('the operation was cancelled');
  }
}

export class StorageFullError extends LineSealError {
  readonly name = 'StorageFullError';
  constructor(readonly detail: string) {
    super(
      `the browser's storage for LineSeal is full (${detail}); free disk space or delete cases you no longer need, then try again`,
    );
  }
}

export class DuplicateFilingError extends LineSealError {
  readonly name = 'DuplicateFilingError';
  constructor(
    readonly fileName: string,
    readonly existingFileName: string,
  ) {
    super(`${fileName} is already in this case (same contents as ${existingFileName}); it was not added again`);
  }
}

export class CitationSyntaxError extends LineSealError {
  readonly name = 'CitationSyntaxError';
  constructor(readonly citation: string) {
    super(
      `"${citation}" is not a citation LineSeal understands; write it as an order does, e.g. "pp. 4:2-23; 4:26", "¶¶ 25-26", "p. 4 n.4", "at 4-32", "Ex. A" or "whole"`,
    );
  }
}

export class InvalidRegionError extends LineSealError {
  readonly name = 'InvalidRegionError';
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${fileName}: ${detail}; check the regions`);
  }
}

export class SearchSyntaxError extends LineSealError {
  readonly name = 'SearchSyntaxError';
  constructor(
    readonly query: string,
    readonly detail: string,
  ) {
    super(`cannot search for "${query}": ${detail}`);
  }
}
