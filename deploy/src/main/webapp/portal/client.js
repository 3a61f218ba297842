// A person's own climbing: ladders, the next challenge, attempts with debriefs, pauses, placement.
import { api, Problem } from './api.js';
import { preparation } from './evidence.js';
import { h, field, radios, select, notice, problemNotice, formData, intOrNull, date } from './ui.js';
import { render, flash, takeFlash } from './app.js';

const OUTCOMES = [['SUCCESS', 'It went well'], ['PARTIAL', 'Partly'], ['NOT_YET', 'Not yet']];
const HELP = [['INDEPENDENT', 'On my own'], ['COACH', 'With my coach'], ['PEER', 'With a peer'], ['AI_TOOL', 'With an AI tool']];
const ATTRIBUTION = [['', 'Choose…'], ['OWN_EFFORT_AND_SKILL', 'My own effort and skill'], ['LUCK', 'Luck'], ['OTHER_PEOPLE', 'Other people'], ['TOOLS', 'Tools']];
const RATINGS = [['', 'Not rated'], ['COMFORTABLE', 'Comfortable: I do it reliably today'], ['MANAGEABLE', 'Manageable with real effort'], ['STRETCH', 'A stretch: I might manage'], ['OUT_OF_REACH', 'Out of reach for now']];

const promptCache = {};

async function prompts(outcome) {
  if (!promptCache[outcome]) promptCache[outcome] = await api(`evidence/prompts?outcome=${outcome}`);
  return promptCache[outcome];
}

function streak(c) {
  const pips = [];
  for (let i = 0; i < c.streakNeeded; i++) pips.push(h('span', { class: 'pip' + (i < c.streak ? ' on' : '') }));
  return h('div', {},
    h('div', { class: 'streak', 'aria-hidden': 'true' }, pips),
    h('span', { class: 'streak-text' }, `Streak: ${c.streak} of ${c.streakNeeded} genuine successes in a row`));
}

function status(c) {
  if (c.status === 'COMPLETED') return h('span', { class: 'tag' }, 'Completed');
  if (c.pause) return h('span', { class: 'tag' }, c.pause.kind === 'HOLD' ? 'On hold' : 'Paused' + (c.pause.until ? ' until ' + date(c.pause.until) : ''));
  if (c.overdue) return h('span', { class: 'tag bad' }, 'Overdue');
  if (c.dueOn) return h('span', { class: 'tag' }, 'Due ' + date(c.dueOn));
  return null;
}

export async function myLadders() {
  const [climbs, suggestions] = await Promise.all([api('climbs'), api('suggestions').catch(() => [])]);
  const open = (suggestions || []).filter((s) => !s.answer);
  const content = [takeFlash()];
  if (open.length) {
    content.push(h('h2', {}, 'Suggested for you'), h('ul', { class: 'cards' }, open.map((s) => h('li', { class: 'card' },
      h('h3', {}, s.skill), s.note ? h('p', {}, '“' + s.note + '”') : null, h('p', { class: 'muted' }, `${s.rungs} rungs`),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => answer(s, 'accept') }, 'Start it'),
        h('button', { type: 'button', class: 'secondary', onclick: () => answer(s, 'decline') }, 'Not now'))))));
  }
  if (!climbs.length) {
    content.push(notice('ok', 'You are not climbing a ladder yet. ', h('a', { href: '#/start' }, 'Start one')));
  } else {
    content.push(h('ul', { class: 'cards', id: 'climbs' }, climbs.map((c) => h('li', { class: 'card climb', 'data-climb': c.id },
      h('h2', {}, c.skill),
      h('p', {}, h('strong', {}, `Rung ${c.currentRung} of ${c.rungs}: `), c.rungTitle),
      streak(c), status(c),
      h('p', {}, h('a', { href: '#/climb/' + c.id, 'aria-label': 'Open ' + c.skill }, 'Open: next challenge and log an attempt'))))));
  }
  render('My ladders', ...content);
}

async function answer(suggestion, verb) {
  try {
    const result = await api(`suggestions/${suggestion.id}/${verb}`, { method: 'POST', body: {} });
    if (verb === 'accept' && result && result.id) location.hash = '#/climb/' + result.id;
    else await myLadders();
  } catch (e) {
    document.getElementById('main').prepend(problemNotice(e));
  }
}

export async function climb(id, result) {
  const c = await api('climbs/' + id);
  const ladder = await api('ladders/' + c.ladderId);
  const rung = ladder.rungs[c.currentRung - 1] || {};
  const content = [result || takeFlash()];
  content.push(h('section', { class: 'panel', 'aria-labelledby': 'rung-h' },
    h('h2', { id: 'rung-h' }, `Rung ${c.currentRung} of ${c.rungs}: ${c.rungTitle}`),
    rung.task ? h('p', {}, h('strong', {}, 'Task: '), rung.task) : null,
    rung.successCriteria ? h('p', {}, h('strong', {}, 'It went well when: '), rung.successCriteria) : null,
    streak(c), status(c),
    c.streakLapsesAt ? h('p', { class: 'muted' }, 'Your streak holds if you try again before ' + date(c.streakLapsesAt) + '.') : null,
    c.placement ? h('p', { class: 'muted' }, c.placement) : null));
  if (c.next) {
    const nextRung = ladder.rungs[c.next.rung - 1];
    content.push(h('section', { class: 'next', id: 'next', 'aria-labelledby': 'next-h' },
      h('h2', { id: 'next-h' }, 'Recommended next challenge'),
      h('p', {}, h('strong', {}, `Rung ${c.next.rung}${nextRung ? ': ' + nextRung.title : ''}`),
        ` · about ${Math.round(c.next.predictedSuccess * 100)}% chance of success`),
      h('p', { id: 'why' }, c.next.why),
      c.next.flag === 'TOO_EASY' ? notice('warn', 'This looks too easy for you now: consider stepping up.') : null,
      c.next.flag === 'TOO_HARD' ? notice('warn', 'This looks too hard right now: step back, or ask your coach for an in-between step.') : null));
  }
  if (c.status === 'COMPLETED') {
    content.push(notice('ok', 'You have completed this ladder. Well done.'));
  } else if (c.pause) {
    content.push(h('section', { class: 'panel' },
      h('h2', {}, c.pause.kind === 'HOLD' ? 'On hold' : 'Paused'),
      h('p', {}, c.pause.kind === 'HOLD' ? 'This climb is on hold. Your coach will lift it after talking with you.'
        : 'Paused' + (c.pause.until ? ' until ' + date(c.pause.until) : '') + (c.pause.reason ? ' (' + c.pause.reason + ')' : '') + '. Paused days never break your streak.'),
      c.pause.kind === 'PAUSE' ? h('button', { type: 'button', id: 'resume', onclick: () => resume(c.id) }, 'Resume now') : null));
  } else {
    const pending = { checkIn: null };
    content.push(await preparation(c, (id) => { pending.checkIn = id; }), await attemptForm(c, pending), pauseForm(c));
  }
  render(c.skill, ...content);
}

async function resume(id) {
  try {
    await api(`climbs/${id}/resume`, { method: 'POST' });
    await climb(id, notice('ok', 'Welcome back: your climb continues.'));
  } catch (e) {
    document.getElementById('main').prepend(problemNotice(e));
  }
}

function number(name, min, max, value, attrs) {
  return h('input', { type: 'number', name, min, max, step: 1, value, required: true, inputmode: 'numeric', ...(attrs || {}) });
}

function debriefInput(p) {
  if (p.field === 'attribution') return field(p.prompt, select('debrief.attribution', ATTRIBUTION, '', { required: p.required }));
  if (p.field === 'controllable') return radios(p.prompt, 'debrief.controllable', [['true', 'Yes'], ['false', 'No']], null, p.required);
  return field(p.prompt, h('textarea', { name: 'debrief.' + p.field, required: !!p.required, maxlength: 2000 }));
}

async function attemptForm(c, pending) {
  const debrief = h('fieldset', { id: 'debrief' }, h('legend', {}, 'Debrief'));
  const showPrompts = async (outcome) => {
    const list = await prompts(outcome);
    debrief.replaceChildren(h('legend', {}, 'Debrief'), ...list.map(debriefInput));
  };
  const toolUse = field('How did you use the tool?', select('toolUse', [['OWN_ATTEMPT_FIRST', 'I made my own attempt first; the tool refined it'], ['TOOL_PRODUCED', 'The tool produced it']], 'OWN_ATTEMPT_FIRST'));
  toolUse.hidden = true;
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'attempt-form', novalidate: false },
    radios('How did it go?', 'outcome', OUTCOMES, 'SUCCESS', true),
    h('div', { class: 'row' },
      field('Effort you put in (1–10)', number('effort', 1, 10, 7)),
      field('How hard it felt (1–10)', number('feltDifficulty', 1, 10, 6))),
    h('div', { class: 'row' },
      field('Confidence before (0–100)', number('confidenceBefore', 0, 100, 50)),
      field('Confidence now (0–100)', number('confidenceAfter', 0, 100, 60))),
    h('div', { class: 'row' },
      field('Who or what helped?', select('help', HELP, 'INDEPENDENT')),
      field('How much was your own doing (%)', number('ownShare', 0, 100, 100), 'A success counts when it is mostly your own doing.')),
    toolUse,
    debrief,
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'record' }, 'Record attempt')));
  form.addEventListener('change', (e) => {
    if (e.target.name === 'outcome') showPrompts(e.target.value);
    if (e.target.name === 'help') toolUse.hidden = e.target.value !== 'AI_TOOL';
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = formData(form);
    const debriefData = {};
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith('debrief.') || String(value).trim() === '') continue;
      const name = key.slice('debrief.'.length);
      debriefData[name] = name === 'controllable' ? value === 'true' : value;
    }
    const body = {
      outcome: data.outcome,
      effort: intOrNull(data.effort),
      feltDifficulty: intOrNull(data.feltDifficulty),
      confidenceBefore: intOrNull(data.confidenceBefore),
      confidenceAfter: intOrNull(data.confidenceAfter),
      help: data.help,
      ownShare: intOrNull(data.ownShare),
      debrief: debriefData,
    };
    if (data.help === 'AI_TOOL') body.toolUse = data.toolUse;
    if (pending && pending.checkIn) body.checkInId = pending.checkIn;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const result = await api(`climbs/${c.id}/attempts`, { method: 'POST', body });
      const words = [h('strong', {}, result.genuine ? 'Recorded: it counts. ' : 'Recorded. '), result.verdict];
      if (result.advanced) words.push(h('p', { id: 'advanced' }, `You moved up to rung ${result.climb.currentRung}: ${result.climb.rungTitle}.`));
      await climb(c.id, notice(result.genuine ? 'ok' : 'warn', ...words));
    } catch (err) {
      button.disabled = false;
      message.replaceChildren(problemNotice(err));
    }
  });
  await showPrompts('SUCCESS');
  return h('section', { 'aria-labelledby': 'attempt-h' }, h('h2', { id: 'attempt-h' }, 'Log an attempt'), form);
}

function pauseForm(c) {
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'pause-form' },
    field('Last day of the pause', h('input', { type: 'date', name: 'until' }), 'Leave empty for the longest pause allowed.'),
    field('Reason (optional)', h('input', { type: 'text', name: 'reason', maxlength: 500 })),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Pause this climb')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = formData(form);
    try {
      await api(`climbs/${c.id}/pause`, { method: 'POST', body: { until: data.until || null, reason: data.reason || null } });
      await climb(c.id, notice('ok', 'Paused. Your streak is safe while you are away.'));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  return h('details', { class: 'panel' }, h('summary', {}, 'Need a break? Pause this climb'), form);
}

export async function start(params) {
  const ladders = await api('ladders');
  const chosen = params.get('ladder') || (ladders[0] && ladders[0].id) || '';
  const ratings = h('fieldset', { id: 'ratings' });
  const message = h('div', { 'aria-live': 'polite' });
  const showRungs = (id) => {
    const ladder = ladders.find((l) => l.id === id);
    ratings.replaceChildren(h('legend', {}, 'Where are you now? (optional)'),
      h('p', { class: 'hint' }, 'Rate the first rungs honestly. You start one notch above the highest rung you find comfortable; without ratings you start on rung 1.'));
    if (!ladder) return;
    ladder.rungs.slice(0, 3).forEach((r) =>
      ratings.append(field(`Rung ${r.position}: ${r.title}`, select('rating' + r.position, RATINGS, ''), r.task)));
  };
  const form = h('form', { id: 'start-form' },
    field('Ladder', select('ladderId', ladders.map((l) => [l.id, `${l.skill} (${l.rungs.length} rungs)`]), chosen, { id: 'ladder' })),
    ratings, message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'start-climb' }, 'Start climbing')));
  form.addEventListener('change', (e) => {
    if (e.target.name === 'ladderId') showRungs(e.target.value);
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = formData(form);
    const selfRatings = [];
    for (let i = 1; data['rating' + i]; i++) selfRatings.push({ rating: data['rating' + i] });
    const body = { ladderId: data.ladderId };
    if (selfRatings.length) body.selfRatings = selfRatings;
    await startClimb(body, message);
  });
  showRungs(chosen);
  render('Start a ladder', ladders.length ? form : notice('warn', 'No ladders yet: ask your coach.'));
}

async function startClimb(body, message) {
  try {
    const started = await api('climbs', { method: 'POST', body });
    flash((started.placement ? started.placement + ' ' : '') + `You start on rung ${started.currentRung}: ${started.rungTitle}.`);
    location.hash = '#/climb/' + started.id;
  } catch (err) {
    if (err instanceof Problem && err.status === 409 && err.is('screening-needed')) {
      sessionStorage.setItem('foothold.pendingStart', JSON.stringify(body));
      location.hash = '#/screening';
      return;
    }
    message.replaceChildren(problemNotice(err));
  }
}

export async function screening() {
  const s = await api('me/screening');
  const pending = sessionStorage.getItem('foothold.pendingStart');
  const message = h('div', { 'aria-live': 'polite' });
  const proceed = pending
    ? h('button', { type: 'button', id: 'continue-start', onclick: () => {
      sessionStorage.removeItem('foothold.pendingStart');
      startClimb(JSON.parse(pending), message);
    } }, 'Continue: start my ladder')
    : h('a', { href: '#/' }, 'Back to my ladders');
  if (s.answered) {
    render('Before you start', notice('ok', 'You have answered the screening questions.'), message, proceed);
    return;
  }
  const form = h('form', { id: 'screening-form' },
    h('p', {}, 'A few questions first, so that climbing is right for you now. Your answers stay private.'),
    ...(s.questions || []).map((q) => radios(q.text, 'q.' + q.id, [['true', 'Yes'], ['false', 'No']], null, true)),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Send answers')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const answers = {};
    for (const [key, value] of Object.entries(formData(form))) if (key.startsWith('q.')) answers[key.slice(2)] = value === 'true';
    try {
      const result = await api('me/screening', { method: 'POST', body: { answers } });
      render('Before you start',
        notice(result.positive ? 'warn' : 'ok', result.guidance || 'Thank you.'),
        message,
        result.positive ? h('a', { href: '#/' }, 'Back to my ladders') : proceed);
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  render('Before you start', form);
}

const SOURCE = { BEFORE: 'before an attempt', AFTER: 'after an attempt', CHECK_IN: 'check-in' };

/** A chart label: when, to the minute, and what the rating was given at. */
function moment(p) {
  const d = new Date(p.at);
  const when = isNaN(d) ? String(p.at) : d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${when} (${SOURCE[p.source] || p.source})`;
}

export async function progress() {
  const series = await api('me/efficacy');
  if (!series.length) {
    render('My confidence', notice('ok', 'Log an attempt to see how your confidence grows.'));
    return;
  }
  const charts = series.map((s, i) => {
    const canvas = h('canvas', { id: 'efficacy-' + i, 'data-skill': s.skill, role: 'img', 'aria-label': `Confidence over time for ${s.skill}` });
    const table = h('table', { class: 'sr-table' }, h('caption', {}, `Confidence in ${s.skill}`),
      h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Confidence'), h('th', {}, 'Source')),
      s.points.map((p) => h('tr', {}, h('td', {}, date(p.at)), h('td', {}, p.confidence), h('td', {}, SOURCE[p.source] || p.source))));
    return { s, canvas, node: h('section', {}, h('h2', {}, s.skill), h('div', { class: 'chart-box' }, canvas), h('details', {}, h('summary', {}, 'As a table'), table)) };
  });
  render('My confidence', ...charts.map((c) => c.node));
  const primary = getComputedStyle(document.documentElement).getPropertyValue('--primary').trim() || '#1f4e79';
  for (const { s, canvas } of charts) {
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: s.points.map((p) => moment(p)), datasets: [{ label: 'Confidence (0–100)', data: s.points.map((p) => p.confidence), borderColor: primary, backgroundColor: primary, tension: 0.2 }] },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } },
    });
  }
}
