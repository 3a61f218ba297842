// A person's own evidence: the log with corrections and coach feedback, its check, exports, the
// success inventory, and the check-in with a pre-performance review before an attempt.
import { api } from './api.js';
import { h, field, select, notice, problemNotice, formData, intOrNull, date } from './ui.js';
import { render, takeFlash, exportButtons } from './app.js';

/** The words a log entry may hold, with the question each answers. */
export const WORDS = [
  ['title', 'Success'],
  ['whatIDid', 'What I did'],
  ['obstacles', 'Obstacles'],
  ['whatMadeItHard', 'What made it hard'],
  ['whatIOvercame', 'What I overcame'],
  ['whatWorked', 'What worked'],
  ['whatISawAndFelt', 'What I saw and felt'],
  ['whatItShows', 'What it shows I can do'],
  ['whatILearned', 'What I learned'],
  ['adjustNextTime', 'What I will adjust next time'],
  ['note', 'Note'],
];
const ATTRIBUTION = { OWN_EFFORT_AND_SKILL: 'My own effort and skill', LUCK: 'Luck', OTHER_PEOPLE: 'Other people', TOOLS: 'Tools' };
const OUTCOME = { SUCCESS: 'It went well', PARTIAL: 'Partly', NOT_YET: 'Not yet' };
const KIND = { ATTEMPT: 'Attempt', RECALLED: 'Recalled success', CHECK_IN: 'Check-in', AMENDMENT: 'Correction' };
export const DOMAINS = [['PROFESSIONAL', 'Professional'], ['ATHLETIC', 'Athletic'], ['SOCIAL', 'Social'], ['PERSONAL', 'Personal']];

/** An entry's own words as a description list. */
export function words(debrief) {
  const d = debrief || {};
  const rows = [];
  for (const [key, label] of WORDS) if (d[key]) rows.push(h('dt', {}, label), h('dd', {}, d[key]));
  if (d.attribution) rows.push(h('dt', {}, 'What made it happen'), h('dd', {}, ATTRIBUTION[d.attribution] || d.attribution));
  if (d.controllable !== undefined && d.controllable !== null) rows.push(h('dt', {}, 'Within my control'), h('dd', {}, d.controllable ? 'Yes' : 'No'));
  return rows.length ? h('dl', { class: 'words' }, rows) : null;
}

/** What an entry is, in one line: kind, when, skill, rung, outcome. */
export function summary(e) {
  const parts = [KIND[e.kind] || e.kind, date(e.recordedAt)];
  if (e.skill) parts.push(e.skill);
  if (e.rungTitle) parts.push((e.rung ? `rung ${e.rung}: ` : '') + e.rungTitle);
  if (e.outcome && e.kind !== 'RECALLED') parts.push(OUTCOME[e.outcome] || e.outcome);
  return parts.join(' · ');
}

function feedbackList(list) {
  if (!list || !list.length) return h('p', { class: 'muted feedback-none' }, 'No feedback from your coach yet.');
  return h('ul', { class: 'feedback' }, list.map((f) => h('li', {},
    h('p', {}, '“' + f.text + '”'),
    h('p', { class: 'hint' }, `${f.coach || 'Your coach'} · skill: ${f.skill} · ${date(f.at)}`))));
}

function correctionForm(entry, reload) {
  const fields = WORDS.filter(([key]) => key !== 'note' && entry.debrief && entry.debrief[key] !== undefined);
  const choices = fields.length ? fields : WORDS.filter(([key]) => ['whatIDid', 'whatItShows', 'whatILearned'].includes(key));
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'correction' },
    field('Which answer do you correct?', select('field', choices, choices[0][0])),
    field('Its corrected words', h('textarea', { name: 'text', required: true, maxlength: 2000 })),
    field('Why you correct it', h('input', { type: 'text', name: 'note', required: true, maxlength: 1000 }), 'The original stays in your log; the correction is added beside it.'),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Add correction')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    try {
      await api(`me/evidence/${entry.id}/amendments`, { method: 'POST', body: { note: d.note, [d.field]: d.text } });
      await reload(notice('ok', 'Correction added. Your original words stay beside it.'));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  return h('details', {}, h('summary', {}, 'Add a correction'), form);
}

function sharing(entry, reload) {
  const shared = entry.sharedWith || [];
  const toggle = (audience, label) => {
    const on = shared.includes(audience.toUpperCase());
    return h('button', { type: 'button', class: 'secondary small', onclick: async () => {
      try {
        await api(`me/evidence/${entry.id}/consents/${audience}`, { method: on ? 'DELETE' : 'PUT' });
        await reload(notice('ok', on ? 'No longer shared.' : 'Shared. You can stop sharing at any time.'));
      } catch (err) {
        document.getElementById('main').prepend(problemNotice(err));
      }
    } }, on ? 'Stop showing ' + label : 'Show ' + label);
  };
  return h('div', { class: 'actions' },
    entry.kind === 'ATTEMPT' ? toggle('peers', 'to peers on this rung (anonymised)') : null,
    toggle('managers', 'to my managers'));
}

/** My evidence log: each entry with its corrections and its coach feedback beside it. */
export async function evidence(result) {
  const [log, check] = await Promise.all([api('me/evidence'), api('me/evidence/verify')]);
  const corrections = {};
  for (const e of log) if (e.kind === 'AMENDMENT' && e.amends) (corrections[e.amends] = corrections[e.amends] || []).push(e);
  const entries = log.filter((e) => e.kind !== 'AMENDMENT').reverse();
  const reload = (n) => evidence(n);
  const verified = check.valid
    ? notice('ok', h('strong', {}, 'Intact: '), `${check.entries === 1 ? 'the one entry is' : 'all ' + check.entries + ' entries are'} as written (checked ${date(check.checkedAt)}).`)
    : notice('error', h('strong', {}, 'Changed: '), check.reason || 'an entry does not match what was written.', check.firstBroken ? ` First changed entry: ${check.firstBroken}.` : '');
  verified.id = 'verify';
  render('My evidence',
    result || takeFlash(),
    verified,
    h('section', { 'aria-labelledby': 'export-h' }, h('h2', { id: 'export-h' }, 'Take it with you'), exportButtons()),
    entries.length
      ? h('ol', { class: 'entries', id: 'entries', reversed: true }, entries.map((e) => h('li', { class: 'card entry', 'data-entry': e.id },
        h('div', { class: 'entry-main' },
          h('h2', { class: 'entry-title' }, summary(e)),
          e.kind === 'ATTEMPT' ? h('p', { class: 'hint' },
            e.registered ? 'Complete debrief' + (e.genuine ? ': counts toward your streak' : '') : 'Debrief incomplete: it does not count yet',
            e.confidenceBefore !== null && e.confidenceBefore !== undefined ? ` · confidence ${e.confidenceBefore}` + (e.confidenceAfter !== null && e.confidenceAfter !== undefined ? ` → ${e.confidenceAfter}` : '') : '') : null,
          words(e.debrief),
          (corrections[e.id] || []).map((c) => h('div', { class: 'correction-shown' },
            h('p', {}, h('strong', {}, `Corrected ${date(c.recordedAt)}: `), c.debrief && c.debrief.note ? c.debrief.note : ''),
            words(Object.fromEntries(Object.entries(c.debrief || {}).filter(([k]) => k !== 'note'))))),
          e.kind === 'CHECK_IN' ? h('p', {}, `Activation ${e.activation} of 10`) : null,
          e.kind !== 'CHECK_IN' ? correctionForm(e, reload) : null,
          e.kind !== 'CHECK_IN' ? sharing(e, reload) : null),
        h('aside', { class: 'entry-feedback', 'aria-label': 'Coach feedback' }, h('h3', {}, 'Coach feedback'), feedbackList(e.feedback)))))
      : notice('ok', 'Nothing here yet: log an attempt or recall a past success.'));
}

/** The success inventory: past successes recalled by part of life, with the questions that help. */
export async function inventory(result) {
  const inv = await api('me/evidence/inventory');
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'recall-form' },
    h('div', { class: 'row' },
      field('Part of life', select('lifeDomain', DOMAINS, 'PROFESSIONAL')),
      field('Skill it shows (optional)', h('input', { type: 'text', name: 'skill', maxlength: 120 }))),
    ...(inv.prompts || []).map((p) => field(p.prompt + (p.required ? '' : ' (optional)'),
      p.field === 'title' ? h('input', { type: 'text', name: p.field, required: !!p.required, maxlength: 200 })
        : h('textarea', { name: p.field, required: !!p.required, maxlength: 2000 }))),
    h('div', { class: 'row' },
      field('Effort you put in (1–10)', h('input', { type: 'number', name: 'effort', min: 1, max: 10, step: 1, value: 7, required: true })),
      field('What made it happen', select('attribution', [['OWN_EFFORT_AND_SKILL', 'My own effort and skill'], ['LUCK', 'Luck'], ['OTHER_PEOPLE', 'Other people'], ['TOOLS', 'Tools']], 'OWN_EFFORT_AND_SKILL'))),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'recall' }, 'Add to my inventory')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    const body = { ...d, effort: intOrNull(d.effort), skill: d.skill || null };
    try {
      await api('me/evidence/recalled', { method: 'POST', body });
      await inventory(notice('ok', 'Added to your inventory, marked as recalled.'));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  const domains = Object.entries(inv.domains || {});
  render('Success inventory',
    result,
    h('p', {}, 'Past successes you can call on before a new challenge. Recall them in detail: what made it hard, what you did, what it shows.'),
    h('div', { id: 'inventory' }, domains.map(([domain, list]) => h('section', {},
      h('h2', {}, (DOMAINS.find(([k]) => k === domain) || [domain, domain])[1]),
      list.length ? h('ul', { class: 'cards' }, list.map((e) => h('li', { class: 'card' },
        h('h3', {}, (e.debrief && e.debrief.title) || summary(e)), words({ ...e.debrief, title: null }))))
        : h('p', { class: 'muted' }, 'Nothing recalled here yet.')))),
    h('section', { 'aria-labelledby': 'recall-h' }, h('h2', { id: 'recall-h' }, 'Recall a success'), form));
}

/**
 * Before an attempt: the pre-performance review (past successes worth recalling) and an optional
 * check-in whose id goes with the attempt.
 */
export async function preparation(c, onCheckIn) {
  const items = await api(`me/review?skill=${encodeURIComponent(c.skill)}`);
  const reviewList = (list) => list.length
    ? h('ul', { class: 'review' }, list.map((r) => h('li', {},
      h('strong', {}, r.rungTitle || (r.words && r.words.title) || r.skill || 'A past success'),
      r.words && r.words.whatIDid ? h('p', {}, r.words.whatIDid) : null,
      r.words && r.words.whatItShows ? h('p', { class: 'hint' }, 'It shows: ' + r.words.whatItShows) : null,
      r.why ? h('p', { class: 'hint' }, r.why) : null)))
    : h('p', { class: 'muted' }, 'No past successes to recall for this skill yet: they gather here as you log them, or add one to your success inventory.');
  const review = h('div', { id: 'review' }, reviewList(items));
  const message = h('div', { 'aria-live': 'polite', id: 'check-in-result' });
  const form = h('form', { id: 'check-in-form' },
    h('div', { class: 'row' },
      field('How activated do you feel? (1 flat – 10 racing)', h('input', { type: 'number', name: 'activation', min: 1, max: 10, step: 1, value: 5, required: true })),
      field('How confident are you now? (0–100, optional)', h('input', { type: 'number', name: 'confidence', min: 0, max: 100, step: 1 }))),
    field('Anything else (optional)', h('input', { type: 'text', name: 'note', maxlength: 1000 })),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', id: 'check-in' }, 'Check in')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    try {
      const answer = await api('me/check-ins', { method: 'POST', body: { activation: intOrNull(d.activation), confidence: intOrNull(d.confidence), skill: c.skill, climbId: c.id, note: d.note || null } });
      onCheckIn(answer.checkIn);
      message.replaceChildren(notice('ok', answer.reappraisal || 'Checked in.', ' Your next attempt is linked to this check-in.'));
      if (answer.review) review.replaceChildren(reviewList(answer.review));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'prepare-h' },
    h('h2', { id: 'prepare-h' }, 'Before you try'),
    h('h3', {}, 'Your past successes'), review,
    h('details', {}, h('summary', {}, 'Check in (optional)'), form));
}
