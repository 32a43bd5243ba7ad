// The werkvoorraad (docs/werkvoorraad.md): everything that needs a person, with the actions a finance officer may
// take. Ops read the list of every municipality; the actions are the municipality's own.
import { $, ApiError, button, count, date, fail, json, money, month, row, say } from './ui.js';

const SOORTEN = {
  WEIGERING: 'Geweigerde berekening',
  STOP: 'Gestopt dossier (MD07)',
  IBAN_GEBLOKKEERD: 'Geblokkeerde IBAN',
  BANK_TERUG: 'Teruggestort of geweigerd door de bank',
  RR_ONDERZOEK: 'Compliance-onderzoek (RR01–RR04)',
  HERBEREKENING_WACHT: 'Herberekening wacht op besluit',
  VORDERING: 'Openstaande vordering',
  OPSCHORTING: 'Opschorting',
  BATCH_BEVINDINGEN: 'Batch met bevindingen',
};
const STATUSSEN = { OPEN: 'Open', VERLOPEN: 'Termijn verstreken', WACHT: 'Wacht (gaat vanzelf verder)' };
const ACTIES = {
  STOP_OPHEFFEN: { knop: 'Stop opheffen', veld: 'bewijs', label: 'Bewijs (verplicht), bijvoorbeeld de gecontroleerde BRP-gegevens' },
  AFHANDELEN_BUITEN_ENGINE: { knop: 'Buiten de motor afgehandeld', veld: 'reden', label: 'Hoe is het afgehandeld? (verplicht)' },
  VRIJGEVEN: { knop: 'Vrijgeven', veld: 'reden', label: 'Uitkomst van het onderzoek (verplicht)' },
  OPHEFFEN: { knop: 'Opschorting opheffen', veld: 'reden', label: 'Reden van opheffen (verplicht)' },
  KWIJTSCHELDEN: { knop: 'Kwijtschelden', veld: 'reden', label: 'Reden (verplicht)', bedrag: true },
  GOEDKEUREN: { knop: 'Kwijtschelding goedkeuren', veld: null, label: '' },
  AFWIJZEN: { knop: 'Kwijtschelding afwijzen', veld: 'reden', label: 'Reden van afwijzen (verplicht)' },
};
const GRONDEN = {
  PW_58_7A: 'art. 58 lid 7 a: tien jaar na het besluit', PW_58_7B: 'art. 58 lid 7 b: 50% van het restant betaald',
  PW_58_8: 'art. 58 lid 8: dringende redenen',
};
const state = { openBatch: null, ops: false, pending: null };

/** Fills the filters and wires the dialog; {@code openBatch} opens a batch with findings. */
export function connectWerkvoorraad(openBatch) {
  state.openBatch = openBatch;
  $('wv-soort').append(...Object.entries(SOORTEN).map(([value, text]) => new Option(text, value)));
  $('wv-status').append(...Object.entries(STATUSSEN).map(([value, text]) => new Option(text, value)));
  $('wv-actie-grond').append(...Object.entries(GRONDEN).map(([value, text]) => new Option(text, value)));
  $('wv-filter').addEventListener('submit', (e) => { e.preventDefault(); listWerkvoorraad().catch(fail); });
  $('wv-actie').addEventListener('close', () => actionClosed().catch(fail));
}

/** Shows the werkvoorraad when the token may read it (finance officers and ops); the failure, if any other. */
export async function showWerkvoorraadIfAllowed(ops) {
  state.ops = ops;
  try {
    await listWerkvoorraad();
    $('werkvoorraad').hidden = false;
    return null;
  } catch (e) {
    $('werkvoorraad').hidden = true;
    return e instanceof ApiError && e.status === 403 ? null : e;
  }
}

export function closeWerkvoorraad() {
  $('werkvoorraad').hidden = true;
  $('wv-lijst').tBodies[0].replaceChildren();
}

export async function listWerkvoorraad() {
  const params = new URLSearchParams();
  if ($('wv-soort').value) params.set('soort', $('wv-soort').value);
  if ($('wv-status').value) params.set('status', $('wv-status').value);
  const query = params.toString();
  const body = await json(`/api/v1/werkvoorraad${query ? `?${query}` : ''}`);
  const rows = body.items.map((i) => {
    const tr = row([SOORTEN[i.soort] ?? i.soort, STATUSSEN[i.status] ?? i.status, i.gemeente, i.dossierId ?? '',
      month(i.periode), money(i.bedrag), i.reden, date(i.sinds), actions(i)], [5]);
    tr.dataset.ref = i.ref;
    tr.dataset.soort = i.soort;
    if (i.status === 'VERLOPEN') tr.className = 'verlopen';
    return tr;
  });
  $('wv-lijst').tBodies[0].replaceChildren(...rows);
  if (!rows.length) $('wv-lijst').tBodies[0].append(row(['Niets te doen.']));
  $('wv-stand').textContent = `${count(body.aantal)} van ${count(body.totaal)} ${body.totaal === 1 ? 'item' : 'items'}`
    + (body.afgekapt.length ? `; er zijn er meer van: ${body.afgekapt.map((s) => SOORTEN[s] ?? s).join(', ')}` : '');
}

function actions(i) {
  const cell = document.createElement('span');
  const batch = i.ref.startsWith('batch/') ? Number(i.ref.slice('batch/'.length)) : null;
  if (batch !== null) {
    cell.append(button(`Open batch ${batch}`, () => state.openBatch(batch).catch(fail)));
    return cell;
  }
  for (const a of i.acties) {
    const known = ACTIES[a.actie];
    if (!known) continue;
    if (state.ops) {
      cell.append(document.createTextNode(`${known.knop} (door de gemeente) `));
      continue;
    }
    cell.append(button(known.knop, () => ask(i, a, known), `${known.knop}: ${SOORTEN[i.soort]} ${i.dossierId ?? ''}`));
  }
  return cell;
}

function ask(i, a, known) {
  state.pending = { item: i, actie: a, known };
  $('wv-actie-kop').textContent = known.knop;
  $('wv-actie-wat').textContent = `${SOORTEN[i.soort]} — ${i.gemeente}${i.dossierId ? `, dossier ${i.dossierId}` : ''}`
    + `${i.periode ? `, ${month(i.periode)}` : ''}${i.bedrag !== null ? `, ${money(i.bedrag)}` : ''}: ${i.reden}`;
  $('wv-actie-bedrag-deel').hidden = !known.bedrag;
  $('wv-actie-bedrag').required = Boolean(known.bedrag);
  $('wv-actie-bedrag').value = known.bedrag && i.bedrag !== null ? String(i.bedrag) : '';
  $('wv-actie-tekst-deel').hidden = !known.veld;
  $('wv-actie-tekst').required = Boolean(known.veld);
  $('wv-actie-label').textContent = known.label;
  $('wv-actie-tekst').value = '';
  $('wv-actie').showModal();
}

async function actionClosed() {
  const pending = state.pending;
  state.pending = null;
  if (!pending || $('wv-actie').returnValue !== 'bevestig') return;
  const body = {};
  for (const v of pending.actie.velden) {
    const [name, fixed] = v.split('=');
    body[name] = fixed ?? null;
  }
  if (pending.known.veld) body[pending.known.veld] = $('wv-actie-tekst').value;
  if (pending.known.bedrag) {
    body.bedrag = Number($('wv-actie-bedrag').value);
    body.grond = $('wv-actie-grond').value;
  }
  await json(pending.actie.pad, { method: pending.actie.methode, headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body) });
  await listWerkvoorraad();
  say(`${ACTIES[pending.actie.actie].knop}: gedaan voor ${pending.item.dossierId ?? pending.item.ref}. Het staat in het auditspoor.`, true);
}
