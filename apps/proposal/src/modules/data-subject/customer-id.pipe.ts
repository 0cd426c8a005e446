import { ParseUUIDPipe } from '@nestjs/common';
import { PersonalDataNotFoundError } from '@consignado/service-kit';

/** A path customer id that is not a UUID names no customer: 404, like an unknown one. */
export const customerIdPipe = (): ParseUUIDPipe => new ParseUUIDPipe({ exceptionFactory: () => new PersonalDataNotFoundError() });
