import { basename } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { EXIT } from '../core/errors.js';
import { loadKoreanModel } from '../repair/korean-model.js';
import { junkInstitutionLines } from '../posts/institutions.js';
import { repairInstitutions, type PostInstitutions } from '../posts/institution-repair.js';
import { hfPaperSource } from '../sources/hf/organizations.js';
import type { Io } from '../core/io.js';
import { hfTokenFrom } from '../core/options.js';
import { listsPapers } from '../core/post-format.js';
import type { Korean } from '../repair/korean.js';
import { needsModel } from '../repair/repair.js';
import { readUtf8File, writeAtomic } from '../store/files.js';
import { repairPost, type RepairedPost } from '../posts/repair-post.js';

export interface RepairFlags {
  hfUrl: string;
  timeoutMs: number;
  dryRun?: boolean;
  verbose?: boolean;
  check?: boolean;
  json?: boolean;
  /** Also set each junk "기관" line to the paper's organization, read from Hugging Face. */
  institutions?: boolean;
}

type InstitutionReport = Omit<PostInstitutions, 'text'>;

type LeftAlone = { path: string; status: 'skipped' | 'error'; reason: string };
type FileReport =
  | { path: string; status: 'changed' | 'unchanged'; codecs: string[]; uncertain: number[]; titlesJoined?: number; institutions?: InstitutionReport }
  | LeftAlone;

/** A file read and repaired offline, waiting for its 기관 lines and its write. */
interface Post extends RepairedPost {
  path: string;
  before: string;
  institutions?: InstitutionReport;
}

/** A line diff of the repair, for --dry-run. */
function diff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(path, path, before, after, undefined, '(repaired)');
}

/** The run's 기관 lines and what was asked of Hugging Face for them. */
interface InstitutionSummary {
  set: number;
  removed: number;
  left: number;
  asked: { listings: number; papers: number; requests: number };
  /** Some paper could not be looked up: Hugging Face failed. */
  failed: boolean;
}

/** Sets the junk 기관 lines of `posts` from Hugging Face, read as `fetch` reads it. */
async function fixAllInstitutions(posts: Post[], flags: RepairFlags, io: Io): Promise<InstitutionSummary> {
  const token = hfTokenFrom(io.env);
  const warn = (m: string) => io.stderr(`warning: ${m}`);
  const source = hfPaperSource({ hfUrl: flags.hfUrl, timeoutMs: flags.timeoutMs, warn, ...(token ? { token } : {}) });
  let result: Awaited<ReturnType<typeof repairInstitutions>>;
  try {
    result = await repairInstitutions(
      posts.map((p) => ({ name: basename(p.path), text: p.text })),
      source,
      warn,
    );
  } finally {
    await source.close();
  }
  const summary = { set: 0, removed: 0, left: 0, asked: source.asked, failed: result.failed };
  posts.forEach((post, i) => {
    const fixed = result.posts[i]!;
    if (fixed.set + fixed.removed > 0) post.steps.push('기관 lines');
    post.text = fixed.text;
    post.institutions = { set: fixed.set, removed: fixed.removed, left: fixed.left };
    summary.set += fixed.set;
    summary.removed += fixed.removed;
    summary.left += fixed.left.length;
  });
  return summary;
}

/**
 * `hfdigest repair FILE...`: restores mojibake and joins titles broken over lines (daily and monthly
 * posts), and with --institutions sets the junk 기관 lines from Hugging Face; in place. Returns the exit code.
 */
export async function repairCommand(files: string[], flags: RepairFlags, io: Io): Promise<number> {
  const write = !flags.dryRun && !flags.check;
  let model: Korean | undefined;
  const reports: Array<LeftAlone | Post> = [];
  for (const path of files) {
    const read = await readUtf8File(path);
    if ('error' in read) {
      reports.push({ path, status: 'error', reason: read.error });
      continue;
    }
    if ('skip' in read) {
      reports.push({ path, status: 'skipped', reason: read.skip });
      continue;
    }
    if (!model && needsModel(read.text)) model = await loadKoreanModel();
    reports.push({ path, before: read.text, ...repairPost(basename(path), read.text, model) });
  }

  const posts = reports.filter((r): r is Post => 'before' in r);
  let summary: InstitutionSummary | undefined;
  if (flags.institutions) {
    const named = posts.filter((p) => listsPapers(basename(p.path)));
    for (const p of posts.filter((p) => !named.includes(p) && junkInstitutionLines(p.text).length > 0)) {
      io.stderr(
        `${p.path}: not a daily or monthly post by its name (YYYY-MM-DD-daily-papers.md, YYYY-MM-01-monthly-papers-summary.md): 기관 lines left as they are`,
      );
    }
    summary = await fixAllInstitutions(named, flags, io);
  }

  const out: FileReport[] = [];
  for (const r of reports) {
    if (!('before' in r)) {
      io.stderr(r.status === 'error' ? `${r.path}: error: ${r.reason}` : `${r.path}: skipped (${r.reason})`);
      out.push(r);
      continue;
    }
    const changed = r.text !== r.before;
    if (changed && write) {
      const failure = await writeAtomic(r.path, r.text).then(
        () => undefined,
        (err: NodeJS.ErrnoException) => err.code ?? err.message,
      );
      if (failure !== undefined) {
        io.stderr(`${r.path}: error: cannot be written (${failure})`);
        out.push({ path: r.path, status: 'error', reason: `cannot be written (${failure})` });
        continue;
      }
    }
    if (changed && flags.dryRun && !flags.json) io.stdout(diff(r.path, r.before, r.text));
    for (const l of r.institutions?.left ?? []) io.stderr(`${r.path}:${l.line}: 기관 "${l.value}" left as it is: ${l.reason}`);
    const status = changed ? 'changed' : 'unchanged';
    const how = changed ? ` (${r.steps.join(' then ')})` : '';
    const unsure = r.uncertain.length ? `, uncertain at ${r.uncertain.map((l) => `${r.path}:${l}`).join(', ')}` : '';
    io.stderr(`${r.path}: ${write || !changed ? status : `would be ${status}`}${how}${unsure}`);
    out.push({
      path: r.path,
      status,
      codecs: r.codecs,
      uncertain: r.uncertain,
      ...(r.titlesJoined ? { titlesJoined: r.titlesJoined } : {}),
      ...(r.institutions ? { institutions: r.institutions } : {}),
    });
  }
  if (summary) {
    const { listings, papers, requests } = summary.asked;
    io.stderr(
      `기관 lines: ${summary.set} set, ${summary.removed} removed, ${summary.left} left as they are; ` +
        `asked Hugging Face for ${listings} day listings and ${papers} papers by id (${requests} requests)`,
    );
  }
  if (flags.json) {
    const institutions = summary && { set: summary.set, removed: summary.removed, left: summary.left, asked: summary.asked };
    io.stdout(`${JSON.stringify({ dryRun: !write, ...(institutions ? { institutions } : {}), files: out }, null, 2)}\n`);
  }
  if (summary?.failed) return EXIT.upstream;
  if (out.some((r) => r.status === 'error')) return EXIT.usage;
  if (flags.check && out.some((r) => r.status === 'changed')) return EXIT.findings;
  return EXIT.ok;
}
