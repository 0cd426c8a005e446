import { Logger } from '@nestjs/common';
import { LoggingDeliveryAdapter } from './logging.adapter';

describe('logging adapters for SMS and push (R-X-2)', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['SMS' as const, '+5561999990000', '***0000'],
    ['PUSH' as const, '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f', '5d2a7e10…'],
  ])('%s logs channel, notification id and a masked address, never the address or the text', async (channel, address, masked) => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await new LoggingDeliveryAdapter(channel).send({ notificationId: 'n-1', subject: 'Parcela 1 em atraso', body: 'Multa: R$ 6,12.' }, address);
    expect(log).toHaveBeenCalledWith('notification delivered', { channel, notificationId: 'n-1', to: masked });
    expect(JSON.stringify(log.mock.calls)).not.toContain(address);
    expect(JSON.stringify(log.mock.calls)).not.toContain('Multa');
  });
});
