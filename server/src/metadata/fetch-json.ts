import { metadataNotFound, metadataUnavailable } from './metadata-errors.js';

/**
 * GETs JSON from a metadata service within `timeoutMs`. A timeout, a refused connection, a server error or a body
 * that is not JSON each become METADATA_UNAVAILABLE naming what happened; 404 becomes NOT_FOUND.
 */
export async function fetchJson(service: string, url: string, timeoutMs: number, what: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw metadataUnavailable(service, `did not answer within ${timeoutMs} ms`);
    throw metadataUnavailable(service, 'could not be reached');
  }
  if (res.status === 404) throw metadataNotFound(service, what);
  if (!res.ok) throw metadataUnavailable(service, `answered HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw metadataUnavailable(service, 'answered with something that is not JSON');
  }
}
