const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
}

/** The login form of an interaction: CPF for customers, username for staff. */
export function loginPage(uid: string, logins: 'customer' | 'staff', message?: string): string {
  const label = logins === 'customer' ? 'CPF' : 'Usuário';
  return page(
    'Entrar',
    `<h1>Entrar</h1>${message ? `<p role="alert">${escape(message)}</p>` : ''}` +
      `<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">` +
      `<label>${label} <input name="login" autocomplete="username" required></label>` +
      `<label>Senha <input name="password" type="password" autocomplete="current-password" required></label>` +
      `<button type="submit">Entrar</button></form>`,
  );
}

/** The redirect URI page of the first-party clients: shows what arrived, nothing else. */
export function callbackPage(clientId: string, query: URLSearchParams): string {
  const rows = [...query].map(([k, v]) => `<dt>${escape(k)}</dt><dd><code>${escape(v)}</code></dd>`).join('');
  return page(`Retorno de ${clientId}`, `<h1>Retorno de ${escape(clientId)}</h1><dl>${rows}</dl>`);
}

export const errorPage = (message: string): string => page('Erro', `<h1>Erro</h1><p>${escape(message)}</p>`);
