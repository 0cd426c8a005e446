import { FailNext } from './fail-next';
import { Inbox } from './inbox';

describe('FailNext', () => {
  it('fails exactly `count` times, then lets requests through; arming again replaces the rest', () => {
    const hook = new FailNext();
    expect(hook.take()).toBeUndefined();
    hook.arm(2, 503);
    expect([hook.take(), hook.take(), hook.take()]).toEqual([503, 503, undefined]);
    hook.arm(5, 429);
    hook.arm(1, 0x58);
    expect([hook.take(), hook.take()]).toEqual([0x58, undefined]);
  });
});

describe('Inbox', () => {
  it('lists newest last, filters, finds, forgets the oldest past its capacity, and clears', () => {
    const inbox = new Inbox<{ id: string; receivedAt: string; n: number }>(3);
    const [first] = [1, 2, 3].map((n) => inbox.add({ n }, new Date('2026-03-10T12:00:00.000Z')));
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), n: 1, receivedAt: '2026-03-10T12:00:00.000Z' });
    expect(inbox.find(first.id)).toBe(first);
    inbox.add({ n: 4 });
    expect(inbox.list().map((e) => e.n)).toEqual([2, 3, 4]);
    expect(inbox.find(first.id)).toBeUndefined();
    expect(inbox.list((e) => e.n % 2 === 0).map((e) => e.n)).toEqual([2, 4]);
    expect(inbox.clear()).toBe(3);
    expect(inbox.list()).toEqual([]);
  });
});
