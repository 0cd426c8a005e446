import type { Server } from 'node:net';

/**
 * Resolves once `server` listens; rejects with an error naming the listener and the address when
 * binding fails (port taken, address not available).
 */
export function listen<S extends Server>(server: S, name: string, port: number, host: string): Promise<S> {
  return new Promise<S>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => reject(new Error(`${name} cannot listen on ${host}:${port}: ${error.code ?? error.message}`, { cause: error }));
    server.once('error', fail);
    server.once('listening', () => {
      server.off('error', fail);
      resolve(server);
    });
    server.listen(port, host);
  });
}
