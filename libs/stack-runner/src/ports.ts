import { createConnection } from 'node:net';

/** True when something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Refuses to start a stack where another one listens: its processes would fail to bind while the
 * stranger answered their readiness checks, and a test would talk to the wrong stack.
 */
export async function assertPortsFree(ports: ReadonlyArray<{ name: string; port: number }>): Promise<void> {
  const taken = [];
  for (const p of ports) if (await listening(p.port)) taken.push(`${p.port} (${p.name})`);
  if (taken.length > 0) throw new Error(`ports already in use: ${taken.join(', ')} — another stack runs there (one left behind? \`ss -ltnp\` names its processes)`);
}
