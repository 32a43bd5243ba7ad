// The finance officers' and ops' page: plain ES modules, no framework, no CDN. Officers sign in with their
// municipality's identity provider (a session cookie the page never sees) or, like ops, with a token that lives in
// sessionStorage only; what the caller may read decides what is shown (the betaalruns only to ops).
import { $, SESSION_KEY, TOKEN_KEY, api, useSession, batchStatus, button, code, count, date, fact, fail, item, json, moment, money, paymentStatus, row,
  say }
  from './ui.js';
import { closeRun, connectBatches, listRuns, showRunsIfAllowed } from './runs.js';
import { connectDossier } from './rekening.js';
import { closeParameters, connectParameters, showParametersIfAllowed } from './parameters.js';
import { closeWerkvoorraad, connectWerkvoorraad, listWerkvoorraad, showWerkvoorraadIfAllowed } from './werkvoorraad.js';

const PAGE = 25;
const state = { batch: null, offset: 0 };

function signedIn(yes) {
  $('aanmelden').hidden = yes;
  for (const id of ['lijst', 'audit', 'afmelden']) $(id).hidden = !yes;
  if (!yes) {
    $('batch').hidden = true;
    $('runs').hidden = true;
    $('dossier').hidden = true;
    closeRun();
    closeParameters();
    closeWerkvoorraad();
  }
  $('wie').textContent = yes ? 'Aangemeld' : '';
}

const ROLES = { 'finance-officer': 'finance officer', ops: 'ops' };

/**
 * Who the token is (GET /api/v1/token), then the parts that role may use: ops the runs and parameter sets, both the
 * batches, the werkvoorraad and the audit trail, finance officers the dossierrekening. Nothing is asked that the role
 * may not read, so signing in logs no refusal. The first failure of a part, if any.
 */
async function showPartsOf() {
  const me = await json('/api/v1/token');
  useSession(me.sessie ? me.csrf : null);
  if (!ROLES[me.role]) {
    throw new Error(`deze pagina is voor finance officers en ops; dit token heeft de rol ${me.role}`);
  }
  await listBatches();
  const ops = me.role === 'ops';
  let failed = null;
  if (ops) {
    failed = (await showRunsIfAllowed()) || (await showParametersIfAllowed());
  }
  failed = (await showWerkvoorraadIfAllowed(ops)) || failed;
  signedIn(true);
  $('wie').textContent = `Aangemeld als ${me.naam} (${ROLES[me.role]}${me.tenant ? `, ${me.tenant}` : ''})`;
  connectDossier(!ops);
  return failed;
}

async function signIn(event) {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  $('token').value = '';
  try {
    const failed = await showPartsOf();
    say('U bent aangemeld.', true);
    if (failed) fail(failed);
  } catch (e) {
    sessionStorage.removeItem(TOKEN_KEY);
    signedIn(false);
    fail(e);
  }
}

async function signOut() {
  if (!sessionStorage.getItem(TOKEN_KEY) && sessionStorage.getItem(SESSION_KEY)) {
    try { await api('/api/v1/sessie', { method: 'DELETE' }); } catch (e) { if (e.status !== 401) { fail(e); return; } }
  }
  useSession(null);
  sessionStorage.removeItem(TOKEN_KEY);
  state.batch = null;
  signedIn(false);
  say('U bent afgemeld.', true);
  $('token').focus();
}

async function listBatches(event) {
  if (event) event.preventDefault();
  const status = $('status').value;
  const body = await json(`/api/v1/batches${status ? `?status=${encodeURIComponent(status)}` : ''}`);
  const rows = body.batches.map((b) => row([button(`Open batch ${b.id}`, () => openBatch(b.id).catch(fail)),
    b.tenant, batchStatus(b.status), date(b.uitvoerdatum) + (b.uitvoerdatumVerschoven ? ' (verschoven)' : ''), count(b.aantal),
    money(b.totaal), count(b.goedkeuringenNodig)], [4, 5, 6]));
  $('batches').tBodies[0].replaceChildren(...rows);
  if (!rows.length) $('batches').tBodies[0].append(row(['Geen batches met deze status.']));
}

async function openBatch(id) {
  const b = await json(`/api/v1/batches/${id}`);
  state.batch = b;
  state.offset = 0;
  $('batch').hidden = false;
  $('batch-kop').textContent = `Batch ${b.id} — ${b.tenant}`;
  if (b.runId === null && b.perSoort.some((t) => t.soort === 'VOORSCHOT')) {
    const badge = document.createElement('span');
    badge.id = 'batch-voorschot';
    badge.className = 'badge';
    badge.textContent = 'voorschot';
    $('batch-kop').append(' ', badge);
  }
  const facts = $('batch-feiten');
  facts.replaceChildren();
  fact(facts, 'Status', batchStatus(b.status), 'batch-status');
  $('batch-status').dataset.status = b.status;
  fact(facts, 'Uitvoerdatum', executionDate(b), 'batch-uitvoerdatum');
  if (b.uitvoerdatumVerschoven) $('batch-uitvoerdatum').className = 'waarschuwing';
  fact(facts, 'Aantal betalingen', count(b.aantal), 'batch-aantal');
  fact(facts, 'Totaal', money(b.totaal), 'batch-totaal');
  fact(facts, 'SHA-256 (wat u goedkeurt)', code(b.sha256), 'batch-sha256');
  fact(facts, 'Bestand ongewijzigd', b.bestandOngewijzigd ? 'ja' : 'NEE — het opgeslagen bestand is gewijzigd');
  fact(facts, 'Goedkeuringen', `${count(b.geldigeGoedkeuringen)} van ${count(b.goedkeuringenNodig)} nodig`, 'batch-goedkeuringen');
  if (b.reden) fact(facts, 'Reden van afwijzing', b.reden);
  $('bestanden').tBodies[0].replaceChildren(...b.bestanden.map((f) => row([String(f.index), f.msgId, count(f.aantal),
    money(f.totaal), code(f.sha256), button(`Download bestand ${f.index}`, () => download(b, f).catch(fail),
      `Download pain.001 bestand ${f.index} van batch ${b.id}`)], [2, 3])));
  const findings = [...b.bevindingen, ...b.bestanden.flatMap((f) => f.bevindingen)];
  $('bevindingen').replaceChildren(...(findings.length ? findings.map((f) => item(`${f.veld}: ${f.melding} (${f.code})`))
    : [item('Geen bevindingen: de bestanden voldoen aan het XSD en de SEPA-regels.')]));
  showRails(b);
  const totals = (list, name) => list.map((t) => row([name(t.soort), count(t.aantal), money(t.totaal)], [1, 2]));
  $('per-soort').tBodies[0].replaceChildren(...totals(b.perSoort, (s) => s));
  $('per-status').tBodies[0].replaceChildren(...totals(b.perStatus, paymentStatus));
  $('goedkeuringen').replaceChildren(...(b.goedkeuringen.length ? b.goedkeuringen.map((g) => item(
    `${g.naam} op ${moment(g.op)}: ${count(g.aantal)} betalingen, ${money(g.totaal)}, SHA-256 ${g.sha256}`
    + (g.geldig ? '' : ' — TELT NIET MEER: het bestand wijkt af'))) : [item('Nog geen goedkeuringen.')]));
  $('goedkeuren').disabled = b.status !== 'AWAITING_APPROVAL';
  $('afwijzen').disabled = !['CREATED', 'AWAITING_APPROVAL', 'APPROVED'].includes(b.status);
  $('download-uitkomst').textContent = '';
  await showPayments();
  $('batch-kop').focus();
}

async function showPayments() {
  const b = state.batch;
  const page = await json(`/api/v1/batches/${b.id}/payments?vanaf=${state.offset}&aantal=${PAGE}`);
  $('betalingen').tBodies[0].replaceChildren(...page.betalingen.map((p) => row([p.endToEndId, p.dossierId, p.soort,
    money(p.bedrag), p.iban, p.naam, bankName(p), paymentStatus(p.status) + (p.redencode ? ` (${p.redencode})` : '')], [3])));
  $('vorige').disabled = state.offset === 0;
  $('volgende').disabled = page.betalingen.length < PAGE;
}

/** The name exactly as the pain.001 carries it (SEPA characters, at most 70); the engine leaves it out when it cannot. */
function bankName(p) {
  return p.naamVoorBank ?? 'kan niet naar de bank (zie de bevindingen)';
}

/** The date the bank is asked to pay, and why it is not the wanted one when the batch was made too late for that. */
function executionDate(b) {
  return b.uitvoerdatumVerschoven
    ? `${date(b.uitvoerdatum)} — verschoven van ${date(b.gewensteUitvoerdatum)}: de batch is gemaakt toen die datum al voorbij was of de bank hem niet meer haalt`
    : date(b.uitvoerdatum);
}

/** What the safety rails found before approval (docs/approval.md): each finding must be acknowledged with a reason. */
function showRails(b) {
  const rails = b.vangrails ?? { gecontroleerd: false, bevindingen: [] };
  $('vangrails-uitleg').textContent = !rails.gecontroleerd
    ? 'Niet gecontroleerd: de batch wacht niet op goedkeuring.'
    : (rails.vorigeBatch === null ? 'Vergeleken met: geen eerdere gewone batch van deze gemeente.'
      : `Vergeleken met batch ${rails.vorigeBatch}.`) + (rails.bevindingen.length ? '' : ' Geen bevindingen.');
  $('vangrails').replaceChildren(...rails.bevindingen.map((f) => {
    const li = item(`${f.blokkerend ? 'BLOKKEREND — ' : ''}${f.melding} (${f.code})`);
    li.className = f.blokkerend ? 'fout' : 'waarschuwing';
    return li;
  }));
}

function confirmApproval() {
  const b = state.batch;
  $('g-gemeente').textContent = b.tenant;
  const findings = b.vangrails?.bevindingen ?? [];
  const box = $('g-bevindingen');
  box.replaceChildren();
  if (findings.length) {
    const intro = document.createElement('p');
    intro.textContent = `Deze batch heeft ${findings.length === 1 ? 'een bevinding' : `${findings.length} bevindingen`}.`
      + ' Bevestig elke bevinding met een reden; die komt in het auditspoor.';
    box.append(intro);
  }
  findings.forEach((f, i) => {
    const label = document.createElement('label');
    label.htmlFor = `g-reden-${i}`;
    label.textContent = `${f.blokkerend ? 'BLOKKEREND: ' : ''}${f.melding} (${f.code})`;
    const reason = document.createElement('textarea');
    reason.id = `g-reden-${i}`;
    reason.rows = 2;
    reason.maxLength = 500;
    reason.dataset.code = f.code;
    reason.disabled = f.blokkerend;
    reason.required = !f.blokkerend;
    box.append(label, reason);
  });
  const blocked = findings.some((f) => f.blokkerend);
  $('g-bevestig').disabled = blocked;
  if (blocked) {
    const stop = document.createElement('p');
    stop.className = 'fout';
    stop.textContent = 'Deze batch kan niet worden goedgekeurd; wijs hem af.';
    box.append(stop);
  }
  $('g-uitvoerdatum').textContent = executionDate(b);
  $('g-uitvoerdatum').className = b.uitvoerdatumVerschoven ? 'waarschuwing' : '';
  $('g-sha256').textContent = b.sha256 ?? 'geen bestand';
  $('g-aantal').textContent = count(b.aantal);
  $('g-totaal').textContent = money(b.totaal);
  $('bevestig-goedkeuring').showModal();
}

async function approvalClosed() {
  if ($('bevestig-goedkeuring').returnValue !== 'bevestig') return;
  const b = state.batch;
  const shown = { sha256: b.sha256, aantal: b.aantal, totaal: b.totaal };
  const reasons = [...$('g-bevindingen').querySelectorAll('textarea[data-code]')];
  if (reasons.length) shown.bevindingen = Object.fromEntries(reasons.filter((r) => !r.disabled)
    .map((r) => [r.dataset.code, r.value]));
  try {
    const after = await json(`/api/v1/batches/${b.id}/approvals`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(shown) });
    await openBatch(b.id);
    await listBatches();
    if (!$('werkvoorraad').hidden) await listWerkvoorraad();
    say(`Batch ${b.id} goedgekeurd (${after.geldigeGoedkeuringen} van ${after.goedkeuringenNodig}); status ${batchStatus(after.status)}.`, true);
  } catch (e) { fail(e); }
}

function confirmRejection() {
  const b = state.batch;
  $('a-batch').textContent = String(b.id);
  $('a-aantal').textContent = count(b.aantal);
  $('a-totaal').textContent = money(b.totaal);
  $('a-sha256').textContent = b.sha256 ?? 'geen bestand';
  $('a-reden').value = '';
  $('bevestig-afwijzing').showModal();
}

async function rejectionClosed() {
  if ($('bevestig-afwijzing').returnValue !== 'bevestig') return;
  const b = state.batch;
  try {
    await json(`/api/v1/batches/${b.id}/rejection`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reden: $('a-reden').value }) });
    await openBatch(b.id);
    await listBatches();
    if (!$('werkvoorraad').hidden) await listWerkvoorraad();
    say(`Batch ${b.id} is afgewezen; de betalingen komen vrij voor een latere run.`, true);
  } catch (e) { fail(e); }
}

const hex = (buffer) => [...new Uint8Array(buffer)].map((x) => x.toString(16).padStart(2, '0')).join('');

async function download(b, file) {
  const response = await api(`/api/v1/batches/${b.id}/pain001?file=${file.index}`);
  const bytes = await response.arrayBuffer();
  const computed = hex(await crypto.subtle.digest('SHA-256', bytes));
  const announced = response.headers.get('X-Content-SHA256');
  const matches = computed === announced && computed === file.sha256;
  const verdict = matches
    ? `Bestand ${file.index} gedownload. SHA-256 ${computed} klopt met de goedgekeurde hash.`
    : `LET OP: SHA-256 van de download (${computed}) wijkt af van de goedgekeurde hash (${file.sha256}). Stuur dit bestand niet naar de bank.`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/xml' }));
  link.download = `${file.msgId.replaceAll('/', '-')}.xml`;
  document.body.append(link);
  link.click();
  link.remove();
  await openBatch(b.id);
  await listBatches();
  const out = $('download-uitkomst');
  out.textContent = verdict;
  out.dataset.sha256 = computed;
  if (!matches) say(verdict);
}

async function upload(event, input, path) {
  event.preventDefault();
  const file = $(input).files[0];
  if (!file) { say('Kies eerst een bestand.'); $(input).focus(); return; }
  try {
    const body = await json(path, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: file });
    say(`Verwerkt: ${JSON.stringify(body)}`, true);
    if (state.batch) await openBatch(state.batch.id);
  } catch (e) { fail(e); }
}

async function showAudit(event) {
  event.preventDefault();
  const params = new URLSearchParams({ na: $('audit-na').value || '0', aantal: '100' });
  if ($('audit-tenant').value) params.set('tenant', $('audit-tenant').value.trim());
  try {
    const body = await json(`/api/v1/audit?${params}`);
    $('audit-regels').tBodies[0].replaceChildren(...body.regels.map((r) => row([String(r.seq),
      moment(r.tijd), `${r.actorNaam} (${r.persoon ?? r.actor})`, r.actie, r.onderwerp, r.details,
      code(r.hash.slice(0, 16) + '…')])));
    if (!body.regels.length) $('audit-regels').tBodies[0].append(row(['Geen regels.']));
  } catch (e) { fail(e); }
}

document.addEventListener('DOMContentLoaded', () => {
  connectBatches(openBatch, () => listBatches());
  $('aanmeld-form').addEventListener('submit', signIn);
  $('afmelden').addEventListener('click', signOut);
  $('filter-form').addEventListener('submit', (e) => listBatches(e).catch(fail));
  $('goedkeuren').addEventListener('click', confirmApproval);
  $('afwijzen').addEventListener('click', confirmRejection);
  $('bevestig-goedkeuring').addEventListener('close', approvalClosed);
  $('bevestig-afwijzing').addEventListener('close', rejectionClosed);
  $('vorige').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); showPayments().catch(fail); });
  $('volgende').addEventListener('click', () => { state.offset += PAGE; showPayments().catch(fail); });
  $('status-form').addEventListener('submit', (e) => upload(e, 'statusrapport', `/api/v1/batches/${state.batch.id}/status-reports`));
  $('returns-form').addEventListener('submit', (e) => upload(e, 'terugboekingen', '/api/v1/returns'));
  $('audit-form').addEventListener('submit', showAudit);
  $('runs-verversen').addEventListener('click', () => listRuns().catch(fail));
  connectParameters();
  connectWerkvoorraad(openBatch);
  showSignIns().catch(fail);
  const justSignedIn = new URLSearchParams(location.search).has('aangemeld');
  if (justSignedIn) history.replaceState(null, '', '/');
  if (sessionStorage.getItem(TOKEN_KEY) || justSignedIn || sessionStorage.getItem(SESSION_KEY)) {
    showPartsOf().then((failed) => { if (justSignedIn) say('U bent aangemeld.', true); if (failed) fail(failed); })
      .catch((e) => { sessionStorage.removeItem(TOKEN_KEY); useSession(null); signedIn(false); fail(e); });
  }
});

/** A sign-in link for every municipality whose officers sign in with its identity provider (GET /auth/gemeenten). */
async function showSignIns() {
  const body = await json('/auth/gemeenten');
  const links = body.gemeenten.map((g) => {
    const a = document.createElement('a');
    a.className = 'knop';
    a.href = `/auth/login?gemeente=${encodeURIComponent(g.gemeentecode)}`;
    a.textContent = `Aanmelden bij ${g.naam}`;
    const li = document.createElement('li');
    li.append(a);
    return li;
  });
  $('aanmelden-gemeenten').replaceChildren(...links);
  $('aanmelden-idp').hidden = !links.length;
}
