import type { Provider } from '@nestjs/common';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter';
import { SmppSmsAdapter } from './smpp-sms.adapter';
import { SmtpEmailAdapter } from './smtp-email.adapter';
import { WebPushAdapter } from './web-push.adapter';

/** The adapters behind DELIVERY_ADAPTERS: SMTP for e-mail, SMPP for SMS, Web Push for push — each "sent" only when the other side accepted it. */
export const channelProviders: Provider[] = [
  SmtpEmailAdapter,
  SmppSmsAdapter,
  WebPushAdapter,
  {
    provide: DELIVERY_ADAPTERS,
    inject: [SmtpEmailAdapter, SmppSmsAdapter, WebPushAdapter],
    useFactory: (email: SmtpEmailAdapter, sms: SmppSmsAdapter, push: WebPushAdapter): DeliveryAdapter[] => [email, sms, push],
  },
];
