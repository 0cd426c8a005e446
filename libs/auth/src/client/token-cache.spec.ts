import { TokenCache } from './token-cache';

describe('TokenCache', () => {
  let now = 0;
  const cache = () => new TokenCache<string>(60_000, () => now);
  beforeEach(() => (now = 1_000_000));

  it('keeps a token until 60 s before it expires', () => {
    const c = cache();
    c.set('k', 't', 900);
    now += 839_999;
    expect(c.get('k')).toBe('t');
    now += 1;
    expect(c.get('k')).toBeUndefined();
  });

  it('fetches once for concurrent callers, and again after a failure', async () => {
    const c = cache();
    const fetcher = jest.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue({ value: 'v', expiresIn: 900 });
    await expect(c.getOrFetch('k', fetcher)).rejects.toThrow('down');
    expect(await Promise.all([c.getOrFetch('k', fetcher), c.getOrFetch('k', fetcher)])).toEqual(['v', 'v']);
    expect(await c.getOrFetch('k', fetcher)).toBe('v');
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});
