// `lineseal lines FILING.pdf`: prints the numbered-line grid of every page as {"pages": [PageGrid…]}.
import { basename } from 'node:path';
import { loadFilingLayout } from '../platform/pdfjs/layout-node.ts';
import { CliUsageError, readInputFile, type CliIo } from './command.ts';

const USAGE = 'usage: lineseal lines FILING.pdf [--page-one PDF_PAGE]';

/** Runs the command; returns the exit code (errors are thrown for runCommand to report). */
export async function run(args: string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let pageOne: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') {
      io.stderr(USAGE);
      return 0;
    }
    if (a === '--page-one') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 1)
        throw new CliUsageError(`--page-one needs a PDF page number (1 or more); ${USAGE}`);
      pageOne = v;
    } else if (a.startsWith('-')) throw new CliUsageError(`unknown option ${a}; ${USAGE}`);
    else if (file === undefined) file = a;
    else throw new CliUsageError(`lines takes one filing, got ${file} and ${a}; ${USAGE}`);
  }
  if (file === undefined) throw new CliUsageError(`no filing given; ${USAGE}`);
  const bytes = await readInputFile(file);
  const layout = await loadFilingLayout(bytes, basename(file), {
    ...(pageOne !== undefined ? { printedPageOverrides: { pageIndexOfPageOne: pageOne - 1 } } : {}),
  });
  const { pages, linesPerPage, ecf } = layout.grid;
  io.stdout(JSON.stringify({ pages, linesPerPage, ecf }));
  return 0;
}
