import { ExchangeClockRow } from './exchange-clock.orm-entity';
import { CreateExchangeClock1795800000000 } from './migrations/1795800000000-create-exchange-clock';

export const CLOCK_ENTITIES = [ExchangeClockRow];
export const CLOCK_MIGRATIONS = [CreateExchangeClock1795800000000];
