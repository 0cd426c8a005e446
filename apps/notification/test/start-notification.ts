import { startTestService, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { NotificationConfig } from '../src/config';

/** The notification service on the real stack (own schema and Kafka namespace), with `env` over its defaults. */
export const startNotification = (env: Record<string, string> = {}): Promise<TestService<NotificationConfig>> =>
  startTestService({ service: 'notification', config: NotificationConfig, module: (c) => AppModule.register(c), env });
