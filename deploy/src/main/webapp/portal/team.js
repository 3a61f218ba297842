// For the people who run training: the progress dashboard, the ladder editor, assignments.
import { api } from './api.js';
import { h, field, radios, select, notice, problemNotice, formData, intOrNull, date } from './ui.js';
import { render, session } from './app.js';
import { words as entryWords } from './evidence.js';

const STAKES = [['LOW', 'Low: failing costs little'], ['MEDIUM', 'Medium'], ['HIGH', 'High: failing costs a lot']];
const DOMAINS = [['PROFESSIONAL', 'Professional'], ['SOCIAL', 'Social'], ['PERSONAL', 'Personal'], ['ATHLETIC', 'Athletic']];

/** Coaches suggest a ladder to a member, who may start it or decline. */
async function suggestForm() {
  if (!['coach', 'admin', 'owner'].includes(session.role)) return null;
  const [ladders, people] = await Promise.all([api('ladders'), api('people')]);
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'suggest-form' },
    h('div', { class: 'row' },
      field('Person', select('person', [['', 'Choose a person'], ...people.filter((p) => p.subject !== session.subject).map((p) => [p.subject, `${p.name} (${p.role})`])], '', { required: true })),
      field('Ladder', select('ladderId', ladders.map((l) => [l.id, l.skill]), ladders[0] && ladders[0].id))),
    field('A word about why (optional)', h('textarea', { name: 'note', maxlength: 500 })),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'suggest' }, 'Suggest this ladder')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    try {
      await api('team/suggestions', { method: 'POST', body: { person: d.person, ladderId: d.ladderId, note: d.note || null } });
      message.replaceChildren(notice('ok', 'Suggested. They will see it on their ladders page.'));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  return h('section', { 'aria-labelledby': 'suggest-h' }, h('h2', { id: 'suggest-h' }, 'Suggest a ladder'), form);
}

export async function dashboard() {
  const rows = await api('team/climbs');
  const title = session.kind === 'ORGANISATION' ? 'Team dashboard' : 'Clients and their progress';
  const suggest = await suggestForm();
  if (!rows.length) {
    render(title, notice('ok', 'Nobody is climbing a ladder yet.'), suggest);
    return;
  }
  const state = (r) => r.status === 'COMPLETED' ? 'Completed' : r.paused ? 'Paused' : r.overdue ? 'Overdue' : 'On track';
  render(title,
    h('p', { class: 'muted' }, 'Rungs, streaks and dates only: nobody’s notes are shown here.'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'team' },
      h('thead', {}, h('tr', {}, ['Person', 'Ladder', 'Rung', 'Streak', 'Last activity', 'Due', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((r) => h('tr', { 'data-person': r.person },
        h('th', { scope: 'row' }, r.name || r.person, r.groups && r.groups.length ? h('div', { class: 'hint' }, r.groups.join(', ')) : null),
        h('td', {}, r.skill),
        h('td', {}, `${r.currentRung} of ${r.rungs}`),
        h('td', {}, String(r.streak)),
        h('td', {}, r.lastActivity ? date(r.lastActivity) : '—'),
        h('td', {}, r.dueOn ? date(r.dueOn) + (r.pausedDays ? ` (+${r.pausedDays} paused days)` : '') : '—'),
        h('td', {}, h('span', { class: 'tag' + (r.overdue ? ' bad' : '') }, state(r)))))))),
    suggest);
}

export async function ladders() {
  const all = await api('ladders');
  render('Ladder editor',
    h('p', {}, h('a', { class: 'button', href: '#/ladders/new', id: 'new-ladder' }, 'New ladder')),
    all.length
      ? h('div', { class: 'table-wrap' }, h('table', { id: 'ladders' },
        h('thead', {}, h('tr', {}, ['Skill', 'Version', 'Rungs', ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, all.map((l) => h('tr', {},
          h('th', { scope: 'row' }, l.skill), h('td', {}, String(l.version)), h('td', {}, String(l.rungs.length)),
          h('td', {}, h('a', { href: '#/ladders/' + l.id, 'aria-label': 'Edit ' + l.skill }, 'Edit')))))))
      : notice('ok', 'No ladders yet.'));
}

function rungFields(r, index) {
  const box = h('fieldset', { class: 'rung' },
    h('legend', {}, `Rung ${index + 1}`),
    field('Title', h('input', { name: 'title', required: true, maxlength: 120, value: r.title || '' })),
    field('Task', h('textarea', { name: 'task', required: true, maxlength: 2000 }, r.task || '')),
    field('How to tell it went well', h('textarea', { name: 'successCriteria', required: true, maxlength: 2000 }, r.successCriteria || '')),
    h('div', { class: 'row' },
      field('Difficulty (1–10)', h('input', { type: 'number', name: 'difficulty', min: 1, max: 10, required: true, value: r.difficulty || 3 })),
      field('Stakes', select('stakes', STAKES, r.stakes || 'LOW')),
      field('Successes to move up', h('input', { type: 'number', name: 'streakNeeded', min: 1, max: 20, value: r.streakNeeded || 3 })),
      field('Least effort that counts', h('input', { type: 'number', name: 'minEffort', min: 1, max: 10, value: r.minEffort || '' }), 'Optional, 1–10')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', 'data-act': 'up' }, 'Move up'),
      h('button', { type: 'button', class: 'danger', 'data-act': 'remove' }, 'Remove rung')));
  return box;
}

export async function editor(id) {
  const ladder = id ? await api('ladders/' + id) : { skill: '', lifeDomain: 'PROFESSIONAL', description: '', rungs: [{}] };
  const rungs = h('div', { id: 'rungs', class: 'field' });
  const warning = h('div', { id: 'stakes-warning', 'aria-live': 'polite' });
  const message = h('div', { 'aria-live': 'polite' });
  const renumber = () => {
    [...rungs.children].forEach((box, i) => { box.querySelector('legend').textContent = `Rung ${i + 1}`; });
    const first = rungs.querySelector('select[name=stakes]');
    warning.replaceChildren(first && first.value === 'HIGH'
      ? notice('warn', 'This ladder opens with a high-stakes rung. First successes build confidence best where failing costs little: consider a low-stakes first rung.')
      : '');
  };
  ladder.rungs.forEach((r, i) => rungs.append(rungFields(r, i)));
  const form = h('form', { id: 'ladder-form' },
    field('Skill', h('input', { name: 'skill', required: true, maxlength: 120, value: ladder.skill })),
    field('Life domain', select('lifeDomain', DOMAINS, ladder.lifeDomain)),
    field('What it is for', h('textarea', { name: 'description', maxlength: 2000 }, ladder.description || '')),
    h('h2', {}, 'Rungs, from just manageable to genuinely challenging'),
    warning, rungs,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'add-rung' }, 'Add a rung')),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save-ladder' }, id ? 'Save as a new version' : 'Create ladder')));
  form.addEventListener('click', (e) => {
    const act = e.target.dataset && e.target.dataset.act;
    if (e.target.id === 'add-rung') {
      rungs.append(rungFields({}, rungs.children.length));
      rungs.lastElementChild.querySelector('input').focus();
    } else if (act === 'remove' && rungs.children.length > 1) {
      e.target.closest('fieldset').remove();
    } else if (act === 'up') {
      const box = e.target.closest('fieldset');
      if (box.previousElementSibling) rungs.insertBefore(box, box.previousElementSibling);
      e.target.focus();
    } else return;
    renumber();
  });
  form.addEventListener('change', renumber);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = formData(form);
    const body = {
      skill: data.skill, lifeDomain: data.lifeDomain, description: data.description || null,
      rungs: [...rungs.children].map((box) => {
        const value = (name) => box.querySelector(`[name=${name}]`).value;
        return {
          title: value('title'), task: value('task'), successCriteria: value('successCriteria'),
          difficulty: intOrNull(value('difficulty')), stakes: value('stakes'),
          streakNeeded: intOrNull(value('streakNeeded')), minEffort: intOrNull(value('minEffort')),
        };
      }),
    };
    try {
      const saved = await api(id ? 'ladders/' + id : 'ladders', { method: id ? 'PUT' : 'POST', body });
      message.replaceChildren(notice('ok', `Saved “${saved.skill}”, version ${saved.version}.`),
        ...(saved.warnings || []).map((w) => notice('warn', w)));
      if (!id) history.replaceState(null, '', '#/ladders/' + saved.id);
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  render(id ? 'Edit ladder: ' + ladder.skill : 'New ladder', form);
  renumber();
}

export async function assign() {
  const [ladders, groups, members] = await Promise.all([api('ladders'), api('groups').catch(() => []), api('people')]);
  const personOptions = [['', 'Choose a person'],
    ...members.map((m) => [m.subject, `${m.name} (${m.role}${m.groups.length ? ', ' + m.groups.join(', ') : ''})`])];
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'assign-form' },
    field('Ladder', select('ladderId', ladders.map((l) => [l.id, l.skill]), ladders[0] && ladders[0].id)),
    radios('Assign to', 'target', [['person', 'One person'], ['group', 'Everyone in a group']], 'person', true),
    field('Person', select('person', personOptions, '')),
    field('Group', select('group', [['', 'Choose a group'], ...groups.map((g) => [g.name, `${g.name} (${g.members.length})`])], '')),
    field('Due by (optional)', h('input', { type: 'date', name: 'dueOn' })),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'assign' }, 'Assign')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = formData(form);
    const body = { ladderId: data.ladderId, dueOn: data.dueOn || null };
    if (data.target === 'group') body.group = data.group; else body.person = data.person;
    try {
      const result = await api('team/assignments', { method: 'POST', body });
      const parts = [h('strong', {}, 'Assigned.')];
      if (result.assigned) {
        parts.push(h('p', {}, `${result.assigned.length} people now climb it.`));
        if (result.skipped.length) parts.push(h('ul', {}, result.skipped.map((s) => h('li', {}, `${s.name || s.person}: ${s.why}`))));
      }
      message.replaceChildren(notice('ok', ...parts));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  render('Assign ladders', ladders.length ? form : notice('warn', 'Write a ladder first.'));
}

/** Coaches: screening notices, and their people's entries that still await feedback. */
export async function feedback(result) {
  const [people, notices] = await Promise.all([api('people'), api('coaching/notices')]);
  const others = people.filter((p) => p.subject !== session.subject);
  const logs = await Promise.all(others.map((p) => api(`people/${p.subject}/evidence`).then((log) => ({ p, log }))));
  const waiting = [];
  for (const { p, log } of logs) {
    for (const e of log) {
      if ((e.kind === 'ATTEMPT' || e.kind === 'RECALLED') && e.debrief && (!e.feedback || !e.feedback.length)) waiting.push({ p, e });
    }
  }
  waiting.sort((a, b) => String(b.e.recordedAt).localeCompare(String(a.e.recordedAt)));
  render('Entries awaiting feedback',
    result,
    notices.length ? h('section', { 'aria-labelledby': 'notices-h', id: 'notices' },
      h('h2', { id: 'notices-h' }, 'Screening notices'),
      h('ul', {}, notices.map((n) => h('li', {}, h('strong', {}, n.name + ': '), n.text, h('span', { class: 'hint' }, ' · ' + date(n.at)),
        ' ', h('button', { type: 'button', class: 'secondary small', onclick: () => clearHold(n) }, 'Lift the hold after talking with them'))))) : null,
    h('p', { class: 'muted' }, 'Point to something the person did in the entry, in their own words, and name the skill it shows. Praise that points to nothing in the entry is refused.'),
    waiting.length
      ? h('ul', { class: 'entries', id: 'awaiting' }, waiting.map(({ p, e }) => feedbackCard(p, e)))
      : notice('ok', 'Every entry has feedback. Nothing waits for you.'));
}

async function clearHold(n) {
  if (!window.confirm(`Lift the hold on ${n.name}'s climbs? Do this only after talking with them.`)) return;
  try {
    await api(`coaching/people/${n.person}/screening/clearance`, { method: 'POST' });
    await feedback(notice('ok', `The hold on ${n.name}'s climbs is lifted.`));
  } catch (err) {
    document.getElementById('main').prepend(problemNotice(err));
  }
}

function feedbackCard(person, e) {
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'feedback-form' },
    field('Skill this entry shows', h('input', { type: 'text', name: 'skill', required: true, maxlength: 120, value: e.skill || '' })),
    field('Your feedback', h('textarea', { name: 'text', required: true, maxlength: 2000 }), 'Take up their words: what exactly did they do that worked?'),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Send feedback')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const d = formData(form);
    try {
      await api(`coaching/people/${person.subject}/evidence/${e.id}/feedback`, { method: 'POST', body: { skill: d.skill, text: d.text } });
      await feedback(notice('ok', `Feedback sent to ${person.name}. It shows beside their entry.`));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  return h('li', { class: 'card coach-entry', 'data-entry': e.id },
    h('h2', { class: 'entry-title' }, `${person.name}: ${e.kind === 'RECALLED' ? 'recalled success' : 'attempt'} · ${date(e.recordedAt)}${e.skill ? ' · ' + e.skill : ''}${e.rungTitle ? ' · ' + e.rungTitle : ''}`),
    entryWords(e.debrief),
    form);
}
