// Shared plumbing of the CLI commands: output sinks, usage errors, and mapping errors to exit codes.
import { readFile } from 'node:fs/promises';
import { FileReadError, LineSealError } from '../lib/util/errors.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A mistake in how the command was called (exit code 2). */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** Runs a command body: known errors become one readable line on stderr and exit 2; anything else is a bug, still one line. */
export async function runCommand(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof LineSealError) {
      io.stderr(`error: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: unexpected failure (${message}); please report it with the file that caused it`);
    return 2;
  }
}

/** Reads a file the user named; a failure becomes one sentence naming the file ("no such file", "it is a folder"). */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(
      path,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? 'unreadable'),
    );
  }
}

/** Reads a text file the user named (UTF-8), with the same errors as readInputFile. */
export async function readInputText(path: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInputFile(path));
}
