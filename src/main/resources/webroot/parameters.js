// The parameter sets for ops (docs/parameters.md): whether the law's figures are there in time, the latest sets, and
// one set's differences with the half-year before, to approve or reject by a second person. The section shows only
// when GET /api/v1/parametersets answers (ops).
import { $, button, code, date, fact, fail, item, json, moment, row, say } from './ui.js';

const STATUS = { VOORGESTELD: 'voorgesteld, wacht op een tweede persoon', GOEDGEKEURD: 'goedgekeurd, in werking', AFGEWEZEN: 'afgewezen' };
const view = { id: null };
const amount = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A figure as the law writes it: euros with two decimals, or whole months for the AOW-leeftijd. */
function figure(key, value) {
  if (value === null || value === undefined) return '—';
  return key === 'AOW_LEEFTIJD_MAANDEN' ? `${value} maanden` : amount.format(value);
}

export async function showParametersIfAllowed() {
  try {
    await listSets();
    $('normen').hidden = false;
    return null;
  } catch (e) {
    $('normen').hidden = true;
    return e.status === 403 ? null : e;
  }
}

export function closeParameters() {
  view.id = null;
  $('normen').hidden = true;
  $('normenset').hidden = true;
}

async function listSets() {
  const body = await json('/api/v1/parametersets');
  const warning = $('normen-waarschuwing');
  warning.hidden = !body.gereed.waarschuwing;
  warning.textContent = body.gereed.waarschuwing ? body.gereed.melding : '';
  const rows = body.parametersets.map((s) => row([button(`Open set ${s.id}`, () => openSet(s.id).catch(fail)),
    STATUS[s.status] || s.status, s.geldigVanaf.map(date).join(', '), s.bron === 'SEED' ? 'meegeleverd bestand' : s.voorgesteld.door,
    s.besluit ? `${s.besluit.door}${s.besluit.reden ? ` — ${s.besluit.reden}` : ''}` : '—']));
  $('normen-lijst').tBodies[0].replaceChildren(...rows);
}

async function openSet(id) {
  const s = await json(`/api/v1/parametersets/${id}`);
  view.id = id;
  const facts = $('normenset-feiten');
  facts.replaceChildren();
  fact(facts, 'Set', String(s.id));
  fact(facts, 'Status', STATUS[s.status] || s.status, 'normenset-status');
  fact(facts, 'Geldig vanaf', s.geldigVanaf.map(date).join(', '));
  fact(facts, 'SHA-256 van de cijfers', code(s.sha256));
  fact(facts, 'Vervangt', s.vervangt ? `set ${s.vervangt}` : '—');
  fact(facts, 'Voorgesteld', `${s.voorgesteld.door}, ${moment(s.voorgesteld.op)}`);
  if (s.besluit) fact(facts, 'Besluit', `${s.besluit.door}, ${moment(s.besluit.op)}`);
  for (const [key, why] of Object.entries(s.afwezig)) fact(facts, `${key} afwezig`, why);
  const rows = s.verschillen.map((v) => {
    const tr = row([v.key, date(v.geldigVanaf), figure(v.key, v.vorige), figure(v.key, v.huidig), figure(v.key, v.nieuw),
      v.procent === null ? '—' : `${v.procent > 0 ? '+' : ''}${amount.format(v.procent)}%`], [2, 3, 4, 5]);
    tr.dataset.key = v.key;
    return tr;
  });
  $('normenset-verschillen').tBodies[0].replaceChildren(...rows);
  const findings = s.bevindingen.map((b) => item(`${b.code}: ${b.melding} — reden: ${b.reden ?? 'geen'}`));
  $('normenset-bevindingen').replaceChildren(...(findings.length ? findings : [item('Geen: elk cijfer ligt binnen de regels.')]));
  $('normenset-weigeringen').replaceChildren(...s.weigeringen.map((w) => item(`Geweigerd: ${w}`)));
  $('normenset-besluit').hidden = s.status !== 'VOORGESTELD';
  $('normen-gezien').checked = false;
  $('normen-reden').value = '';
  $('normenset').hidden = false;
  $('normenset-kop').textContent = `Parameterset ${s.id}`;
  $('normenset-kop').focus();
}

async function decide(path, body, done) {
  await json(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  say(done, true);
  await listSets();
  await openSet(view.id);
}

function approve() {
  if (!$('normen-gezien').checked) {
    say('Bevestig eerst dat u elk verschil met het halfjaar ervoor hebt gezien.');
    $('normen-gezien').focus();
    return;
  }
  decide(`/api/v1/parametersets/${view.id}/approvals`, {}, `Parameterset ${view.id} is goedgekeurd en in werking.`).catch(fail);
}

function reject() {
  decide(`/api/v1/parametersets/${view.id}/rejection`, { reden: $('normen-reden').value.trim() },
    `Parameterset ${view.id} is afgewezen.`).catch(fail);
}

export function connectParameters() {
  $('normen-verversen').addEventListener('click', () => listSets().catch(fail));
  $('normen-goedkeuren').addEventListener('click', approve);
  $('normen-afwijzen').addEventListener('click', reject);
}
