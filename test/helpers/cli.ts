import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import type { startReplayServer } from '../../scripts/replay-server.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
const BIN = join(ROOT, 'bin', 'hfdigest.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args`; the environment is minimal so that no real setting leaks in. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: opts.cwd ?? tmpdir(), NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'hfdigest-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Gives each test of the file a fresh temp folder (through `use`), removed after it. */
export function tempDirEachTest(use: (dir: string) => void): void {
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const made = await tempDir();
    cleanup = made.cleanup;
    use(made.dir);
  });
  afterEach(() => cleanup?.());
}

/** Every file below `dir`, as relative paths, sorted. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** What a test that runs the CLI works in: a fresh temp folder, and the replay server it may start. */
export interface Workspace {
  dir: string;
  server?: Awaited<ReturnType<typeof startReplayServer>>;
}

/** Gives each test of the file a fresh temp folder, and closes the server it started and removes the folder after it. */
export function workspaceEachTest(): Workspace {
  const state: Workspace = { dir: '' };
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => ({ dir: state.dir, cleanup } = await tempDir()));
  afterEach(async () => {
    await state.server?.close();
    state.server = undefined;
    await cleanup?.();
  });
  return state;
}
