import { CommandStatus } from './command-status';
import { SmsCenter } from './sms-center';

const sms = (to: string, text = 'Olá') => ({ from: 'CONSIGNADO', to, text, dataCoding: 3 });

describe('SmsCenter', () => {
  it.each([
    ['consignado', 'dev-smpp', CommandStatus.ESME_ROK],
    ['consignado', 'errada', CommandStatus.ESME_RINVPASWD],
    ['outro', 'dev-smpp', CommandStatus.ESME_RBINDFAIL],
    ['', '', CommandStatus.ESME_RBINDFAIL],
  ])('bind as %s / %s → status %i', (systemId, password, status) => expect(new SmsCenter('dev-smpp').bind(systemId, password)).toBe(status));

  it('keeps what it accepts and lists it newest last, by number with formatting ignored', () => {
    const center = new SmsCenter('dev-smpp');
    const first = center.submit(sms('5511999998888', 'primeira'), new Date('2026-03-10T12:00:00.000Z'));
    center.submit(sms('5521988887777', 'outra pessoa'));
    center.submit(sms('5511999998888', 'segunda'));
    expect(first).toEqual({ status: CommandStatus.ESME_ROK, sms: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), ...sms('5511999998888', 'primeira'), receivedAt: '2026-03-10T12:00:00.000Z' } });
    expect(center.list('+55 (11) 99999-8888').map((m) => m.text)).toEqual(['primeira', 'segunda']);
    expect(center.list().map((m) => m.text)).toEqual(['primeira', 'outra pessoa', 'segunda']);
    expect(center.clear()).toBe(3);
    expect(center.list()).toEqual([]);
  });

  it('answers an injected status for the next submits only, keeping nothing for them', () => {
    const center = new SmsCenter('dev-smpp');
    center.failNext.arm(2, CommandStatus.ESME_RTHROTTLED);
    expect(center.submit(sms('5511999998888'))).toEqual({ status: CommandStatus.ESME_RTHROTTLED });
    expect(center.submit(sms('5511999998888'))).toEqual({ status: CommandStatus.ESME_RTHROTTLED });
    expect(center.submit(sms('5511999998888')).status).toBe(CommandStatus.ESME_ROK);
    expect(center.list()).toHaveLength(1);
  });
});
