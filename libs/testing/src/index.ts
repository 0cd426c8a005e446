export { testEndpoints, type TestEndpoints } from './env';
export { uniqueName, uniqueSchemaName } from './unique-name';
export { waitFor, type WaitForOptions } from './wait-for';
export { createIsolatedSchema, ensureDatabase, type IsolatedSchema, type IsolatedSchemaOptions } from './postgres';
export { testKafka, kafkaReachable } from './kafka';
export { brokerControl } from './broker';
export { collectMessages, type CollectedMessage } from './collect';
export { startTestService, type TestService, type TestServiceOptions } from './service';
export { dlqTopicOf, EventTap, publishEvent, type Published } from './events';
