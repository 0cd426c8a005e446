import { IsoDate } from './iso-date';

/** Brazil's legal time (Brasília): contract dates, consumer deadlines and business dates are civil dates there. */
const BRAZIL = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The civil date in Brazil of an instant, whatever the server's time zone ("2026-03-10T01:30:00Z" → 2026-03-09). */
export function civilDateInBrazil(instant: Date): IsoDate {
  return IsoDate.of(BRAZIL.format(instant));
}
