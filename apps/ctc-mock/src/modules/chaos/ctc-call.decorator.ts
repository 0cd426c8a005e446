import { ChaosCall } from '@consignado/mock-kit';
import type { CtcOperation } from './domain/ctc-operation';

/** Marks a participant route as one of the exchange's operations: counted, and subject to chaos. */
export const CtcCall = (operation: CtcOperation): MethodDecorator => ChaosCall(operation);
