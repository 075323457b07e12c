// `npm run demo`: runs `hfdigest fetch --date 2026-02-12 --dry-run` against the recorded fixtures,
// served by a local replay server, so it needs no network.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startReplayServer } from './replay-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await startReplayServer({ fixturesDir: `${root}fixtures` });
const child = spawn(
  process.execPath,
  [`${root}bin/hfdigest.js`, 'fetch', '--date', '2026-02-12', '--dry-run', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url],
  { stdio: 'inherit' },
);
const code = await new Promise((resolve) => child.on('close', resolve));
await server.close();
process.exitCode = code ?? 1;
