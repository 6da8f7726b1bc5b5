import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from './config.js';
import type { App } from './app.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A port that is open before the app is ready: it answers 503 "starting" until `serve` hands it the app. */
export interface OpenPort {
  server: Server;
  serve(app: App): void;
}

const starting: Handler = (_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify({ status: 'starting' }));
};

/**
 * Opens the HTTP port first, so a port that is taken is reported before anything else (a Neo4j)
 * is started for nothing; rejects naming the port.
 */
export function openPort(config: Pick<Config, 'HOST' | 'PORT'>): Promise<OpenPort> {
  let handler: Handler = starting;
  const server = createServer((req, res) => handler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${config.PORT} on ${config.HOST} is already in use; set PORT to a free one`) : err),
    );
    server.listen(config.PORT, config.HOST, () => resolve({ server, serve: (app) => (handler = app.handle as unknown as Handler) }));
  });
}

/** Opens the HTTP port for a ready app; resolves once it listens, rejects naming a port that is taken. */
export async function listen(app: App, config: Pick<Config, 'HOST' | 'PORT'>): Promise<Server> {
  const port = await openPort(config);
  port.serve(app);
  return port.server;
}
