import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';

const load = (name: string) => {
  const text = readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
  // A tab or a duplicate key is an error for GitHub too.
  return parse(text, { uniqueKeys: true, strict: true });
};

describe('.github/workflows', () => {
  it('daily-digest.yml: a morning and an evening schedule, a date input, cache, fetch, and a commit only on change', () => {
    const wf = load('daily-digest.yml');
    const crons: string[] = wf.on.schedule.map((s: { cron: string }) => s.cron);
    expect(crons).toHaveLength(2);
    const hours = crons.map((c) => Number(c.split(' ')[1]));
    for (const c of crons) expect(c.split(' ')).toHaveLength(5);
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(18);
    expect(wf.on.workflow_dispatch.inputs.date.required).toBe(false);
    expect(wf.permissions.contents).toBe('write');
    const steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> = wf.jobs.digest.steps;
    const uses = steps.map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'actions/cache']));
    expect(steps.find((s) => s.uses?.startsWith('actions/cache'))!.with!.path).toBe('~/.cache/hfdigest');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npx --yes hfdigest@latest fetch --date "\$\{\{ github\.event\.inputs\.date \|\| 'today' \}\}"/);
    expect(runs).toMatch(/git diff --cached --quiet/);
    expect(runs.indexOf('git diff --cached --quiet')).toBeLessThan(runs.indexOf('git push'));
  });

  it('ci.yml: npm ci, build and test on Node 20 and 22', () => {
    const wf = load('ci.yml');
    const job = wf.jobs.test;
    expect(job.strategy.matrix.node).toEqual(['20', '22']);
    const runs = job.steps.map((s: { run?: string }) => s.run).filter(Boolean);
    expect(runs).toEqual(['npm ci', 'npm run build', 'npm test']);
  });
});
