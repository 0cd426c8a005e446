import { DeliveryRow } from './delivery.orm-entity';
import { CreateNotification1795400000000 } from './migrations/1795400000000-create-notification';
import { CreateNotificationDelivery1795400000002 } from './migrations/1795400000002-create-notification-delivery';
import { NotificationRow } from './notification.orm-entity';

export const NOTIFICATION_ENTITIES = [NotificationRow, DeliveryRow];
export const NOTIFICATION_MIGRATIONS = [CreateNotification1795400000000, CreateNotificationDelivery1795400000002];
export { DeliveryRow, NotificationRow };
