import { MockAgent } from 'undici';
import { afterEach } from 'vitest';
import { createHttpClient } from '../../src/sources/http.js';

/**
 * A MockAgent with net connect disabled, closed after each test, and a setup() that gives the
 * interceptor pool of `origin`, an HttpClient over the agent, and source options collecting warnings.
 */
export function mockHttp(origin: string) {
  let agent: MockAgent | undefined;
  afterEach(async () => {
    await agent?.close();
    agent = undefined;
  });
  return () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const warnings: string[] = [];
    return { agent, pool: agent.get(origin), http: createHttpClient(agent), warnings, opts: { baseUrl: origin, warn: (m: string) => warnings.push(m) } };
  };
}
