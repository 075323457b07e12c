import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDirEachTest } from './helpers/cli.js';

interface Step {
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
// A tab or a duplicate key is an error for GitHub too.
const load = (path: string) => parse(read(path), { uniqueKeys: true, strict: true });

const VALIDATOR = join(ROOT, 'node_modules', '.bin', 'action-validator');
/** @action-validator/cli on one file (it tells an action from a workflow by the file name). */
const validate = (path: string) => spawnSync(VALIDATOR, [path], { encoding: 'utf8' });

const files = [
  'action.yml',
  ...readdirSync(join(ROOT, '.github/workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `.github/workflows/${f}`),
];

describe('@action-validator/cli', () => {
  let dir: string;
  tempDirEachTest((d) => (dir = d));

  it.each(files)('%s passes', (file) => {
    const res = validate(join(ROOT, file));
    expect(res.stderr + res.stdout).toBe('');
    expect(res.status).toBe(0);
  });

  it('rejects an action with a run step that names no shell (so that a pass above means something)', () => {
    const action = load('action.yml');
    const step = action.runs.steps.find((s: Step) => s.run);
    delete step.shell;
    writeFileSync(join(dir, 'action.yml'), JSON.stringify(action));
    const res = validate(join(dir, 'action.yml'));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/"path": "\/runs\/steps\/\d+\/shell"/);
  });
});

describe('action.yml', () => {
  const action = load('action.yml');
  const steps: Step[] = action.runs.steps;
  const publish = steps.find((s) => s.run?.includes('action/publish.sh'))!;

  it('is a composite action whose inputs have the defaults a blog like lim4349.github.io needs', () => {
    expect(action.runs.using).toBe('composite');
    const defaults = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default?: string; required?: boolean }>).map(([k, v]) => [k, v.default]),
    );
    expect(defaults).toEqual({
      date: '',
      top: '',
      'posts-dir': '_posts',
      'data-dir': '_data/papers',
      config: '',
      'deploy-workflow': 'pages-deploy.yml',
      'hf-token': '',
      'node-version': '20',
    });
    for (const input of Object.values(action.inputs as Record<string, { required?: boolean }>)) expect(input.required).toBe(false);
  });

  it('sets up Node, builds hfdigest from its own checkout, and installs nothing by name from a registry', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.with!['node-version']).toBe('${{ inputs.node-version }}');
    const build = steps.find((s) => s.run?.includes('npm ci'))!;
    expect(build.run).toMatch(/^cd "\$GITHUB_ACTION_PATH" && npm ci .*&& npm run build$/);
    expect(steps.indexOf(setup)).toBeLessThan(steps.indexOf(build));
    expect(steps.indexOf(build)).toBeLessThan(steps.indexOf(publish));
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).not.toMatch(/npx|npm (install|i|exec)\b|hfdigest@/);
  });

  it('keeps the arXiv cache in the folder that hfdigest is told to use', () => {
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache.with!.path).toBe(publish.env!.HFDIGEST_CACHE_DIR);
    expect(cache.with!['restore-keys']).toBeTruthy();
    expect(cache.with!.key.startsWith(cache.with!['restore-keys'])).toBe(true);
    expect(steps.indexOf(cache)).toBeLessThan(steps.indexOf(publish));
  });

  it('hands every input to the script through the environment, under the names the script reads, and never splices one into shell code', () => {
    for (const s of steps) if (s.run) expect(s.run).not.toContain('${{');
    expect(publish.run).toBe('bash "$GITHUB_ACTION_PATH/action/publish.sh"');
    const readByScript = new Set(read('action/publish.sh').match(/\bINPUT_[A-Z_]+/g));
    const given = Object.keys(publish.env!).filter((k) => k.startsWith('INPUT_'));
    expect(new Set(given)).toEqual(readByScript);
    const used = new Set(
      JSON.stringify(steps)
        .match(/inputs\.[a-z-]+/g)!
        .map((m) => m.slice('inputs.'.length)),
    );
    expect(used).toEqual(new Set(Object.keys(action.inputs)));
    expect(publish.env!.GH_TOKEN).toBe('${{ github.token }}');
    expect(publish.env!.HF_TOKEN).toBe('${{ inputs.hf-token }}');
  });
});

describe('.github/workflows', () => {
  it('daily-digest.yml: a morning and an evening run, a date input, the permissions the action needs, and the action with inputs it declares', () => {
    const wf = load('.github/workflows/daily-digest.yml');
    const crons: string[] = wf.on.schedule.map((s: { cron: string }) => s.cron);
    expect(crons).toHaveLength(2);
    for (const c of crons) expect(c.split(' ')).toHaveLength(5);
    const hours = crons.map((c) => Number(c.split(' ')[1]));
    expect(Math.min(...hours)).toBeLessThan(12);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(18);
    expect(wf.on.workflow_dispatch.inputs.date.required).toBe(false);
    expect(wf.permissions).toEqual({ contents: 'write', actions: 'write' });
    expect(wf.concurrency.group).toBeTruthy();
    expect(wf.concurrency['cancel-in-progress']).toBe(false);

    const job = wf.jobs.digest;
    // Not in hfdigest's own repository (nor its forks), where there is no blog.
    expect(job.if).toBe("${{ !endsWith(github.repository, '/hfdigest') }}");
    const steps: Step[] = job.steps;
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', '<owner>/hfdigest@<ref>']);
    expect(steps.some((s) => s.run)).toBe(false);
    const inputs = steps[1]!.with!;
    expect(inputs).toMatchObject({ date: '${{ inputs.date }}', 'hf-token': '${{ secrets.HF_TOKEN }}', 'deploy-workflow': 'pages-deploy.yml' });
    expect(Object.keys(load('action.yml').inputs)).toEqual(expect.arrayContaining(Object.keys(inputs)));
  });

  it('ci.yml: installs Jekyll, lints the action and workflows, then npm ci, build, lint and test on Node 20 and 22', () => {
    const job = load('.github/workflows/ci.yml').jobs.test;
    expect(job.strategy.matrix.node).toEqual(['20', '22']);
    const runs: string[] = job.steps.map((s: Step) => s.run).filter(Boolean);
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    expect(at(/apt-get install -y .*\bjekyll\b/)).toBeGreaterThanOrEqual(0);
    expect(at(/action-validator/)).toBeGreaterThan(at(/^npm ci$/));
    expect(runs.filter((r) => /^npm /.test(r))).toEqual(['npm ci', 'npm run build', 'npm run lint', 'npm test']);
    expect(at(/apt-get install/)).toBeLessThan(at(/^npm test$/));
  });
});
