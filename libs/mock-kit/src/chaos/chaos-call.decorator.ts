import { applyDecorators, SetMetadata, UseFilters, UseInterceptors } from '@nestjs/common';
import { ChaosFailureFilter } from './chaos-failure.filter';
import { CHAOS_OPERATION, ChaosInterceptor } from './chaos.interceptor';

/** Marks a route as one of the mocked system's operations: counted, and subject to chaos. */
export const ChaosCall = (operation: string): MethodDecorator =>
  applyDecorators(SetMetadata(CHAOS_OPERATION, operation), UseInterceptors(ChaosInterceptor), UseFilters(ChaosFailureFilter));
