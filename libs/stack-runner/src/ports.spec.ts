import { createServer, type Server } from 'node:net';
import { assertPortsFree } from './ports';

describe('assertPortsFree', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names the ports someone else listens on, and passes free ones', async () => {
    await expect(assertPortsFree([{ name: 'proposal', port }])).rejects.toThrow(`ports already in use: ${port} (proposal)`);
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const freed = (free.address() as { port: number }).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    await expect(assertPortsFree([{ name: 'loan', port: freed }])).resolves.toBeUndefined();
  });
});
