/** Fetches the abstracts of `ids` from arXiv; an id arXiv has no abstract for is left out. */
export type FetchAbstracts = (ids: string[]) => Promise<Map<string, string>>;

/** The most ids one arXiv request asks for. */
export const ARXIV_BATCH = 100;

/**
 * Gathers the ids that many days ask for into arXiv requests of up to `maxBatch` ids, one request at a
 * time (pacing is `fetchBatch`'s job). A partial batch waits for more ids until `close()` says none
 * will come, so a year of backfill costs as few requests as the ids need.
 */
export function createArxivBatcher(fetchBatch: FetchAbstracts, maxBatch = ARXIV_BATCH) {
  const queue: string[] = [];
  const waiting = new Map<string, Array<(abstract: string | undefined) => void>>();
  let closed = false;
  let running = false;

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (queue.length >= maxBatch || (closed && queue.length > 0)) {
        const ids = queue.splice(0, maxBatch);
        const found = await fetchBatch(ids);
        for (const id of ids) {
          for (const resolve of waiting.get(id) ?? []) resolve(found.get(id));
          waiting.delete(id);
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    /** Resolves once every id has had its answer. */
    request(ids: readonly string[]): Promise<Map<string, string>> {
      const answers = ids.map(
        (id) =>
          new Promise<[string, string | undefined]>((resolve) => {
            const list = waiting.get(id);
            if (list) list.push((a) => resolve([id, a]));
            else {
              waiting.set(id, [(a) => resolve([id, a])]);
              queue.push(id);
            }
          }),
      );
      void pump();
      return Promise.all(answers).then((pairs) => new Map(pairs.filter((p): p is [string, string] => p[1] !== undefined)));
    },
    /** No more ids will come: send what is left. */
    close(): void {
      closed = true;
      void pump();
    },
  };
}
