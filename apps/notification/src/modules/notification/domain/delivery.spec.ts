import { deliveryFailed, deliveryGone, deliverySent, maskContactsInText, maskedAddress, newDelivery, recipientsFor } from './delivery';

const device = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const tablet = '7e3b8f21-4c5d-4e9f-8a12-3b4c5d6e7f80';

describe('channel selection (R-NT-1)', () => {
  it.each([
    [undefined, []],
    [{}, []],
    [{ email: 'ana@example.com' }, ['EMAIL']],
    [{ phone: '+5561999990000', pushSubscriptionIds: [device] }, ['PUSH', 'SMS']],
    [{ email: 'ana@example.com', phone: '+5561999990000', pushSubscriptionIds: [device, tablet] }, ['PUSH', 'PUSH', 'EMAIL', 'SMS']],
  ])('contact %j → %j', (contact, channels) => {
    expect(recipientsFor(contact).map((r) => r.channel)).toEqual(channels);
  });

  it('pushes to each device the customer subscribed, the others to the contact', () => {
    expect(recipientsFor({ email: 'ana@example.com', phone: '+5561999990000', pushSubscriptionIds: [device, tablet] })).toEqual([
      { channel: 'PUSH', address: device },
      { channel: 'PUSH', address: tablet },
      { channel: 'EMAIL', address: 'ana@example.com' },
      { channel: 'SMS', address: '+5561999990000' },
    ]);
  });
});

describe('delivery lifecycle', () => {
  const t0 = new Date('2026-03-10T12:00:00.000Z');
  const pending = newDelivery('0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11', { channel: 'EMAIL', address: 'ana@example.com' }, t0);

  it('starts PENDING, due at once, never tried', () => {
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: t0, lastError: null, sentAt: null });
  });

  it('counts every failure, waits the given delay and masks the error', () => {
    const failed = deliveryFailed(pending, '550 <ana@example.com>: mailbox unavailable', t0, 1_500);
    expect(failed).toMatchObject({ status: 'RETRYING', attempts: 1, nextAttemptAt: new Date('2026-03-10T12:00:01.500Z'), lastError: '550 <a***@e***.com>: mailbox unavailable' });
    const again = deliveryFailed(failed, 'connect ECONNREFUSED 127.0.0.1:2525', t0, 0);
    expect(again).toMatchObject({ status: 'RETRYING', attempts: 2, lastError: 'connect ECONNREFUSED 127.0.0.1:2525' });
    const sent = deliverySent(again, new Date('2026-03-10T12:00:05.000Z'));
    expect(sent).toMatchObject({ status: 'SENT', attempts: 3, sentAt: new Date('2026-03-10T12:00:05.000Z'), lastError: 'connect ECONNREFUSED 127.0.0.1:2525' });
  });

  it('ends CANCELLED, never retried, when the push device is gone', () => {
    const push = newDelivery('0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11', { channel: 'PUSH', address: device }, t0);
    expect(deliveryGone(push, 'push subscription gone (410)', t0)).toMatchObject({ status: 'CANCELLED', attempts: 1, sentAt: null, lastError: 'push subscription gone (410)' });
  });
});

describe('masking addresses for logs (R-X-2)', () => {
  it.each([
    [{ channel: 'EMAIL' as const, address: 'cliente@example.com' }, 'c***@e***.com'],
    [{ channel: 'SMS' as const, address: '+5561999990000' }, '***0000'],
    [{ channel: 'PUSH' as const, address: device }, 'device 5d2a7e10…'],
  ])('%j → %s', (recipient, masked) => expect(maskedAddress(recipient)).toBe(masked));

  it('masks e-mails and phones inside free text', () => {
    expect(maskContactsInText('rcpt ana.silva@mail.example.com.br refused; sms +5561999990000 failed')).toBe('rcpt a***@m***.br refused; sms ***0000 failed');
  });
});
