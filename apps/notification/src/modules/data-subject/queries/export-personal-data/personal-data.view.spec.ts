import type { NotificationWithDeliveries } from '../../../notification/database/notification.repository';
import { personalDataSection } from './personal-data.view';

const customerId = '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55';
const now = new Date('2032-03-02T00:00:00.000Z');
const at = (iso: string) => new Date(iso);
const notification = (subject: string | null, deliveries: NotificationWithDeliveries['deliveries']): NotificationWithDeliveries => ({
  id: '3d6f7e1a-1111-4c33-9b1e-2f7a1c9d4e55', customerId, sourceEventId: '5a1b2c3d-2222-4c33-9b1e-2f7a1c9d4e55', sourceEventType: 'ProposalCancelled',
  correlationId: '7e8f9a0b-3333-4c33-9b1e-2f7a1c9d4e55', template: 'PROPOSAL_CANCELLED', subject, body: subject && 'Sua proposta foi cancelada.', createdAt: at('2032-03-01T10:00:00.000Z'), deliveries,
});
const delivery = (channel: 'PUSH' | 'EMAIL', address: string | null, status: 'SENT' | 'RETRYING' | 'CANCELLED') => ({
  id: `9c0d1e2f-4444-4c33-9b1e-2f7a1c9d4e5${channel.length}`, notificationId: '3d6f7e1a-1111-4c33-9b1e-2f7a1c9d4e55', channel, address, status, attempts: 1,
  nextAttemptAt: at('2032-03-01T10:05:00.000Z'), lastError: status === 'SENT' ? null : 'connect ECONNREFUSED', sentAt: status === 'SENT' ? at('2032-03-01T10:00:01.000Z') : null,
});

describe("notification's section of a customer's export (LGPD art. 18 II)", () => {
  it('shows the contact and every notification with its deliveries, opened; when a delivery is next tried only while it is due', () => {
    const contact = { customerId, email: 'maria@example.com', changedAt: at('2032-02-01T09:00:00.000Z') };
    const device = { id: 'a1b2c3d4-5555-4c33-9b1e-2f7a1c9d4e55', customerId, endpoint: 'https://push.example/sub/abc', keys: { p256dh: 'k', auth: 'a' }, createdAt: at('2032-02-02T09:00:00.000Z'), goneAt: null };
    const section = personalDataSection(customerId, { contact, pushDevices: [device], notifications: [notification('Proposta cancelada', [delivery('PUSH', device.id, 'SENT'), delivery('EMAIL', 'maria@example.com', 'RETRYING')])], erasures: [] }, now);
    expect({ ...section }).toEqual({
      service: 'notification', customerId, generatedAt: now.toISOString(), erasures: [],
      records: {
        contact: [{ email: 'maria@example.com', phone: null, changedAt: '2032-02-01T09:00:00.000Z' }],
        pushDevices: [{ id: device.id, endpoint: 'https://push.example/sub/abc', createdAt: '2032-02-02T09:00:00.000Z', goneAt: null }],
        notifications: [{
          id: '3d6f7e1a-1111-4c33-9b1e-2f7a1c9d4e55', template: 'PROPOSAL_CANCELLED', subject: 'Proposta cancelada', body: 'Sua proposta foi cancelada.',
          sourceEventId: '5a1b2c3d-2222-4c33-9b1e-2f7a1c9d4e55', sourceEventType: 'ProposalCancelled', correlationId: '7e8f9a0b-3333-4c33-9b1e-2f7a1c9d4e55', createdAt: '2032-03-01T10:00:00.000Z',
          deliveries: [
            { channel: 'PUSH', address: device.id, status: 'SENT', attempts: 1, nextAttemptAt: null, sentAt: '2032-03-01T10:00:01.000Z', lastError: null },
            { channel: 'EMAIL', address: 'maria@example.com', status: 'RETRYING', attempts: 1, nextAttemptAt: '2032-03-01T10:05:00.000Z', sentAt: null, lastError: 'connect ECONNREFUSED' },
          ],
        }],
      },
    });
  });

  it('an unknown customer: no records', () => {
    expect(personalDataSection(customerId, { notifications: [], erasures: [] }, now).records).toEqual({ contact: [], pushDevices: [], notifications: [] });
  });

  it('an erased customer: ids, templates, statuses and dates, nothing personal, and the erasure', () => {
    const erasure = { requestId: '4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b', origin: 'DATA_SUBJECT', rows: { notification: 1 }, anonymizedAt: '2032-03-01T10:00:02.000Z' };
    const erased = notification(null, [{ ...delivery('EMAIL', null, 'CANCELLED'), lastError: null }]);
    const section = personalDataSection(customerId, { contact: { customerId, changedAt: at('2032-03-01T10:00:01.000Z') }, notifications: [erased], erasures: [erasure] }, now);
    expect(section.records).toMatchObject({
      contact: [{ email: null, phone: null }],
      notifications: [{ subject: null, body: null, template: 'PROPOSAL_CANCELLED', deliveries: [{ channel: 'EMAIL', address: null, status: 'CANCELLED', nextAttemptAt: null, lastError: null }] }],
    });
    expect(section.erasures).toEqual([erasure]);
  });
});
