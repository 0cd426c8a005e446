export { ConfigError, loadConfig } from './load-config';
export { BaseServiceConfig, type ServiceLogLevel } from './service-config';
export { ApiServiceConfig, DEV_OIDC_ISSUER } from './api-service-config';
export { InProduction, NotInProduction } from './in-production';
export { ServiceConfigModule } from './config.module';
export { AtLeast } from './at-least';
