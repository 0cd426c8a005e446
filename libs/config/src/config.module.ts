import { type DynamicModule, Module, type Type } from '@nestjs/common';

/**
 * Makes a service's validated configuration injectable everywhere by its class
 * (`constructor(private readonly config: PaymentConfig)`), once, in the app module.
 */
@Module({})
export class ServiceConfigModule {
  static forRoot<C extends object>(config: C): DynamicModule {
    const token = config.constructor as Type<C>;
    return { module: ServiceConfigModule, global: true, providers: [{ provide: token, useValue: config }], exports: [token] };
  }
}
