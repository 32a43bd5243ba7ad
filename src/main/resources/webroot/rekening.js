// The dossierrekening: a finance officer looks a dossier up and sees each month's account (recht, betaald,
// gereserveerd, verrekend, vordering, saldo) with its payment lines, and the dossier's reserve and open vorderingen.
import { $, fact, fail, json, money, month, paymentStatus, row } from './ui.js';

function lines(month) {
  const list = document.createElement('ul');
  for (const p of month.betalingen) {
    const li = document.createElement('li');
    li.textContent = `${p.soort} ${money(p.bedrag)} — ${paymentStatus(p.status)}${p.batchId === null ? '' : `, batch ${p.batchId}`}`;
    list.append(li);
  }
  for (const b of month.boekingen) {
    const li = document.createElement('li');
    li.textContent = `${b.soort} ${money(b.bedrag)}${b.voorschotId ? ` (voorschot ${b.voorschotId})` : ''}`;
    list.append(li);
  }
  for (const v of month.voorschotten) {
    const li = document.createElement('li');
    li.textContent = `voorschot ${v.id} ${money(v.bedrag)} — ${v.status}`;
    list.append(li);
  }
  return list;
}

async function show(event) {
  event.preventDefault();
  const params = new URLSearchParams();
  if ($('dossier-van').value) params.set('van', $('dossier-van').value);
  if ($('dossier-tot').value) params.set('tot', $('dossier-tot').value);
  const id = encodeURIComponent($('dossier-id').value.trim());
  const query = params.toString();
  const r = await json(`/api/v1/dossiers/${id}/rekening${query ? `?${query}` : ''}`);
  const totals = $('dossier-totalen');
  totals.replaceChildren();
  fact(totals, 'Dossier', r.dossierId);
  fact(totals, 'Maanden', `${month(r.van)} t/m ${month(r.tot)}`);
  fact(totals, 'Vakantiegeld: reserve', money(r.vakantiegeld.reserve));
  fact(totals, 'Vakantiegeld: uitbetaald', money(r.vakantiegeld.uitbetaald));
  fact(totals, 'Vorderingen: open', money(r.vorderingen.open), 'dossier-open');
  fact(totals, 'Vorderingen: afgelost', money(r.vorderingen.afgelost));
  const rows = r.maanden.map((m) => {
    const tr = row([month(m.periode), m.versie === null ? '—' : `${m.versie} (${m.verrekendeVersie ?? 'niet verrekend'})`,
      money(m.recht), money(m.betaald), money(m.gereserveerd), money(m.verrekend), money(m.vordering), money(m.saldo),
      lines(m)], [2, 3, 4, 5, 6, 7]);
    if (!m.sluitend) tr.classList.add('open-saldo');
    if (Number(m.vordering) > 0) tr.classList.add('vordering');
    return tr;
  });
  $('dossier-maanden').tBodies[0].replaceChildren(...rows);
}

/** Shows the section to finance officers (the API answers 403 to ops, so the section stays hidden for them). */
export function connectDossier(isOfficer) {
  $('dossier').hidden = !isOfficer;
  $('dossier-form').onsubmit = (event) => show(event).catch(fail);
}
