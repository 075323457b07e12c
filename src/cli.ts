import { Command, CommanderError, Option } from 'commander';
import { EXIT, ExitError } from './errors.js';
import { VERSION } from './version.js';

const FETCH_EXAMPLES = `
Examples:
  $ hfdigest fetch                          today's papers (UTC) into _posts/
  $ hfdigest fetch --date 2026-02-12        a given day
  $ hfdigest fetch --date yesterday --top 5
  $ hfdigest fetch --dry-run                print the post, write nothing
  $ hfdigest fetch --config hfdigest.json --posts-dir site/_posts

Exit codes: 0 written, unchanged or no papers that day; 2 bad usage; 3 upstream failure; 1 bug.`;

function program(verboseRef: { on: boolean }): Command {
  const cli = new Command('hfdigest')
    .description('Write a daily digest of Hugging Face Daily Papers as a Jekyll blog post.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  cli
    .command('fetch')
    .description("fetch one day's papers and write its post and data file")
    .option('-d, --date <day>', 'YYYY-MM-DD, "today" or "yesterday" (UTC)', 'today')
    .option('-n, --top <n>', 'how many papers the post lists (default 10)')
    .option('--posts-dir <dir>', 'where posts go', '_posts')
    .option('--data-dir <dir>', 'where data files go', '_data/papers')
    .option('--cache-dir <dir>', 'arXiv abstract cache (default $XDG_CACHE_HOME/hfdigest)')
    .option('--no-cache', 'neither read nor write the abstract cache')
    .option('-c, --config <file>', 'JSON config: author, categories, tags, postTime, utcOffset, top, permalink')
    .option('--dry-run', 'print the post and what would change; write nothing')
    .addOption(new Option('--hf-url <url>', 'Hugging Face base URL').env('HFDIGEST_HF_URL'))
    .addOption(new Option('--arxiv-url <url>', 'arXiv API base URL').env('HFDIGEST_ARXIV_URL'))
    .option('--timeout-ms <ms>', 'timeout of each request (default 30000)')
    .addOption(new Option('--arxiv-interval-ms <ms>', 'least time between arXiv requests (default 3000)').env('HFDIGEST_ARXIV_INTERVAL_MS'))
    .option('-v, --verbose', 'show stack traces of errors')
    .addHelpText('after', FETCH_EXAMPLES)
    .action(async (flags: { verbose?: boolean }) => {
      verboseRef.on = flags.verbose === true;
      const { fetchCommand } = await import('./commands/fetch.js');
      await fetchCommand(flags, {
        stdout: (text) => process.stdout.write(text),
        stderr: (line) => process.stderr.write(`${line}\n`),
        env: process.env,
        now: () => new Date(),
      });
    });

  return cli;
}

/** Runs the CLI on `argv`; the only place that decides the exit code. */
export async function main(argv: string[]): Promise<number> {
  const verbose = { on: argv.includes('--verbose') || argv.includes('-v') };
  try {
    await program(verbose).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its one-line message (or the help/version text).
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof ExitError) {
      process.stderr.write(`hfdigest: ${err.message}\n`);
      if (verbose.on && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.code;
    }
    process.stderr.write(`hfdigest: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
    if (verbose.on) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    else process.stderr.write('(run with --verbose for details; this is a bug, please report it)\n');
    return EXIT.bug;
  }
}

process.exitCode = await main(process.argv.slice(2));
