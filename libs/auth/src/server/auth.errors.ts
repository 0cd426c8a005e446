import { DomainError } from '@consignado/core';

/**
 * Authentication (401) and authorization (403) refusals. One 401 code per reason a client can act
 * on; 403s name what was missing, never what the caller would have seen.
 */
export class AuthError extends DomainError {
  static missingToken(): AuthError {
    return new AuthError('AUTH.TOKEN_MISSING', 'Token de acesso ausente: envie o cabeçalho Authorization: Bearer <token>.');
  }

  static invalidToken(): AuthError {
    return new AuthError('AUTH.TOKEN_INVALID', 'Token de acesso inválido.');
  }

  static expiredToken(): AuthError {
    return new AuthError('AUTH.TOKEN_EXPIRED', 'Token de acesso expirado: obtenha um novo.');
  }

  static insufficientScope(scopes: readonly string[]): AuthError {
    return new AuthError('AUTH.INSUFFICIENT_SCOPE', `O token não tem o escopo necessário (${scopes.join(', ')}).`);
  }

  static roleRequired(roles: readonly string[]): AuthError {
    return new AuthError('AUTH.ROLE_REQUIRED', `Esta ação exige um destes papéis: ${roles.join(', ')}.`);
  }

  static channelForbidden(): AuthError {
    return new AuthError('AUTH.CHANNEL_FORBIDDEN', 'Este token não dá acesso a este canal.');
  }

  static providerUnavailable(): AuthError {
    return new AuthError('AUTH.PROVIDER_UNAVAILABLE', 'Não foi possível validar o token agora; tente novamente.');
  }
}
