import http, { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The least a load balancer does: each request goes to the next app copy in turn, streamed both ways over
 * kept-alive connections. For measuring scale-out only; a deployment would use any well-kept proxy.
 */
export async function startRoundRobinProxy(targets: readonly string[]): Promise<{ base: string; stop: () => Promise<void> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const upstreams = targets.map((t) => new URL(t));
  let next = 0;
  const server = createServer((req, res) => {
    const target = upstreams[next++ % upstreams.length]!;
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(err.message);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.close();
      agent.destroy();
    },
  };
}
