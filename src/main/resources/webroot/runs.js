// The betaalruns for ops: the latest runs, and the chosen run's progress per municipality and report, read
// again every RUN_REFRESH_MS while it runs. The section shows only when GET /api/v1/betaalruns answers.
import { $, button, code, count, fact, fail, item, json, moment, money, row } from './ui.js';

const RUN_REFRESH_MS = 2000;
const runView = { id: null, timer: null, status: null, open: new Set() };
// What the batch part of the page does when a run's batch is opened, or a run has just made its batches.
const batchPage = { open: async () => {}, list: async () => {} };
const RUN_STATUS = { RUNNING: 'loopt', COMPLETED: 'is klaar', FAILED: 'is mislukt' };
const RUN_NAME = { RUNNING: 'loopt', COMPLETED: 'klaar', FAILED: 'mislukt' };
// What the keys of the report mean. A key the page does not know is shown as it comes, so new kinds appear as is.
const EXPLAINED = {
  NABETALING: 'eerder te weinig betaald', VORDERING: 'eerder te veel betaald', GEEN_VERSCHIL: 'opnieuw berekend, zelfde bedrag',
  AFLOSSING: 'ingehouden op een openstaande vordering', ALREADY_PAID: 'al betaald',
  HERBEREKENING_WAITS: 'herberekening wacht tot de batch van die maand is verstuurd of afgewezen',
  BLOCKED_IBAN: 'IBAN geblokkeerd na een weigering door de bank',
  STOPPED_DOSSIER: 'dossier gestopt na een melding van de bank', RETURNED_NOT_REPAID: 'teruggeboekt, wacht op een nieuw IBAN',
};
// The report's maps of {aantal, totaal} with a title; any other such map is shown too, under its own name.
const REPORTS = { betalingen: 'Betalingen per soort', overgeslagen: 'Overgeslagen, met de reden', herberekeningen: 'Herberekeningen' };
const cents = (euros) => Math.round(euros * 100);
const when = (iso) => (iso ? moment(iso) : '—');

function explain(key) {
  const [reason, bankCode] = key.split(':');
  const text = EXPLAINED[reason];
  if (!text) return key;
  return `${key} — ${text}${bankCode ? ` (bankcode ${bankCode})` : ''}`;
}

function isTotals(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    && Object.values(value).every((t) => t !== null && typeof t === 'object' && 'aantal' in t && 'totaal' in t);
}

function reportNames(report) {
  const others = Object.keys(report).filter((k) => !(k in REPORTS) && isTotals(report[k])).sort();
  return [...Object.keys(REPORTS).filter((k) => isTotals(report[k])), ...others];
}

/** A row of one cell over the whole table, for a table with nothing to show. */
function none(text, columns) {
  const tr = document.createElement('tr');
  const td = cell('td', text);
  td.colSpan = columns;
  tr.append(td);
  return tr;
}

function cell(tag, content, className, scope) {
  const c = document.createElement(tag);
  if (content instanceof Node) c.append(content); else c.textContent = content ?? '';
  if (className) c.className = className;
  if (scope) c.scope = scope;
  return c;
}

/** A table of one {KEY: {aantal, totaal}} map; payments get a sum row (in cents, never adding floats). */
function totalsTable(name, totals, caption) {
  const table = document.createElement('table');
  table.dataset.rapport = name;
  table.createCaption().textContent = caption;
  table.createTHead().insertRow().append(cell('th', name === 'overgeslagen' ? 'Reden' : 'Soort', null, 'col'),
    cell('th', 'Aantal', 'getal', 'col'), cell('th', 'Totaal', 'getal', 'col'));
  const body = table.createTBody();
  const keys = Object.keys(totals).sort();
  for (const key of keys) {
    const tr = document.createElement('tr');
    tr.dataset.key = key;
    tr.append(cell('th', explain(key), null, 'row'), cell('td', count(totals[key].aantal), 'getal'),
      cell('td', money(totals[key].totaal), 'getal'));
    body.append(tr);
  }
  if (!keys.length) body.append(none('Geen.', 3));
  if (name === 'betalingen' && keys.length) {
    const sum = keys.reduce((s, k) => ({ aantal: s.aantal + totals[k].aantal, cents: s.cents + cents(totals[k].totaal) }),
      { aantal: 0, cents: 0 });
    const tr = document.createElement('tr');
    tr.append(cell('th', 'Samen', null, 'row'), cell('td', count(sum.aantal), 'getal'), cell('td', money(sum.cents / 100), 'getal'));
    table.createTFoot().append(tr);
  }
  return table;
}

function reportTables(report, suffix = '') {
  return reportNames(report).map((name) => totalsTable(name, report[name], `${REPORTS[name] || name}${suffix}`));
}

/** Connects the run view to the batch part of the page: its batch buttons and its list after a run. */
export function connectBatches(openBatch, listBatches) {
  batchPage.open = openBatch;
  batchPage.list = listBatches;
}

export async function listRuns() {
  const body = await json('/api/v1/betaalruns');
  const rows = body.runs.map((r) => {
    const open = button(`Betaalrun ${r.periode}`, () => openRun(r.id).catch(fail),
      `Open betaalrun ${r.periode}, gestart op ${when(r.gestartOp)}`);
    open.dataset.run = r.id;
    if (r.id === runView.id) open.setAttribute('aria-current', 'true');
    return row([open, RUN_NAME[r.status] ?? r.status, when(r.gestartOp), when(r.klaarOp), code(r.id)]);
  });
  $('runs-lijst').tBodies[0].replaceChildren(...rows);
  if (!rows.length) $('runs-lijst').tBodies[0].append(none('Nog geen betaalruns.', 5));
}

/** Shows the section when the token may list runs (ops); a 403 hides it. Any other failure is returned. */
export async function showRunsIfAllowed() {
  try {
    await listRuns();
    $('runs').hidden = false;
    return null;
  } catch (e) {
    $('runs').hidden = true;
    return e.status === 403 ? null : e;
  }
}

function stopRunRefresh() {
  clearTimeout(runView.timer);
  runView.timer = null;
}

export function closeRun() {
  stopRunRefresh();
  runView.id = null;
  runView.status = null;
  $('run').hidden = true;
}

async function openRun(id) {
  stopRunRefresh();
  runView.id = id;
  runView.status = null;
  runView.open.clear();
  await showRun(id);
  await listRuns();
  $('run-kop').focus();
}

/** Reads and shows the run; while it runs, again in RUN_REFRESH_MS. A run chosen meanwhile wins. */
async function showRun(id) {
  const run = await json(`/api/v1/betaalruns/${encodeURIComponent(id)}`);
  if (runView.id !== id) return;
  const ended = runView.status === 'RUNNING' && run.status !== 'RUNNING';
  runView.status = run.status;
  renderRun(run);
  $('run').hidden = false;
  if (run.status === 'RUNNING') {
    runView.timer = setTimeout(() => showRun(id).catch(refreshFailed), RUN_REFRESH_MS);
  } else if (ended) {
    await listRuns();
    await batchPage.list();
  }
}

function refreshFailed(e) {
  runView.timer = null;
  $('run-stand').textContent = 'Het verversen is gestopt na een fout. Kies de betaalrun opnieuw om verder te kijken.';
  fail(e);
}

/** Renders the run anew; the keyboard focus stays on the same button or summary when the view refreshes. */
function renderRun(run) {
  const focused = $('run').contains(document.activeElement) ? document.activeElement.dataset.focus : undefined;
  fillRun(run);
  if (focused) document.querySelector(`#run [data-focus="${focused}"]`)?.focus();
}

function fillRun(run) {
  $('run-kop').textContent = `Betaalrun ${run.periode}`;
  const stand = run.status === 'RUNNING'
    ? `Betaalrun ${run.periode} loopt. De stand wordt elke ${RUN_REFRESH_MS / 1000} seconden ververst.`
    : `Betaalrun ${run.periode} ${RUN_STATUS[run.status] || run.status}.`;
  // Only a change is announced: the same sentence every 2 seconds would drown the screen reader.
  if ($('run-stand').textContent !== stand) $('run-stand').textContent = stand;
  const chunks = run.gemeenten.reduce((s, g) => ({ klaar: s.klaar + g.chunksKlaar, totaal: s.totaal + g.chunksTotaal }),
    { klaar: 0, totaal: 0 });
  const facts = $('run-feiten');
  facts.replaceChildren();
  fact(facts, 'Status', RUN_NAME[run.status] ?? run.status, 'run-status');
  $('run-status').dataset.status = run.status;
  fact(facts, 'Kenmerk', code(run.id));
  fact(facts, 'Gestart op', when(run.gestartOp));
  fact(facts, 'Klaar op', when(run.klaarOp));
  if (run.klaarOp) fact(facts, 'Duur', `${Math.round((Date.parse(run.klaarOp) - Date.parse(run.gestartOp)) / 1000)} s`);
  fact(facts, 'Chunks klaar', `${count(chunks.klaar)} van ${count(chunks.totaal)}`, 'run-chunks');
  fact(facts, 'Gemeenten met batch klaar', `${run.gemeenten.filter((g) => g.batchKlaar).length} van ${run.gemeenten.length}`);
  fact(facts, 'Berekend', count(run.rapport.berekend), 'run-berekend');
  fact(facts, 'Geweigerd', count(run.rapport.geweigerd), 'run-geweigerd');
  if (run.afstemming) {
    fact(facts, 'Afstemming: maanden die niet sluiten', count(run.afstemming.afwijkingen), 'run-afstemming');
  }
  $('run-gemeenten').tBodies[0].replaceChildren(...run.gemeenten.map(progressRow));
  $('run-rapport').replaceChildren(...reportTables(run.rapport));
  renderRefusals(run.gemeenten);
  $('run-per-gemeente').replaceChildren(...run.gemeenten.filter(hasReport).map(tenantReport));
}

function progressRow(g) {
  const tr = document.createElement('tr');
  tr.dataset.gemeente = g.gemeente;
  let chunks;
  if (g.chunksTotaal === 0) {
    chunks = document.createTextNode('geen dossiers');
  } else {
    chunks = document.createElement('span');
    const bar = document.createElement('progress');
    bar.max = g.chunksTotaal;
    bar.value = g.chunksKlaar;
    bar.setAttribute('aria-label', `${g.gemeente}: ${g.chunksKlaar} van ${g.chunksTotaal} chunks klaar`);
    chunks.append(bar, ` ${g.chunksKlaar} van ${g.chunksTotaal}`);
  }
  const batch = g.batchId !== null && g.batchId !== undefined
    ? batchButtons(g)
    : (g.batchKlaar ? 'niets te betalen' : '—');
  tr.append(cell('th', g.gemeente, null, 'row'), cell('td', chunks), cell('td', count(g.dossiers), 'getal'),
    cell('td', count(g.berekend), 'getal'), cell('td', count(g.geweigerd), 'getal'), cell('td', batch),
    cell('td', g.batchKlaar ? 'ja' : 'nee'));
  return tr;
}

/** One button per batch of the tenant's run (a run larger than one batch has several, each approved on its own). */
function batchButtons(g) {
  const parts = g.batches?.length ? g.batches : [{ batchId: g.batchId }];
  const span = document.createElement('span');
  parts.forEach((b, i) => {
    const open = button(`Batch ${b.batchId}`, () => batchPage.open(b.batchId).catch(fail),
      `Open batch ${b.batchId} van ${g.gemeente}` + (parts.length > 1 ? ` (deel ${i + 1} van ${parts.length})` : ''));
    open.dataset.focus = `batch-${b.batchId}`;
    span.append(...(i ? [' '] : []), open);
  });
  return parts.length === 1 ? span.firstChild : span;
}

function renderRefusals(gemeenten) {
  const rows = gemeenten.flatMap((g) => g.weigeringen.map((w) => {
    const fouten = document.createElement('ul');
    fouten.append(...(Array.isArray(w.fouten) ? w.fouten : []).map((f) =>
      item(`${f.veld ? `${f.veld}: ` : ''}${f.melding ?? ''} (${f.code})`)));
    return row([g.gemeente, w.dossierId, fouten]);
  }));
  $('run-weigeringen').tBodies[0].replaceChildren(...rows);
  if (!rows.length) $('run-weigeringen').tBodies[0].append(none('Geen weigeringen.', 3));
}

function hasReport(g) {
  return g.berekend + g.geweigerd > 0 || reportNames(g).some((name) => Object.keys(g[name]).length > 0);
}

/** One municipality's report, folded; what is unfolded stays so when the view refreshes. */
function tenantReport(g) {
  const details = document.createElement('details');
  details.dataset.gemeente = g.gemeente;
  details.open = runView.open.has(g.gemeente);
  details.addEventListener('toggle', () => {
    if (details.open) runView.open.add(g.gemeente); else runView.open.delete(g.gemeente);
  });
  const paid = Object.values(g.betalingen || {}).reduce((s, t) => s + cents(t.totaal), 0);
  const summary = document.createElement('summary');
  summary.dataset.focus = `rapport-${g.gemeente}`;
  summary.textContent = `${g.gemeente}: ${g.berekend} berekend, ${g.geweigerd} geweigerd, ${money(paid / 100)} in de batch`;
  details.append(summary, ...reportTables(g, ` — ${g.gemeente}`));
  return details;
}
