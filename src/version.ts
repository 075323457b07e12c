import { createRequire } from 'node:module';

// Read at run time so that the version lives in package.json alone (require of JSON warns on no Node version).
const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/** hfdigest's own version. */
export const VERSION = pkg.version;
