import { Mailbox } from './mailbox';

const message = (n: number, to = ['cliente@example.com']) => ({ from: 'a@example.com', to, subject: `m${n}`, text: '' });

describe('Mailbox', () => {
  it('lists newest last and filters by recipient, case-insensitively', () => {
    const box = new Mailbox();
    box.add(message(1, ['Ana@Example.com']));
    box.add(message(2, ['bia@example.com']));
    box.add(message(3, ['bia@example.com', 'ana@example.com']));
    expect(box.list().map((m) => m.subject)).toEqual(['m1', 'm2', 'm3']);
    expect(box.list(' ana@EXAMPLE.com ').map((m) => m.subject)).toEqual(['m1', 'm3']);
    expect(box.list('ninguem@example.com')).toEqual([]);
  });

  it('forgets the oldest beyond its capacity', () => {
    const box = new Mailbox(3);
    for (let n = 1; n <= 5; n++) box.add(message(n));
    expect(box.list().map((m) => m.subject)).toEqual(['m3', 'm4', 'm5']);
  });

  it('stamps id and receivedAt, and clears', () => {
    const box = new Mailbox();
    const stored = box.add(message(1), new Date('2026-03-10T12:00:00.000Z'));
    expect(stored.receivedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(box.clear()).toBe(1);
    expect(box.list()).toEqual([]);
  });
});
