import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_DOWNLOAD_PATH, sendJson, SUBGRAPHS } from '@portal/platform/edge';
import type { ReplicaSet } from './replicas';
import type { ResolvedPrincipal } from './principal-resolver';
import { getAsCaller } from './subgraph-get';

/** Where export download links point: /exports/<subgraph>?job=…&token=… */
export const EXPORTS_PATH = '/exports';
/** The subgraphs producing exports, as the registry marks them. */
const EXPORTING = new Set(SUBGRAPHS.filter((s) => s.exports).map((s) => s.name));
/** Headers of the file passed on to the browser. */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'cache-control'];

/**
 * Downloads an export's file: the caller is authenticated as for /graphql, and the subgraph
 * owning the export serves it to its requester holding the link's token (else 404), streamed.
 */
export async function downloadExport(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  principal: ResolvedPrincipal | null,
  replicas: Map<string, ReplicaSet>,
): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'GET only' });
  const subgraph = pathname.slice(EXPORTS_PATH.length + 1);
  const set = EXPORTING.has(subgraph) ? replicas.get(subgraph) : undefined;
  if (!set) return sendJson(res, 404, { error: 'not found' });
  if (!principal || principal.claims.kind === 'anonymous')
    return sendJson(res, 401, { error: 'sign in to download' });
  const query = (req.url ?? '').split('?')[1] ?? '';
  const upstream = await getAsCaller(set, `${EXPORT_DOWNLOAD_PATH}?${query}`, principal, res);
  if (!upstream) return sendJson(res, 503, { error: 'exports unavailable' });
  if (upstream.statusCode !== 200) {
    await upstream.body.dump();
    return sendJson(res, upstream.statusCode === 404 ? 404 : 503, {
      error: upstream.statusCode === 404 ? 'not found' : 'exports unavailable',
    });
  }
  const headers: Record<string, string> = {};
  for (const name of PASSED_ON) {
    const value = upstream.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  res.writeHead(200, headers);
  try {
    for await (const chunk of upstream.body) if (!res.write(chunk)) await drained(res);
  } catch {
    // The browser left, or the subgraph stopped: the download ends here, incomplete.
    return void res.destroy();
  }
  res.end();
}

const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    res.once('drain', resolve);
    res.once('close', resolve);
  });
