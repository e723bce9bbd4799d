// Shared plumbing of the CLI commands: output sinks, usage errors, and mapping errors to exit codes.
import { LineSealError } from '../lib/util/errors.ts';

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
