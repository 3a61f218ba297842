// Small DOM helpers: every text goes in through textContent, never as HTML.

let counter = 0;

/** Builds an element: h('p', {class: 'x'}, 'text', child). Attributes on* become listeners. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A labelled field: the label names the input, the hint describes it. */
export function field(label, input, hint) {
  if (!input.id) input.id = 'f' + (++counter);
  let hintEl = null;
  if (hint) {
    hintEl = h('span', { class: 'hint', id: input.id + '-hint' }, hint);
    input.setAttribute('aria-describedby', input.id + '-hint');
  }
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), hintEl, input);
}

/** A group of radio buttons under a legend. */
export function radios(legend, name, options, checked, required) {
  return h('fieldset', {},
    h('legend', {}, legend),
    h('div', { class: 'choices' }, options.map(([value, text]) => {
      const id = 'f' + (++counter);
      return h('label', { for: id },
        h('input', { type: 'radio', id, name, value, checked: value === checked, required: !!required }), text);
    })));
}

export function select(name, options, chosen, attrs) {
  return h('select', { name, ...(attrs || {}) },
    options.map(([value, text]) => h('option', { value, selected: value === chosen }, text)));
}

export function notice(kind, ...content) {
  return h('div', { class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status' }, ...content);
}

/** A problem+json answer (or any error) in words a person can act on. */
export function problemNotice(error) {
  const body = (error && error.body) || {};
  const items = Array.isArray(body.errors) ? body.errors : [];
  return notice('error',
    h('strong', {}, body.title || 'Something went wrong'),
    body.detail ? h('p', {}, body.detail) : (body.title ? null : h('p', {}, String(error && error.message || error))),
    items.length ? h('ul', {}, items.map((e) => h('li', {}, e.message || String(e)))) : null);
}

export function formData(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) data[key] = value;
  return data;
}

export function intOrNull(value) {
  return value === undefined || value === null || String(value).trim() === '' ? null : Number(value);
}

export function date(value) {
  if (!value) return '';
  const d = new Date(value);
  return isNaN(d) ? String(value) : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

// WCAG 2.x relative luminance and contrast ratio.
export function normalHex(hex) {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(hex || '').trim());
  if (!m) return null;
  const v = m[1].length === 3 ? m[1].split('').map((c) => c + c).join('') : m[1];
  return '#' + v.toLowerCase();
}

function luminance(hex) {
  const v = normalHex(hex).slice(1);
  const channel = (i) => {
    const c = parseInt(v.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrast(a, b) {
  if (!normalHex(a) || !normalHex(b)) return null;
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A readable text colour for a background: black or white, whichever contrasts more. */
export function textFor(background) {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
}
