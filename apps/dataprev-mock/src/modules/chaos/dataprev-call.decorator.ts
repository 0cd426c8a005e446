import { ChaosCall } from '@consignado/mock-kit';
import type { DataprevOperation } from './domain/dataprev-operation';

/** Marks a route as one of Dataprev's operations: counted, and subject to chaos (R-AV-1). */
export const DataprevCall = (operation: DataprevOperation): MethodDecorator => ChaosCall(operation);
