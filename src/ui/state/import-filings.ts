// Adds dropped or picked files to a case: validate each PDF, hash it, guess its docket, store it whole or not at all.
import { guessDocket, titleFromFileName } from '../../lib/docket/guess-docket.ts';
import { EncryptedPdfError, LineSealError } from '../../lib/util/errors.ts';
import { readFileBytes, sha256Hex } from '../../platform/files.ts';
import type { LineSealStore } from '../../platform/storage/store.ts';
import type { DocumentRecord } from '../../platform/storage/types.ts';
import { rememberPassword } from './passwords.ts';
import { openWithPassword, type AskPassword } from './unlock.ts';

export interface ImportFailure {
  fileName: string;
  message: string;
}

export interface ImportResult {
  added: DocumentRecord[];
  failed: ImportFailure[];
}

export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportDefaults {
  docket?: string | null;
  title?: string;
}

export interface ImportOptions {
  /** Asks for a filing's user password; without it, such a filing is refused with importFailureMessage. */
  askPassword?: AskPassword;
  /** Validates a PDF (default: pdf.js's inspectPdf; tests pass a fake). */
  inspect?: (fileName: string, bytes: Uint8Array, password?: string) => Promise<{ pageCount: number }>;
}

/** What the user reads about a filing whose password they chose not to give. */
export function skippedMessage(fileName: string): string {
  return `${fileName} was not added: it needs its password to open`;
}

/**
 * What the user reads about a file that was not added. The core's EncryptedPdfError speaks for the command line
 * (whose wording the spec fixes); where the app cannot ask for the password (an order PDF, a sample), it says how
 * to get a copy it can open.
 */
export function importFailureMessage(fileName: string, error: unknown): string {
  if (error instanceof EncryptedPdfError) {
    return `${fileName} is encrypted with a user password; open it with its password in a PDF reader, save or print a copy without the password, and use that copy`;
  }
  if (error instanceof LineSealError) return error.message;
  return `${fileName} could not be added (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Imports each file in turn; a bad file is reported and skipped, the rest still go in. A filing that needs a user
 * password is asked for it (options.askPassword) until the password opens it or the user skips it; its original
 * bytes are stored untouched, flagged `needsPassword`, and the password is kept in memory for the session only.
 */
export async function importFilings(
  store: LineSealStore,
  caseId: string,
  files: Iterable<FileLike>,
  defaults: (file: FileLike) => ImportDefaults = () => ({}),
  options: ImportOptions = {},
): Promise<ImportResult> {
  const inspect = options.inspect ?? (await import('../../platform/pdfjs/browser.ts')).inspectPdf;
  const result: ImportResult = { added: [], failed: [] };
  for (const file of files) {
    try {
      const bytes = await readFileBytes(file);
      const unlocked = await openWithPassword(
        file.name,
        (password) => inspect(file.name, bytes, password),
        options.askPassword,
      );
      if (!unlocked) {
        result.failed.push({ fileName: file.name, message: skippedMessage(file.name) });
        continue;
      }
      const { pageCount } = unlocked.value;
      const sha256 = await sha256Hex(bytes);
      const given = defaults(file);
      const record = await store.addDocument(caseId, {
        fileName: file.name,
        bytes,
        sha256,
        pageCount,
        docket: given.docket !== undefined ? given.docket : guessDocket(file.name),
        title: given.title ?? titleFromFileName(file.name),
        ...(unlocked.password !== undefined ? { needsPassword: true } : {}),
      });
      if (unlocked.password !== undefined) rememberPassword(record.blobId, unlocked.password);
      result.added.push(record);
    } catch (error) {
      result.failed.push({ fileName: file.name, message: importFailureMessage(file.name, error) });
      if (error instanceof Error && error.name === 'StorageFullError') {
        // Nothing more will fit: report the rest as not added instead of failing each in turn.
        continue;
      }
    }
  }
  return result;
}
