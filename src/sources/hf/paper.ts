import { UpstreamError } from '../../core/errors.js';
import { describeFailure, type HttpClient } from '../http.js';
import { toPaper, type Paper } from '../../digest/paper.js';
import { parsePaperJson } from './parse.js';
import { hfGet, HttpStatusError, isUpstreamFailure, withBodyRetries, type HfOptions } from './request.js';

/**
 * One paper from Hugging Face by its id (`GET /api/papers/{id}`), with the retries, rate-limit gate
 * and token of every Hugging Face request; `null` when Hugging Face does not know the paper (HTTP 404).
 * Throws UpstreamError when Hugging Face cannot be read.
 */
export async function fetchPaper(http: HttpClient, id: string, opts: HfOptions): Promise<Paper | null> {
  const url = `${opts.baseUrl}/api/papers/${encodeURIComponent(id)}`;
  try {
    return await withBodyRetries(async () => {
      const res = await hfGet(http, url, 'application/json', opts);
      if (res.status === 404) return null;
      if (res.status !== 200) throw new HttpStatusError(res.status);
      return toPaper({ paper: parsePaperJson(res.body) });
    });
  } catch (err) {
    if (!isUpstreamFailure(err)) throw err;
    throw new UpstreamError(`could not read paper ${id} from Hugging Face: ${describeFailure(err)}`);
  }
}
