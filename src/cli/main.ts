// The `lineseal` command line: dispatches to one module per command (see ../shared/spec/interfaces.md).
import { CliUsageError, type CliIo, runCommand } from './command.ts';

const COMMANDS: Record<string, () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>> = {
  'parse-order': () => import('./parse-order.ts'),
  lines: () => import('./lines.ts'),
  redact: () => import('./redact.ts'),
  verify: () => import('./verify.ts'),
  map: () => import('./map.ts'),
  apply: () => import('./apply.ts'),
};

const USAGE = `usage: lineseal <command> [options]
commands:
  parse-order ORDER.txt|ORDER.pdf
  lines FILING.pdf
  redact FILING.pdf (--cite C | --region PAGE:x0,y0,x1,y1 | --regions R.json | --order ORDER --docket D)... -o OUT.pdf [--report R.json]
  map --order ORDER --filing DOCKET=FILE.pdf ... -o MAP.json
  apply MAP.json --filing DOCKET=FILE.pdf ... --out-dir DIR
  verify ORIGINAL.pdf REDACTED.pdf (--map MAP.json | --cite C ...)`;

/** Runs one command; returns the process exit code (0 done, 1 a check failed, 2 bad input or usage). */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stderr(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`error: unknown command "${name}"; run lineseal --help for the list`);
    return 2;
  }
  return runCommand(io, async () => (await load()).run(rest, io));
}

function defaultIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  };
}

export { CliUsageError };
