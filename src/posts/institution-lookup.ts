import { addDays } from '../core/dates.js';
import { ExitError } from '../core/errors.js';

/** Where organizations come from: Hugging Face in a run, a stand-in in tests. */
export interface PaperSource {
  /** Organization by paper id for every paper of the day's listing (null: the paper has none). */
  listing(day: string): Promise<ReadonlyMap<string, string | null>>;
  /** The paper's organization (null: it has none), or undefined when Hugging Face does not know the paper. */
  byId(id: string): Promise<string | null | undefined>;
}

/** What became of one paper's lookup. */
export type Resolution =
  | { status: 'found'; organization: string | null; via: string }
  | { status: 'unknown'; reason: string }
  | { status: 'failed'; reason: string };

/** A paper to look up; `day` is the day of the daily post that lists it, when there is one. */
export interface Wanted {
  id: string;
  day?: string;
}

/**
 * How many days before a post's own day its papers are looked for. The old crawler ran early in the
 * UTC day, when the day's listing was still (nearly) empty and Hugging Face showed the day before's;
 * on a Monday that was Friday's, three days back.
 */
const LOOK_BACK_DAYS = 3;

/** A listing is read only when it may answer at least this many papers: below, one request by id costs as much and is sure. */
const WORTH_A_LISTING = 2;

const reasonOf = (err: unknown): string => {
  if (err instanceof ExitError) return err.message;
  throw err;
};

/**
 * Finds each wanted paper's organization: in the listing of its post's day, then in those of the
 * days before it (up to `lookBack`), then by id. Each listing is read at most once, only when it may
 * answer two papers or more, and then answers every paper within its reach; a listing that cannot be
 * read only sends its papers on to the next step (`warn` hears of it).
 */
export async function resolveOrganizations(
  wanted: readonly Wanted[],
  source: PaperSource,
  warn: (message: string) => void,
  lookBack = LOOK_BACK_DAYS,
): Promise<Map<string, Resolution>> {
  // The days of the posts each paper is listed in.
  const days = new Map<string, Set<string>>();
  for (const { id, day } of wanted) {
    const set = days.get(id) ?? new Set<string>();
    if (day !== undefined) set.add(day);
    days.set(id, set);
  }
  const resolved = new Map<string, Resolution>();
  const listings = new Map<string, ReadonlyMap<string, string | null> | null>();
  const window = (day: string) => Array.from({ length: lookBack + 1 }, (_, back) => addDays(day, -back));
  /** Answers every paper still wanted from the listings read so far, nearest day first. */
  const settle = () => {
    for (const [id, postDays] of days) {
      if (resolved.has(id)) continue;
      const listed = [...postDays].flatMap(window).find((day) => listings.get(day)?.has(id));
      if (listed) resolved.set(id, { status: 'found', organization: listings.get(listed)!.get(id) ?? null, via: `listing of ${listed}` });
    }
  };

  for (let back = 0; back <= lookBack; back += 1) {
    const candidates = new Map<string, Set<string>>();
    for (const [id, postDays] of days) {
      if (resolved.has(id)) continue;
      for (const day of postDays) {
        const listed = addDays(day, -back);
        candidates.set(listed, (candidates.get(listed) ?? new Set()).add(id));
      }
    }
    const toRead = [...candidates].filter(([day, ids]) => !listings.has(day) && ids.size >= WORTH_A_LISTING).map(([day]) => day);
    await Promise.all(
      toRead.map(async (day) => {
        try {
          listings.set(day, await source.listing(day));
        } catch (err) {
          listings.set(day, null);
          warn(`${reasonOf(err)}; its papers are looked up by id`);
        }
      }),
    );
    settle();
  }

  const rest = [...days.keys()].filter((id) => !resolved.has(id));
  await Promise.all(
    rest.map(async (id) => {
      try {
        const organization = await source.byId(id);
        resolved.set(
          id,
          organization === undefined
            ? { status: 'unknown', reason: `Hugging Face does not know paper ${id} (HTTP 404 by id)` }
            : { status: 'found', organization, via: 'id' },
        );
      } catch (err) {
        resolved.set(id, { status: 'failed', reason: reasonOf(err) });
      }
    }),
  );
  return resolved;
}
