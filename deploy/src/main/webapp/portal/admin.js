// Tenant administration: branding with a live preview, members and invitations, settings.
import { api } from './api.js';
import { h, field, select, notice, problemNotice, formData, contrast, normalHex, textFor, date } from './ui.js';
import { render, session, applyBranding } from './app.js';

const AA = 4.5;

function colourField(label, name, value) {
  const hex = normalHex(value) || '#000000';
  const picker = h('input', { type: 'color', name: name + 'Picker', value: hex, 'aria-label': label + ' (picker)' });
  const text = h('input', { type: 'text', name, value: hex, pattern: '#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})', required: true, maxlength: 7 });
  picker.addEventListener('input', () => { text.value = picker.value; text.dispatchEvent(new Event('input', { bubbles: true })); });
  text.addEventListener('input', () => { if (normalHex(text.value)) picker.value = normalHex(text.value); });
  return h('div', { class: 'row' }, field(label, text, '#RRGGBB'), picker);
}

export async function branding() {
  const b = await api('branding');
  const message = h('div', { 'aria-live': 'polite' });
  const check = h('div', { id: 'contrast', 'aria-live': 'polite' });
  const previewLogo = h('img', { alt: '', class: 'logo', hidden: !b.logoUrl, src: b.logoUrl || null });
  const previewName = h('span', {}, b.displayName);
  const bar = h('div', { class: 'preview-bar', id: 'preview-bar' }, previewLogo, previewName);
  const sample = h('span', { class: 'preview-accent', id: 'preview-accent' }, 'Your free trial: 7 days left');
  const primaryButton = h('span', { class: 'preview-accent', id: 'preview-button' }, 'Record attempt');
  const preview = h('section', { class: 'preview', id: 'preview', 'aria-label': 'Live preview' }, bar,
    h('div', { class: 'preview-body' }, primaryButton, sample));
  const form = h('form', { id: 'branding-form' },
    field('Name shown', h('input', { name: 'displayName', required: true, maxlength: 120, value: b.displayName || '' })),
    h('div', { class: 'swatches' },
      colourField('Primary colour', 'primaryColor', b.primaryColor),
      colourField('Text on primary', 'primaryTextColor', b.primaryTextColor || textFor(b.primaryColor)),
      colourField('Accent colour', 'accentColor', b.accentColor),
      colourField('Text on accent', 'accentTextColor', b.accentTextColor || textFor(b.accentColor))),
    field('Support email (optional)', h('input', { type: 'email', name: 'supportEmail', maxlength: 254, value: b.supportEmail || '' })),
    check, message,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save-branding' }, 'Save branding')));
  const update = () => {
    const d = formData(form);
    const paint = (el, bg, fg) => {
      if (normalHex(bg)) el.style.backgroundColor = normalHex(bg);
      if (normalHex(fg)) el.style.color = normalHex(fg);
    };
    paint(bar, d.primaryColor, d.primaryTextColor);
    paint(primaryButton, d.primaryColor, d.primaryTextColor);
    paint(sample, d.accentColor, d.accentTextColor);
    previewName.textContent = d.displayName;
    const pairs = [['Primary colour and its text', d.primaryColor, d.primaryTextColor], ['Accent colour and its text', d.accentColor, d.accentTextColor]];
    const results = pairs.map(([name, bg, fg]) => [name, contrast(bg, fg)]);
    const weak = results.filter(([, ratio]) => ratio !== null && ratio < AA);
    check.replaceChildren(weak.length
      ? notice('warn', h('strong', {}, 'Contrast too low. '),
        ...weak.map(([name, ratio]) => h('span', { class: 'contrast-warning' }, `${name} reach only ${ratio.toFixed(2)}:1; WCAG AA needs 4.5:1. `)),
        'People with low vision may not be able to read it, and saving will be refused.')
      : h('p', { class: 'muted' }, results.map(([name, ratio]) => ratio ? `${name}: ${ratio.toFixed(2)}:1 (AA). ` : '')));
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    try {
      const saved = await api('branding', { method: 'PUT', body: {
        displayName: d.displayName, primaryColor: d.primaryColor, primaryTextColor: d.primaryTextColor,
        accentColor: d.accentColor, accentTextColor: d.accentTextColor, supportEmail: d.supportEmail || null } });
      applyBranding(saved);
      message.replaceChildren(notice('ok', 'Saved. The portal now wears the new look.'));
    } catch (err) {
      const ratio = err.body && err.body.measuredRatio;
      message.replaceChildren(problemNotice(err), ratio ? notice('error', `Measured contrast: ${Number(ratio).toFixed(2)}:1.`) : '');
    }
  });
  const logoInput = h('input', { type: 'file', name: 'logo', accept: 'image/png,image/jpeg,image/svg+xml' });
  const logoMessage = h('div', { 'aria-live': 'polite' });
  const logoForm = h('form', { id: 'logo-form' },
    field('Logo (PNG, JPEG or SVG, at most 512 KB)', logoInput), logoMessage,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Upload logo')));
  logoForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = logoInput.files[0];
    if (!file) return;
    try {
      await api('branding/logo', { method: 'PUT', body: file, contentType: file.type || 'application/octet-stream' });
      applyBranding(await api('branding'));
      previewLogo.src = session.branding.logoUrl + '?v=' + Date.now();
      previewLogo.hidden = false;
      logoMessage.replaceChildren(notice('ok', 'Logo uploaded.'));
    } catch (err) {
      logoMessage.replaceChildren(problemNotice(err));
    }
  });
  render('Branding', h('h2', {}, 'Live preview'), preview, h('h2', {}, 'Look'), form, h('h2', {}, 'Logo'), logoForm);
  update();
}

function roles() {
  return session.kind === 'ORGANISATION' ? ['admin', 'manager', 'staff'] : ['owner', 'admin', 'coach', 'client'];
}

export async function members() {
  const [list, invitations] = await Promise.all([api('members'), api('invitations').catch(() => [])]);
  const message = h('div', { 'aria-live': 'polite', id: 'members-message' });
  const options = roles().map((r) => [r, r]);
  const report = async (work, done) => {
    try {
      await work();
      await members();
      document.getElementById('members-message').replaceChildren(notice('ok', done));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  };
  const table = h('div', { class: 'table-wrap' }, h('table', { id: 'members' },
    h('thead', {}, h('tr', {}, ['Name', 'Email', 'Role', 'Joined', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map((m) => {
      const role = select('role', options, m.role, { 'aria-label': 'Role of ' + (m.displayName || m.email) });
      return h('tr', {},
        h('th', { scope: 'row' }, m.displayName || '—'), h('td', {}, m.email || '—'),
        h('td', {}, h('div', { class: 'row' }, role, h('button', { type: 'button', class: 'secondary',
          onclick: () => report(() => api(`members/${m.subject}/role`, { method: 'PUT', body: { role: role.value } }), 'Role changed.') }, 'Change'))),
        h('td', {}, date(m.joinedAt)),
        h('td', {}, h('button', { type: 'button', class: 'danger', 'aria-label': 'Remove ' + (m.displayName || m.email),
          onclick: () => report(() => api(`members/${m.subject}`, { method: 'DELETE' }), 'Removed.') }, 'Remove')));
    }))));
  const inviteForm = h('form', { id: 'invite' },
    h('div', { class: 'row' },
      field('Email', h('input', { type: 'email', name: 'email', required: true })),
      field('Role', select('role', options, options[options.length - 1][0]))),
    h('div', { class: 'row' },
      field('First name', h('input', { name: 'firstName', maxlength: 100 })),
      field('Last name', h('input', { name: 'lastName', maxlength: 100 }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Send invitation')));
  inviteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = formData(inviteForm);
    report(() => api('invitations', { method: 'POST', body: d }), 'Invitation sent.');
  });
  render('Members', message, table,
    h('h2', {}, 'Invite by email'), inviteForm,
    h('h2', {}, 'Invitations waiting'),
    invitations.length ? h('ul', { id: 'invitations' }, invitations.map((i) => h('li', {}, `${i.email} as ${i.role}, invited ${date(i.invitedAt)}`))) : h('p', { class: 'muted' }, 'None.'));
}

function numberField(label, name, value, attrs, hint) {
  return field(label, h('input', { type: 'number', name, value: value === null || value === undefined ? '' : value, required: true, ...attrs }), hint);
}

export async function settings() {
  const [s, plan] = await Promise.all([api('mastery/settings'), api('plan').catch(() => null)]);
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'settings-form' },
    h('div', { class: 'row' },
      numberField('Target band: lowest predicted success', 'targetLow', s.targetLow, { min: 0.5, max: 0.98, step: 0.01 }, 'e.g. 0.70'),
      numberField('Target band: highest predicted success', 'targetHigh', s.targetHigh, { min: 0.51, max: 0.99, step: 0.01 }, 'e.g. 0.85')),
    numberField('Own share that makes a success genuine (%)', 'ownShareThreshold', s.ownShareThreshold, { min: 0, max: 100, step: 1 }),
    h('div', { class: 'row' },
      numberField('Longest pause (days)', 'longestPauseDays', s.longestPauseDays, { min: 1, max: 365, step: 1 }),
      numberField('Streak lapses after idle days', 'streakLapseDays', s.streakLapseDays, { min: 1, max: 365, step: 1 })),
    h('p', { class: 'muted' }, s.chosen ? 'These are your own settings.' : 'These are the platform’s defaults.'),
    message,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save climbing settings')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const d = formData(form);
    try {
      await api('mastery/settings', { method: 'PUT', body: {
        targetLow: Number(d.targetLow), targetHigh: Number(d.targetHigh), ownShareThreshold: Number(d.ownShareThreshold),
        longestPauseDays: Number(d.longestPauseDays), streakLapseDays: Number(d.streakLapseDays) } });
      message.replaceChildren(notice('ok', 'Saved.'));
    } catch (err) {
      message.replaceChildren(problemNotice(err));
    }
  });
  const content = [h('h2', {}, 'Climbing'), form];
  if (plan) {
    const planMessage = h('div', { 'aria-live': 'polite' });
    const planForm = h('form', { id: 'plan-form' },
      h('div', { class: 'row' },
        numberField('Trial days', 'trialDays', plan.trialDays, { min: 0, max: 365, step: 1 }),
        numberField('Price per month', 'pricePerMonth', plan.pricePerMonth, { min: 0, step: 0.01 }),
        field('Currency', h('input', { name: 'currency', value: plan.currency || 'USD', pattern: '[A-Z]{3}', maxlength: 3, required: true }), 'ISO 4217, e.g. USD')),
      session.kind === 'ORGANISATION' ? numberField('Seats', 'seats', plan.seats, { min: 1, step: 1 }) : null,
      planMessage,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save plan')));
    planForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const d = formData(planForm);
      try {
        await api('plan', { method: 'PUT', body: { trialDays: Number(d.trialDays), pricePerMonth: Number(d.pricePerMonth), currency: d.currency,
          seats: d.seats ? Number(d.seats) : null } });
        planMessage.replaceChildren(notice('ok', 'Saved.'));
      } catch (err) {
        planMessage.replaceChildren(problemNotice(err));
      }
    });
    content.push(h('h2', {}, 'Plan'), planForm);
  }
  render('Settings', ...content);
}
