import { BaseServiceConfig } from '@consignado/config';

export class NotificationConfig extends BaseServiceConfig {
  override PORT = 3006;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_notification';
}
