import type { Provider } from '@nestjs/common';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter';
import { LoggingDeliveryAdapter } from './logging.adapter';
import { SmtpEmailAdapter } from './smtp-email.adapter';

/** The adapters behind DELIVERY_ADAPTERS: real SMTP for e-mail, logging for SMS and push. */
export const channelProviders: Provider[] = [
  SmtpEmailAdapter,
  {
    provide: DELIVERY_ADAPTERS,
    inject: [SmtpEmailAdapter],
    useFactory: (email: SmtpEmailAdapter): DeliveryAdapter[] => [email, new LoggingDeliveryAdapter('SMS'), new LoggingDeliveryAdapter('PUSH')],
  },
];
