import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves with the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? calls : 0), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('keeps polling through errors', async () => {
    let calls = 0;
    const value = await waitFor(
      () => {
        if (++calls < 2) throw new Error('not yet');
        return 'ok';
      },
      { intervalMs: 1 },
    );
    expect(value).toBe('ok');
  });

  it('names the condition and the last value on timeout', async () => {
    await expect(waitFor(() => 0, { timeoutMs: 20, intervalMs: 5, description: 'rows' })).rejects.toThrow(
      /rows not met within 20 ms \(last: 0\)/,
    );
  });
});
