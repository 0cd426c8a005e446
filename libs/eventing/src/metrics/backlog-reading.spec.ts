import { within } from './backlog-reading';

describe('within', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the reading, nothing for a failed one, and nothing for one still waiting after 3 s', async () => {
    await expect(within(Promise.resolve(7))).resolves.toBe(7);
    await expect(within(Promise.reject(new Error('broker away')))).resolves.toBeUndefined();
    jest.useFakeTimers();
    const hanging = within(new Promise<number>(() => undefined));
    jest.advanceTimersByTime(2_999);
    const early = await Promise.race([hanging, Promise.resolve('pending')]);
    expect(early).toBe('pending');
    jest.advanceTimersByTime(1);
    await expect(hanging).resolves.toBeUndefined();
  });
});
