import { errorPage } from '../http/pages';

/** The part of Koa's context renderError touches. */
interface ErrorContext {
  get(header: string): string;
  type: string;
  body: unknown;
}

/**
 * `renderError`, for errors the provider cannot redirect back with (unknown client, bad redirect
 * URI, expired interaction): JSON `{ error, error_description }` when the caller accepts JSON
 * (the headless client), a small pt-BR page otherwise.
 */
export async function renderError(ctx: ErrorContext, out: Record<string, string>): Promise<void> {
  if (ctx.get('accept').includes('application/json')) {
    ctx.type = 'json';
    ctx.body = { error: out['error'], error_description: out['error_description'] };
    return;
  }
  ctx.type = 'html';
  ctx.body = errorPage(`Não foi possível concluir o login (${out['error']}: ${out['error_description'] ?? ''}).`);
}
