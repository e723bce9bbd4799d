// Opening a filing that may need a user password: try without (or with the session's), then ask until it opens.
import { EncryptedPdfError } from '../../lib/util/errors.ts';

/** Asks the user for `fileName`'s password (`incorrect`: the last one was wrong); null skips the file. */
export type AskPassword = (fileName: string, incorrect: boolean) => Promise<string | null>;

/** A refusal for want of the right password: the core's EncryptedPdfError or pdf.js's own PasswordException. */
export function isPasswordError(error: unknown): boolean {
  if (error instanceof EncryptedPdfError) return true;
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'PasswordException';
}

export interface Unlocked<T> {
  value: T;
  /** The password that opened it (absent when none was needed). */
  password?: string;
}

/**
 * Runs `open` with `known` (or no password); while it is refused for a password, asks and retries, saying when the
 * previous password was wrong. Resolves with null when the user skips; other errors, or a refusal with no `ask`,
 * are thrown.
 */
export async function openWithPassword<T>(
  fileName: string,
  open: (password?: string) => Promise<T>,
  ask?: AskPassword,
  known?: string,
): Promise<Unlocked<T> | null> {
  let incorrect: boolean;
  try {
    const value = await open(known);
    return known !== undefined ? { value, password: known } : { value };
  } catch (error) {
    if (!isPasswordError(error) || !ask) throw error;
    incorrect = known !== undefined;
  }
  for (;;) {
    const password = await ask(fileName, incorrect);
    if (password === null) return null;
    try {
      return { value: await open(password), password };
    } catch (error) {
      if (!isPasswordError(error)) throw error;
      incorrect = true;
    }
  }
}
