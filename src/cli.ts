import { Command, CommanderError, Option } from 'commander';
import { EXIT, ExitError } from './core/errors.js';
import { processIo, type Io } from './core/io.js';
import { baseUrl, DEFAULT_TOP, FLAG_DEFAULTS, MAX_TOP, wholeNumber } from './core/options.js';
import { VERSION } from './core/version.js';

const EXIT_CODES = 'Exit codes: 0 written, unchanged or no papers that day; 2 bad usage; 3 upstream failure; 1 bug.';

const ROOT_HELP = `
Examples:
  $ hfdigest fetch                          today's post (UTC day) into _posts/ and _data/papers/
  $ hfdigest fetch --date 2026-02-12 --dry-run
  $ hfdigest backfill --from 2026-01-01 --to 2026-01-31
  $ hfdigest monthly --month 2026-02
  $ hfdigest validate && hfdigest repair --check _posts/*.md

Run "hfdigest <command> --help" for a command's options.
${EXIT_CODES}
validate and repair --check exit 4 when they find something to fix.`;

const FETCH_HELP = `
Examples:
  $ hfdigest fetch                          today's papers (UTC) into _posts/
  $ hfdigest fetch --date 2026-02-12        a given day
  $ hfdigest fetch --date yesterday --top 5
  $ hfdigest fetch --dry-run                preview the post and what changes; write nothing
  $ hfdigest fetch --config hfdigest.json --posts-dir site/_posts

${EXIT_CODES}`;

const BACKFILL_HELP = `
Examples:
  $ hfdigest backfill --from 2026-01-01 --to 2026-01-31
  $ hfdigest backfill --from 2025-11-01 --to yesterday --concurrency 2 --json > summary.json

Days without papers are skipped and reported; a rerun finishes what an interrupted run left.
Exit codes: 0 every day written, unchanged or skipped; 3 some day failed; 2 bad usage; 1 bug.`;

const MONTHLY_HELP = `
Examples:
  $ hfdigest monthly --month 2026-02         _posts/2026-02-01-monthly-papers-summary.md and _data/papers/monthly-2026-02.json
  $ hfdigest monthly --month previous        last month (UTC): what a scheduled job runs on the 1st
  $ hfdigest monthly --month 2026-02 --dry-run

Reads every daily data file of the month, the old crawler's and hfdigest's alike; each file is written
only when it changed. "fetch" also writes the previous month's summary on its first run of a new month.`;

const REPAIR_HELP = `
Examples:
  $ hfdigest repair _posts/*.md               repair in place
  $ hfdigest repair --dry-run _posts/old.md   show what would change
  $ hfdigest repair --check _posts/*.md       for CI: exit 4 if anything would change
  $ hfdigest repair --institutions _posts/*.md   fix the old crawler's junk 기관 lines too

Undoes UTF-8 read as Windows-1250/1251/1252/1253/1254/1257, Latin-1, ISO-8859-2, Mac Roman or code page
437, lossy and double forms too,
and joins titles broken over lines in daily and monthly posts. --institutions sets each junk 기관 line
from Hugging Face (the post day's listing, the three days before, then by id) or removes it, and lists
what it cannot fix with the reason.
Exit codes: 0 done; 4 with --check, something would change; 2 a file is missing or unreadable;
3 with --institutions, Hugging Face could not be read for some paper; 1 a bug.`;

const VALIDATE_HELP = `
Examples:
  $ hfdigest validate                        every post in _posts/
  $ hfdigest validate _posts/2026-02-12-daily-papers.md

Prints "file:line: problem" on stdout. Exit codes: 0 no problems; 4 problems found; 2 bad usage or an
unreadable file; 1 a bug.`;

/** The Hugging Face options of every command that reads it, each with its environment variable, declared once. */
const hfUrlOption = () => new Option('--hf-url <url>', 'Hugging Face base URL').env('HFDIGEST_HF_URL').default(FLAG_DEFAULTS.hfUrl).argParser(baseUrl);
const timeoutOption = () => new Option('--timeout-ms <ms>', 'timeout of each request').default(FLAG_DEFAULTS.timeoutMs).argParser(wholeNumber(100, 600_000));

/** The options of every command that reads upstream and writes posts. */
function withOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-n, --top <n>', `how many papers a post lists (default ${DEFAULT_TOP}, or top in the config)`).argParser(wholeNumber(1, MAX_TOP)))
    .option('--posts-dir <dir>', 'where posts go', FLAG_DEFAULTS.postsDir)
    .option('--data-dir <dir>', 'where data files go', FLAG_DEFAULTS.dataDir)
    .addOption(new Option('--cache-dir <dir>', 'arXiv abstract cache (default $XDG_CACHE_HOME/hfdigest)').env('HFDIGEST_CACHE_DIR'))
    .option('--no-cache', 'neither read nor write the abstract cache')
    .option('-c, --config <file>', 'JSON config: author, categories, tags, postTime, monthlyPostTime, utcOffset, top, permalink')
    .option('--dry-run', 'run everything, write nothing')
    .addOption(hfUrlOption())
    .addOption(new Option('--arxiv-url <url>', 'arXiv API base URL').env('HFDIGEST_ARXIV_URL').default(FLAG_DEFAULTS.arxivUrl).argParser(baseUrl))
    .addOption(timeoutOption())
    .addOption(
      new Option('--arxiv-interval-ms <ms>', 'least time between arXiv requests')
        .env('HFDIGEST_ARXIV_INTERVAL_MS')
        .default(FLAG_DEFAULTS.arxivIntervalMs)
        .argParser(wholeNumber(0, 600_000)),
    )
    .option('-v, --verbose', 'show stack traces of errors');
}

function program(result: { code: number }, io: Io): Command {
  const cli = new Command('hfdigest')
    .description('Write a daily digest of Hugging Face Daily Papers as a Jekyll blog post.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', ROOT_HELP)
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderrRaw(text) })
    .exitOverride();

  withOutputOptions(
    cli
      .command('fetch')
      .description("fetch one day's papers and write its post and data file")
      .option('-d, --date <day>', 'YYYY-MM-DD, "today" or "yesterday" (UTC)', 'today')
      .option('--json', 'print a machine-readable summary on stdout')
      .option('--no-color', 'no colour in the terminal preview (also NO_COLOR)'),
  )
    .addHelpText('after', FETCH_HELP)
    .action(async (flags) => {
      const { fetchCommand } = await import('./commands/fetch.js');
      await fetchCommand(flags, io);
    });

  withOutputOptions(
    cli
      .command('backfill')
      .description('write the posts of every day in a range')
      .requiredOption('--from <day>', 'first day, YYYY-MM-DD')
      .requiredOption('--to <day>', 'last day, YYYY-MM-DD, "today" or "yesterday"')
      .addOption(new Option('--concurrency <n>', 'listings fetched at once').default(4).argParser(wholeNumber(1, 16)))
      .option('--json', 'print a machine-readable summary on stdout'),
  )
    .addHelpText('after', BACKFILL_HELP)
    .action(async (flags) => {
      const { backfillCommand } = await import('./commands/backfill.js');
      result.code = await backfillCommand(flags, io);
    });

  cli
    .command('monthly')
    .description("write the month's summary post and monthly-YYYY-MM.json from its daily data files")
    .requiredOption('-m, --month <YYYY-MM>', 'the month, or "previous"')
    .option('--posts-dir <dir>', 'where posts go', FLAG_DEFAULTS.postsDir)
    .option('--data-dir <dir>', 'where the daily data files are', FLAG_DEFAULTS.dataDir)
    .option('-c, --config <file>', 'JSON config (author, monthlyPostTime, utcOffset)')
    .option('--dry-run', 'print the post, write nothing')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('-v, --verbose', 'show stack traces of errors')
    .addHelpText('after', MONTHLY_HELP)
    .action(async (flags) => {
      const { monthlyCommand } = await import('./commands/monthly.js');
      await monthlyCommand(flags, io);
    });

  cli
    .command('repair')
    .description('restore posts garbled by a wrong codepage (mojibake) and join broken titles, in place')
    .argument('<files...>', 'posts to repair')
    .option('--dry-run', 'show a diff, write nothing')
    .option('--check', 'write nothing; exit 4 if any file would change')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--institutions', "also set each junk 기관 line to the paper's organization, read from Hugging Face")
    .addOption(hfUrlOption())
    .addOption(timeoutOption())
    .option('-v, --verbose', 'show stack traces of errors')
    .addHelpText('after', REPAIR_HELP)
    .action(async (files: string[], flags) => {
      const { repairCommand } = await import('./commands/repair.js');
      result.code = await repairCommand(files, flags, io);
    });

  cli
    .command('validate')
    .description("check posts' front matter and the format of daily and monthly posts")
    .argument('[files...]', 'posts to check (default: every .md in --posts-dir)')
    .option('--posts-dir <dir>', 'where posts are', FLAG_DEFAULTS.postsDir)
    .option('-v, --verbose', 'show stack traces of errors')
    .addHelpText('after', VALIDATE_HELP)
    .action(async (files: string[], flags) => {
      const { validateCommand } = await import('./commands/validate.js');
      result.code = await validateCommand(files, flags, io);
    });

  return cli;
}

/** Runs the CLI on `argv` and returns the exit code; the only place that decides it. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const result = { code: EXIT.ok as number };
  try {
    await program(result, io).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its one-line message (or the help/version text).
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof ExitError) {
      io.stderr(`hfdigest: ${err.message}`);
      if (verbose && err.stack) io.stderr(err.stack);
      return err.code;
    }
    io.stderr(`hfdigest: unexpected error: ${(err as Error)?.message ?? String(err)}`);
    io.stderr(verbose ? ((err as Error)?.stack ?? '') : '(run with --verbose for details; this is a bug, please report it)');
    return EXIT.bug;
  }
}
