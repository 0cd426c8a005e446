export { IdentityClient, type CustomerSession, type IdentityClientOptions } from './identity-client';
export { AccountExistsError, IdentityError } from './errors';
export { API_RESOURCE, DEFAULT_ISSUER, issuerForPort, SIGN_IN_CLIENTS, type ServiceClientId } from './contract';
export { authorizationCodeFlow, type CodeFlowRequest } from './authorization-code';
export type { Discovery, TokenResponse } from './http';
export { defaultIdentityDir, findRepoRoot } from './local-files';
export { generateCpf } from './cpf';
export { ASSERTION_TYPE, clientAssertion } from './client-assertion';
