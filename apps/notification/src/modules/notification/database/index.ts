import { CreateNotification1795400000000 } from './migrations/1795400000000-create-notification';
import { NotificationRow } from './notification.orm-entity';

export const NOTIFICATION_ENTITIES = [NotificationRow];
export const NOTIFICATION_MIGRATIONS = [CreateNotification1795400000000];
export { NotificationRow };
