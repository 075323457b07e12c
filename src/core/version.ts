import { readFileSync } from 'node:fs';

// Read at run time so that the version lives in package.json alone; Node 20 still warns on JSON imports.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** hfdigest's own version. */
export const VERSION = pkg.version;
