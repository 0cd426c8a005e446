import { Module } from '@nestjs/common';
import { RecordContactEventHandler } from './commands/record-contact/record-contact.event-handler';
import { PushSubscriptionsController } from './commands/push-subscriptions/push-subscriptions.controller';
import { RegisterPushSubscriptionHandler } from './commands/push-subscriptions/register-push-subscription.handler';
import { PushSubscriptionRemoval } from './commands/push-subscriptions/remove-push-subscription.handler';
import { CONTACT_REPOSITORY, TypeOrmContactRepository } from './database/contact.repository';
import { PUSH_SUBSCRIPTIONS, TypeOrmPushSubscriptions } from './database/push-subscription.repository';
import { PushSubscriptionsQueryController } from './queries/push-subscriptions/push-subscriptions.query.controller';

/** Customers' delivery addresses: e-mail and phone from CustomerContactChanged, push devices from the app (R-NT-1). */
@Module({
  controllers: [PushSubscriptionsQueryController, PushSubscriptionsController],
  providers: [
    RecordContactEventHandler,
    RegisterPushSubscriptionHandler,
    PushSubscriptionRemoval,
    { provide: CONTACT_REPOSITORY, useClass: TypeOrmContactRepository },
    { provide: PUSH_SUBSCRIPTIONS, useClass: TypeOrmPushSubscriptions },
  ],
  exports: [CONTACT_REPOSITORY, PUSH_SUBSCRIPTIONS],
})
export class ContactModule {}
