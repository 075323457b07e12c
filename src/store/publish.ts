import type { PostStyle } from '../core/config.js';
import { samePapers, serializeDataFile, toStoredDay } from './data-file.js';
import type { Digest } from '../digest/digest.js';
import { dailyPostPath, dataFilePath } from './paths.js';
import { describeChanges, readListedPapers } from '../posts/changes.js';
import { renderPost } from '../render/post.js';
import { listFiles, readTextIfExists, writeAtomic, type WriteStatus } from './files.js';

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

  const data = toStoredDay(digest, crawledAt);
  const postStatus: WriteStatus = before === post ? 'unchanged' : 'written';
  const dataStatus: WriteStatus = samePapers(dataBefore, data) ? 'unchanged' : 'written';
  if (!dryRun) {
    // The post goes first: the data file records what the post shows.
    if (postStatus === 'written') await writeAtomic(postPath, post);
    if (dataStatus === 'written') await writeAtomic(dataPath, serializeDataFile(data));
  }
  return { postPath, post, postStatus, dataPath, dataStatus, changes, isNew: before === undefined };
}
