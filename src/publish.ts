import type { PostStyle } from './config.js';
import { samePapers, serializeDataFile, toDataFile } from './data-file.js';
import type { Digest } from './digest.js';
import { dailyPostPath, dataFilePath } from './post-path.js';
import { describeChanges, readListedPapers } from './post-diff.js';
import { renderPost } from './render.js';
import { listFiles, readTextIfExists, writeAtomic, type WriteStatus } from './store.js';

export interface PublishTarget {
  postsDir: string;
  dataDir: string;
  style: PostStyle;
}

/** What publishing a digest did, or would do. */
export interface PublishResult {
  postPath: string;
  post: string;
  postStatus: WriteStatus;
  dataPath: string;
  dataStatus: WriteStatus;
  /** Differences against the post that was there before, one line each. */
  changes: string[];
  /** True when no post for the day existed. */
  isNew: boolean;
}

/** The paper counts recorded for `dates` (the days that have a data file). */
export async function recordedPaperCounts(dataDir: string, dates: readonly string[]): Promise<number[]> {
  const texts = await Promise.all(dates.map((date) => readTextIfExists(dataFilePath(dataDir, date)).catch(() => undefined)));
  const counts: number[] = [];
  for (const text of texts) {
    try {
      const count = text === undefined ? undefined : (JSON.parse(text) as { paper_count?: unknown }).paper_count;
      if (typeof count === 'number') counts.push(count);
    } catch {
      // A damaged or unreadable data file says nothing about the usual count.
    }
  }
  return counts;
}

/**
 * Renders the post and the data file and writes each only when it changed; with `dryRun`, reports
 * the same without writing. A day's older-named post is updated in place.
 */
export async function publishDigest(digest: Digest, target: PublishTarget, crawledAt: Date, dryRun: boolean): Promise<PublishResult> {
  const dataPath = dataFilePath(target.dataDir, digest.date);
  const [postPath, dataBefore] = await Promise.all([
    listFiles(target.postsDir).then((names) => dailyPostPath(target.postsDir, names, digest.date)),
    readTextIfExists(dataPath),
  ]);
  const before = await readTextIfExists(postPath);
  const post = renderPost(digest, target.style);
  const changes = describeChanges(before ? readListedPapers(before) : [], readListedPapers(post));

  const data = toDataFile(digest, crawledAt);
  const postStatus: WriteStatus = before === post ? 'unchanged' : 'written';
  const dataStatus: WriteStatus = samePapers(dataBefore, data) ? 'unchanged' : 'written';
  if (!dryRun) {
    // The post goes first: the data file records what the post shows.
    if (postStatus === 'written') await writeAtomic(postPath, post);
    if (dataStatus === 'written') await writeAtomic(dataPath, serializeDataFile(data));
  }
  return { postPath, post, postStatus, dataPath, dataStatus, changes, isNew: before === undefined };
}
