// Parsing of the `--filing DOCKET=FILE.pdf` flags shared by `lineseal map` and `lineseal apply`.
import { CliUsageError } from './command.ts';

export interface FilingArg {
  docket: string;
  path: string;
}

export function parseFilingFlag(text: string): FilingArg {
  const eq = text.indexOf('=');
  const docket = text.slice(0, eq).trim().replace(/^#/, '');
  const path = text.slice(eq + 1).trim();
  if (eq <= 0 || docket === '' || path === '')
    throw new CliUsageError(`--filing "${text}" is not DOCKET=FILE.pdf (e.g. --filing 62=filings/62.pdf)`);
  return { docket, path };
}

/** Splits argv into flags with values and positional arguments; every flag named in `valued` takes one value. */
export function splitArgs(args: string[], valued: string[]): { flags: Map<string, string[]>; positional: string[] } {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (!valued.includes(arg)) throw new CliUsageError(`unknown option ${arg}; run lineseal --help`);
    const value = args[++i];
    if (value === undefined) throw new CliUsageError(`${arg} needs a value`);
    flags.set(arg, [...(flags.get(arg) ?? []), value]);
  }
  return { flags, positional };
}
