/**
 * The part of oidc-provider 8 (an ES module without bundled types) that apps/identity uses.
 * Shapes follow https://github.com/panva/node-oidc-provider/blob/v8.x/docs/README.md.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** The registered client, as oidc-provider exposes it to helpers. */
  export interface ClientView {
    clientId: string;
    scope?: string;
    grantTypeAllowed(type: string): boolean;
  }

  /** `ctx.oidc` of the Koa context the helpers receive. */
  export interface OidcContext {
    route: string;
    params?: Record<string, unknown>;
    client?: ClientView;
  }

  export interface KoaContextWithOIDC {
    oidc: OidcContext;
  }

  export interface TokenView {
    kind: string;
    clientId: string;
    accountId?: string;
  }

  export interface AccountView {
    accountId: string;
    claims(): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface InteractionView {
    uid: string;
    prompt: { name: string; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantClass {
    new (props: { accountId?: string; clientId: string }): GrantInstance;
    find(id: string): Promise<GrantInstance | undefined>;
  }

  export type Configuration = Record<string, unknown>;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: GrantClass;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionView>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  type OidcErrorClass = new (description?: string, detail?: string) => Error;

  export const errors: {
    InvalidScope: OidcErrorClass;
    InvalidTarget: OidcErrorClass;
    SessionNotFound: OidcErrorClass;
  };
}
