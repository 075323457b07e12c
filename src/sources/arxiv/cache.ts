import { join } from 'node:path';
import { z } from 'zod';
import { readTextIfExists, writeAtomic } from '../../store/files.js';

/** arXiv abstracts kept between runs, so that a rerun of a day asks arXiv nothing. */
export interface AbstractCache {
  /** The cached abstracts among `ids`. */
  get(ids: readonly string[]): Promise<Map<string, string>>;
  put(abstracts: ReadonlyMap<string, string>): Promise<void>;
}

/** A cache file: the paper's id and arXiv's abstract. */
const cachedAbstract = z.object({ id: z.string(), abstract: z.string().min(1) });
type CachedAbstract = z.infer<typeof cachedAbstract>;

/** The folder of arXiv's abstracts in a cache folder. */
export const arxivCacheDir = (dir: string): string => join(dir, 'arxiv');

// Old-style ids (hep-th/9901001) contain a slash.
const fileFor = (dir: string, id: string): string => join(arxivCacheDir(dir), `${id.replaceAll('/', '_')}.json`);

/** A cache of one small JSON file per paper under `dir`; only arXiv's own abstracts are stored. */
export function diskCache(dir: string): AbstractCache {
  return {
    // Every file at once: these reads stand between a day's listing and its arXiv request.
    async get(ids) {
      const texts = await Promise.all(ids.map((id) => readTextIfExists(fileFor(dir, id))));
      const found = new Map<string, string>();
      ids.forEach((id, i) => {
        const entry = parseEntry(texts[i]);
        if (entry?.id === id) found.set(id, entry.abstract);
      });
      return found;
    },
    async put(abstracts) {
      await Promise.all(
        [...abstracts].map(([id, abstract]) => writeAtomic(fileFor(dir, id), `${JSON.stringify({ id, abstract } satisfies CachedAbstract)}\n`)),
      );
    },
  };
}

// A damaged entry is a miss; the next write replaces it.
function parseEntry(text: string | undefined): CachedAbstract | undefined {
  if (text === undefined) return undefined;
  try {
    return cachedAbstract.safeParse(JSON.parse(text)).data;
  } catch {
    return undefined;
  }
}

/** `--no-cache`: remembers nothing. */
export const noCache: AbstractCache = {
  get: async () => new Map(),
  put: async () => undefined,
};
