import type { SealingPlan } from '@consignado/service-kit';
import { CONTACT_SEALED_ONLY_MIGRATIONS, contactBackfill } from './modules/contact/database';
import { NOTIFICATION_SEALED_ONLY_MIGRATIONS, notificationDataBackfills } from './modules/notification/database';

/**
 * notification's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData: the
 * migrations that refuse clear values, and the backfills that seal the rows written before them.
 */
export const NOTIFICATION_SEALING: SealingPlan = {
  sealedOnly: [...CONTACT_SEALED_ONLY_MIGRATIONS, ...NOTIFICATION_SEALED_ONLY_MIGRATIONS],
  backfills: (cipher) => [contactBackfill(cipher), ...notificationDataBackfills(cipher)],
};
