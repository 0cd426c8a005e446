import { DeliveryRow } from './delivery.orm-entity';
import { CreateNotification1795400000000 } from './migrations/1795400000000-create-notification';
import { CreateNotificationDelivery1795400000002 } from './migrations/1795400000002-create-notification-delivery';
import { RequireSealedNotificationData1797100000001 } from './migrations/1797100000001-require-sealed-notification-data';
import { ErasableNotificationData1797250000000 } from './migrations/1797250000000-erasable-notification-data';
import { RequireSealedDeliveryError1797250000001 } from './migrations/1797250000001-require-sealed-delivery-error';
import { CreateContractBlockRevision1797600000000 } from './migrations/1797600000000-create-contract-block-revision';
import { NotificationRow } from './notification.orm-entity';

export { notificationDataBackfills } from './notification-data.backfill';

export const NOTIFICATION_ENTITIES = [NotificationRow, DeliveryRow];
export const NOTIFICATION_MIGRATIONS = [
  CreateNotification1795400000000,
  CreateNotificationDelivery1795400000002,
  RequireSealedNotificationData1797100000001,
  ErasableNotificationData1797250000000,
  RequireSealedDeliveryError1797250000001,
  CreateContractBlockRevision1797600000000,
];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const NOTIFICATION_SEALED_ONLY_MIGRATIONS = [RequireSealedNotificationData1797100000001, RequireSealedDeliveryError1797250000001];
export { DeliveryRow, NotificationRow };
