import { IsoDate } from '@consignado/finance';

/** Brazil's legal time: business dates of the payment service are civil dates in São Paulo. */
const BRAZIL = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The civil date (YYYY-MM-DD) of an instant in America/Sao_Paulo. */
export function civilDate(instant: Date): IsoDate {
  return IsoDate.of(BRAZIL.format(instant));
}
