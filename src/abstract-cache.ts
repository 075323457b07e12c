import { join } from 'node:path';
import { readTextIfExists, writeAtomic } from './store.js';

/** arXiv abstracts kept between runs, so that a rerun of a day asks arXiv nothing. */
export interface AbstractCache {
  /** The cached abstracts among `ids`. */
  get(ids: readonly string[]): Promise<Map<string, string>>;
  put(abstracts: ReadonlyMap<string, string>): Promise<void>;
}

interface CachedAbstract {
  id: string;
  abstract: string;
}

// Old-style ids (hep-th/9901001) contain a slash.
const fileFor = (dir: string, id: string): string => join(dir, 'arxiv', `${id.replaceAll('/', '_')}.json`);

/** A cache of one small JSON file per paper under `dir`; only arXiv's own abstracts are stored. */
export function diskCache(dir: string): AbstractCache {
  return {
    async get(ids) {
      const found = new Map<string, string>();
      for (const id of ids) {
        const text = await readTextIfExists(fileFor(dir, id));
        if (text === undefined) continue;
        try {
          const entry = JSON.parse(text) as CachedAbstract;
          if (entry.id === id && typeof entry.abstract === 'string' && entry.abstract) found.set(id, entry.abstract);
        } catch {
          // A damaged entry is a miss; the next write replaces it.
        }
      }
      return found;
    },
    async put(abstracts) {
      for (const [id, abstract] of abstracts) {
        await writeAtomic(fileFor(dir, id), `${JSON.stringify({ id, abstract } satisfies CachedAbstract)}\n`);
      }
    },
  };
}

/** `--no-cache`: remembers nothing. */
export const noCache: AbstractCache = {
  get: async () => new Map(),
  put: async () => undefined,
};
