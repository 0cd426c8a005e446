import { IsoDate } from '@consignado/finance';

const BRASILIA_OFFSET_MS = -3 * 3_600_000;

/** The civil date in Brasília (UTC−03:00) at `now`: Dataprev's "today". */
export function brasiliaDate(now: Date): IsoDate {
  return IsoDate.of(new Date(now.getTime() + BRASILIA_OFFSET_MS).toISOString().slice(0, 10));
}
