import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/core/errors.js';
import { resolveOrganizations, type PaperSource } from '../../src/posts/institution-lookup.js';

/** A stand-in for Hugging Face: listings by day (id → organization), papers by id; it records what is asked. */
function fakeSource(days: Record<string, Record<string, string | null>>, failing: { days?: string[]; ids?: string[] } = {}) {
  const asked: string[] = [];
  const byId = new Map(Object.values(days).flatMap((d) => Object.entries(d)));
  const source: PaperSource = {
    async listing(day) {
      asked.push(`listing ${day}`);
      if (failing.days?.includes(day)) throw new UpstreamError(`could not read the papers of ${day} from Hugging Face: API HTTP 503; HTML page HTTP 503`);
      return new Map(Object.entries(days[day] ?? {}));
    },
    async byId(id) {
      asked.push(`id ${id}`);
      if (failing.ids?.includes(id)) throw new UpstreamError(`could not read paper ${id} from Hugging Face: HTTP 503`);
      return byId.has(id) ? byId.get(id)! : undefined;
    },
  };
  return { source, asked };
}

const HF = {
  '2026-02-13': { a1: 'Org A', a2: null, a3: 'Org C' },
  '2026-02-12': { b1: 'Org B', b2: null },
  '2026-02-11': { c1: 'Org C' },
  '2026-02-10': { d1: 'Org D', d2: 'Org D' },
  '2026-02-09': { e1: 'Org E', e2: 'Org E' },
  // A Friday; 2026-02-09 is the Monday after it.
  '2026-02-06': { f1: 'Org F', f2: null },
};

describe('resolveOrganizations', () => {
  it("finds papers in their post day's listing, then in the days before it, and reads each listing once", async () => {
    const { source, asked } = fakeSource(HF);
    const wanted = [...['a1', 'a2', 'b1', 'b2'].map((id) => ({ id, day: '2026-02-13' })), ...['b1', 'c1', 'b2'].map((id) => ({ id, day: '2026-02-12' }))];
    const warnings: string[] = [];
    const found = await resolveOrganizations(wanted, source, (m) => warnings.push(m));
    expect(Object.fromEntries(found)).toEqual({
      a1: { status: 'found', organization: 'Org A', via: 'listing of 2026-02-13' },
      a2: { status: 'found', organization: null, via: 'listing of 2026-02-13' },
      b1: { status: 'found', organization: 'Org B', via: 'listing of 2026-02-12' },
      b2: { status: 'found', organization: null, via: 'listing of 2026-02-12' },
      c1: { status: 'found', organization: 'Org C', via: 'id' },
    });
    // 02-12 serves both posts; c1 alone in the days before post 02-12 is asked by id: one request either way.
    expect(asked).toEqual(['listing 2026-02-13', 'listing 2026-02-12', 'id c1']);
    expect(warnings).toEqual([]);
  });

  it("looks a Monday post's papers up in Friday's listing, three days back, and no further", async () => {
    const { source, asked } = fakeSource(HF);
    const monday = ['f1', 'f2', 'x1', 'x2'].map((id) => ({ id, day: '2026-02-09' }));
    const found = await resolveOrganizations(monday, source, () => undefined);
    expect(found.get('f1')).toEqual({ status: 'found', organization: 'Org F', via: 'listing of 2026-02-06' });
    expect(found.get('f2')).toEqual({ status: 'found', organization: null, via: 'listing of 2026-02-06' });
    expect(found.get('x1')).toEqual({ status: 'unknown', reason: 'Hugging Face does not know paper x1 (HTTP 404 by id)' });
    expect(asked).toEqual(['listing 2026-02-09', 'listing 2026-02-08', 'listing 2026-02-07', 'listing 2026-02-06', 'id x1', 'id x2']);
  });

  it('asks by id for a paper listed more than three days before its post, and for papers of posts without a day', async () => {
    const { source, asked } = fakeSource(HF);
    const found = await resolveOrganizations([{ id: 'd1', day: '2026-02-14' }, { id: 'd2', day: '2026-02-14' }, { id: 'e1' }], source, () => undefined);
    expect([...found.values()].map((r) => r.status === 'found' && r.via)).toEqual(['id', 'id', 'id']);
    expect(asked.filter((a) => a.startsWith('listing')).sort()).toEqual([
      'listing 2026-02-11',
      'listing 2026-02-12',
      'listing 2026-02-13',
      'listing 2026-02-14',
    ]);
  });

  it('answers from a listing read for one post the papers of another post within its reach', async () => {
    const { source, asked } = fakeSource(HF);
    // b1 alone in post 02-12 is not worth the 02-12 listing, but post 02-13's two missing papers are.
    const wanted = [
      { id: 'b1', day: '2026-02-12' },
      { id: 'b2', day: '2026-02-13' },
      { id: 'z9', day: '2026-02-13' },
    ];
    const found = await resolveOrganizations(wanted, source, () => undefined);
    expect(found.get('b1')).toEqual({ status: 'found', organization: 'Org B', via: 'listing of 2026-02-12' });
    expect(asked).toEqual(['listing 2026-02-13', 'listing 2026-02-12', 'id z9']);
  });

  it('asks nothing when nothing is wanted, and one request for a lone paper', async () => {
    const none = fakeSource(HF);
    expect((await resolveOrganizations([], none.source, () => undefined)).size).toBe(0);
    expect(none.asked).toEqual([]);
    const lone = fakeSource(HF);
    await resolveOrganizations([{ id: 'a1', day: '2026-02-13' }], lone.source, () => undefined);
    expect(lone.asked).toEqual(['id a1']);
  });

  it('sends the papers of a listing that cannot be read on to the next days and by id, with a warning', async () => {
    const { source, asked } = fakeSource(HF, { days: ['2026-02-13'], ids: ['a3'] });
    const warnings: string[] = [];
    const found = await resolveOrganizations(
      ['a1', 'a3'].map((id) => ({ id, day: '2026-02-13' })),
      source,
      (m) => warnings.push(m),
    );
    expect(found.get('a1')).toEqual({ status: 'found', organization: 'Org A', via: 'id' });
    expect(found.get('a3')).toEqual({ status: 'failed', reason: 'could not read paper a3 from Hugging Face: HTTP 503' });
    expect(warnings).toEqual(['could not read the papers of 2026-02-13 from Hugging Face: API HTTP 503; HTML page HTTP 503; its papers are looked up by id']);
    expect(asked.filter((a) => a === 'listing 2026-02-13')).toHaveLength(1);
  });

  it('lets a bug through instead of calling it a failure of Hugging Face', async () => {
    const source: PaperSource = {
      listing: async () => new Map(),
      byId: async () => {
        throw new TypeError('oops');
      },
    };
    await expect(resolveOrganizations([{ id: 'a1' }], source, () => undefined)).rejects.toThrow(TypeError);
  });
});
