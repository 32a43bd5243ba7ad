// What every part of the page shares: the API call with the tab's token or the officer's session, messages, and small
// DOM helpers. A session (sign-in with the municipality's identity provider) lives in an HttpOnly cookie the page
// never sees; every change it makes carries the session's CSRF token, which only this page can read.
// Every refusal of the API is shown with its problem+json detail and fouten.
export const TOKEN_KEY = 'gbi.token';
export const SESSION_KEY = 'gbi.sessie';
let csrf = null;

/** The session's CSRF token (from GET /api/v1/token), or null when the page uses a token or nobody is signed in. */
export function useSession(token) {
  csrf = token;
  if (token) sessionStorage.setItem(SESSION_KEY, '1'); else sessionStorage.removeItem(SESSION_KEY);
}
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export const $ = (id) => document.getElementById(id);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || `Het verzoek werd geweigerd (${status})`);
    this.status = status;
    this.fouten = Array.isArray(problem.fouten) ? problem.fouten : [];
  }
}

export async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const changes = (options.method || 'GET') !== 'GET';
  const own = token ? { Authorization: `Bearer ${token}` } : (csrf && changes ? { 'X-CSRF-Token': csrf } : {});
  const headers = Object.assign(own, options.headers || {});
  let response;
  try {
    response = await fetch(path, Object.assign({}, options, { headers, credentials: 'same-origin' }));
  } catch (e) {
    throw new ApiError(0, { detail: 'De betaalmotor is niet bereikbaar. Probeer het later opnieuw.' });
  }
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (e) { /* not JSON: the status says enough */ }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export const json = async (path, options) => (await api(path, options)).json();

export function say(text, good = false, fouten = []) {
  const box = $('melding');
  box.replaceChildren(document.createTextNode(text));
  box.classList.toggle('goed', good);
  if (fouten.length) {
    const list = document.createElement('ul');
    for (const f of fouten) list.append(item(`${f.veld}: ${f.melding} (${f.code})`));
    box.append(list);
  }
  if (!good) box.focus();
}

export const fail = (e) => say(e instanceof ApiError ? e.message : `Onverwachte fout: ${e.message}`, false, e.fouten || []);
export const money = (n) => (n === null || n === undefined ? '' : euro.format(n));

export function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

export function row(cells, numeric = []) {
  const tr = document.createElement('tr');
  cells.forEach((cell, i) => {
    const td = document.createElement('td');
    if (cell instanceof Node) td.append(cell); else td.textContent = cell ?? '';
    if (numeric.includes(i)) td.className = 'getal';
    tr.append(td);
  });
  return tr;
}

export function button(text, onClick, label) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

export function fact(list, term, value, id) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  if (id) dd.id = id;
  if (value instanceof Node) dd.append(value); else dd.textContent = value ?? '—';
  list.append(dt, dd);
}

export function code(text) {
  const c = document.createElement('code');
  c.textContent = text ?? '—';
  return c;
}

const grouped = new Intl.NumberFormat('nl-NL');
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const longMonth = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A count as the Netherlands writes it: 1.234. */
export const count = (n) => (n === null || n === undefined ? '' : grouped.format(n));
/** A date (JJJJ-MM-DD) as the Netherlands writes it: 2 december 2026. */
export const date = (iso) => (iso ? longDate.format(new Date(`${iso}T12:00:00Z`)) : '');
/** A month (JJJJ-MM) as the Netherlands writes it: juli 2025. */
export const month = (ym) => (ym ? longMonth.format(new Date(`${ym}-01T00:00:00Z`)) : '');
/** The batch and payment states as the page names them; a state the page does not know is shown as it comes. */
export const BATCH_STATUS = {
  CREATED: 'aangemaakt (met bevindingen)', AWAITING_APPROVAL: 'wacht op goedkeuring', APPROVED: 'goedgekeurd',
  EXPORTED: 'geëxporteerd', ACCEPTED: 'geaccepteerd door de bank', PARTLY_REJECTED: 'deels geweigerd',
  RETURNED: 'met terugboekingen', REJECTED: 'afgewezen', CANCELLED: 'geannuleerd',
};
export const PAYMENT_STATUS = {
  PLANNED: 'gepland', IN_BATCH: 'in batch', SENT: 'verstuurd', ACCEPTED: 'geaccepteerd', REJECTED: 'geweigerd door de bank',
  RETURNED: 'teruggestort', RELEASED: 'vrijgegeven (batch afgewezen)',
};
export const batchStatus = (s) => BATCH_STATUS[s] ?? s;
export const paymentStatus = (s) => PAYMENT_STATUS[s] ?? s;
const longMoment = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });
/** A moment (ISO 8601) as the Netherlands writes it, Amsterdam time: 2 december 2026 om 14:05:09. */
export const moment = (iso) => (iso ? longMoment.format(new Date(iso)) : '');
