import { Module } from '@nestjs/common';
import { RecordContactEventHandler } from './commands/record-contact/record-contact.event-handler';
import { CONTACT_REPOSITORY, TypeOrmContactRepository } from './database/contact.repository';

/** Customers' delivery addresses, from CustomerContactChanged (R-NT-1). */
@Module({
  providers: [RecordContactEventHandler, { provide: CONTACT_REPOSITORY, useClass: TypeOrmContactRepository }],
  exports: [CONTACT_REPOSITORY],
})
export class ContactModule {}
