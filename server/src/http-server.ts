import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import type { App } from './app.js';

/** Opens the HTTP port for the app; resolves once it listens, rejects naming a port that is taken. */
export function listen(app: App, config: Pick<Config, 'HOST' | 'PORT'>): Promise<Server> {
  const server = createServer(app.handle);
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${config.PORT} on ${config.HOST} is already in use; set PORT to a free one`) : err),
    );
    server.listen(config.PORT, config.HOST, () => resolve(server));
  });
}
