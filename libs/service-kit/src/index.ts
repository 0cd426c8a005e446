export { startService, type StartOptions } from './bootstrap';
export { ServiceKitModule, type ServiceKitOptions } from './service-kit.module';
export { READINESS_CHECKS, runReadiness, type ReadinessCheck, type ReadinessReport } from './health/readiness';
export { METRICS_REGISTRY } from './metrics/metrics';
export { JsonLogger } from './logging/json-logger';
export { currentContext, runWithContext, type RequestContext } from './logging/request-context';
export { ProblemDetailsFilter, type ProblemDetails } from './http/problem-details.filter';
export { statusForCode } from './http/status-for-code';
export { fieldProblems, strictValidationPipe, type FieldProblem } from './http/validation';
