export { EventingModule, eventingReadiness, type EventingAsyncOptions } from './eventing.module';
export { EventPublisher } from './event-publisher';
export { HandlesEvent } from './handles-event.decorator';
export { consumerGroup, EVENTING_OPTIONS, KAFKA, namespacedTopic, type EventContext, type EventingOptions } from './eventing.options';
export { prepareServiceDatabase, serviceDatabaseOptions, type ServiceDatabase } from './database';
export { DeadLettersController } from './dead-letters/dead-letters.controller';
export { type DeadLetterBacklog } from './dead-letters/dead-letter-backlog';
export { pgListener, type PgListener } from './pg-listener';
export { writeRows } from './bulk-rows';
