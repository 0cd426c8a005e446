export { ConfigError, loadConfig } from './load-config';
export { BaseServiceConfig, type ServiceLogLevel } from './service-config';
export { ServiceConfigModule } from './config.module';
