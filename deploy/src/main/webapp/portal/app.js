// The branded portal: themes itself from the tenant's branding, signs people in with Keycloak
// (authorization code + PKCE) and shows the pages their role may use.
import { api, configure, download, Problem } from './api.js';
import { h, notice, problemNotice, textFor, normalHex, contrast } from './ui.js';
import * as client from './client.js';
import * as evidence from './evidence.js';
import * as team from './team.js';
import * as admin from './admin.js';

// /t/{slug}/ names the tenant; at the root of a portal host the server tells which tenant it is.
const pathSlug = location.pathname.startsWith('/t/') ? location.pathname.split('/')[2] : null;
let slug = pathSlug;
const portalUrl = pathSlug ? `${location.origin}/t/${pathSlug}/` : `${location.origin}/`;
const main = document.getElementById('main');
const session = { slug, kind: null, role: null, name: null, tenantName: 'Portal', branding: null };

const TEAM = ['coach', 'manager', 'admin', 'owner'];
const ASSIGN = ['manager', 'admin', 'owner'];
const ADMIN = ['admin', 'owner'];
const COACH = ['coach'];

/** Applies a tenant's name, colours and logo to the whole portal. */
export function applyBranding(b) {
  if (!b) return;
  session.branding = b;
  session.tenantName = b.displayName || slug;
  const root = document.documentElement.style;
  const set = (name, value, fallback) => root.setProperty(name, normalHex(value) || fallback);
  set('--primary', b.primaryColor, '#1f4e79');
  set('--primary-text', b.primaryTextColor || textFor(b.primaryColor), '#ffffff');
  set('--accent', b.accentColor, '#ffd166');
  set('--accent-text', b.accentTextColor || textFor(b.accentColor), '#1a1a1a');
  // links and outlined buttons sit on white: the brand colour there only when it reaches AA
  const onPaper = normalHex(b.primaryColor) && contrast(b.primaryColor, '#ffffff') >= 4.5 ? normalHex(b.primaryColor) : '#1a1a1a';
  root.setProperty('--primary-on-paper', onPaper);
  document.getElementById('brand-name').textContent = session.tenantName;
  const logo = document.getElementById('brand-logo');
  if (b.logoUrl) {
    logo.src = b.logoUrl + '?v=' + Date.now();
    logo.alt = session.tenantName + ' logo';
    logo.hidden = false;
  } else {
    logo.hidden = true;
  }
  const support = document.getElementById('support');
  support.replaceChildren();
  if (b.supportEmail) support.append('Help: ', h('a', { href: 'mailto:' + b.supportEmail }, b.supportEmail));
  document.title = session.tenantName;
}

/** Replaces the page: a heading, the content, focus moved to the page for keyboard users. */
export function render(title, ...content) {
  main.replaceChildren(h('h1', {}, title), ...content.filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
  document.title = title + ' · ' + session.tenantName;
  main.focus({ preventScroll: true });
}

export function flash(node) {
  sessionStorage.setItem('foothold.flash', JSON.stringify(node));
}

export function takeFlash() {
  const raw = sessionStorage.getItem('foothold.flash');
  sessionStorage.removeItem('foothold.flash');
  return raw ? notice('ok', JSON.parse(raw)) : null;
}

function can(roles) {
  return roles.includes(session.role);
}

function navigation() {
  const items = [['#/', 'My ladders'], ['#/start', 'Start a ladder'], ['#/evidence', 'My evidence'], ['#/inventory', 'Success inventory'], ['#/progress', 'My confidence']];
  if (can(TEAM)) items.push(['#/team', session.kind === 'ORGANISATION' ? 'Team dashboard' : 'Clients'], ['#/ladders', 'Ladder editor']);
  if (can(COACH)) items.push(['#/feedback', 'Entries awaiting feedback']);
  if (can(ASSIGN)) items.push(['#/assign', 'Assign ladders']);
  if (can(ADMIN)) items.push(['#/branding', 'Branding'], ['#/members', 'Members'], ['#/settings', 'Settings']);
  const nav = document.getElementById('nav');
  nav.replaceChildren(...items.map(([href, label]) => h('a', { href, 'data-route': href }, label)));
  nav.hidden = false;
  const toggle = document.getElementById('menu-toggle');
  toggle.hidden = false;
  nav.classList.add('closed');
  toggle.addEventListener('click', () => {
    const open = nav.classList.toggle('closed') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
}

function markCurrent() {
  const current = '#/' + (location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || '');
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.route === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const routes = [
  [/^$/, () => client.myLadders()],
  [/^climb\/([\w-]+)$/, (m) => client.climb(m[1])],
  [/^start$/, (m, q) => client.start(q)],
  [/^screening$/, (m, q) => client.screening(q)],
  [/^progress$/, () => client.progress()],
  [/^evidence$/, () => evidence.evidence()],
  [/^inventory$/, () => evidence.inventory()],
  [/^feedback$/, () => team.feedback(), COACH],
  [/^paywall$/, () => paywall(null)],
  [/^team$/, () => team.dashboard(), TEAM],
  [/^ladders$/, () => team.ladders(), TEAM],
  [/^ladders\/new$/, () => team.editor(null), TEAM],
  [/^ladders\/([\w-]+)$/, (m) => team.editor(m[1]), TEAM],
  [/^assign$/, () => team.assign(), ASSIGN],
  [/^branding$/, () => admin.branding(), ADMIN],
  [/^members$/, () => admin.members(), ADMIN],
  [/^settings$/, () => admin.settings(), ADMIN],
];

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query || '');
  markCurrent();
  document.getElementById('nav').classList.add('closed');
  for (const [pattern, page, roles] of routes) {
    const m = pattern.exec(path);
    if (!m) continue;
    if (roles && !can(roles)) {
      render('Not for your role', notice('warn', 'This page is for ' + roles.join(', ') + '.'));
      return;
    }
    try {
      await page(m, params);
    } catch (e) {
      if (e instanceof Problem && e.status === 402) return; // the paywall is showing
      render('Something went wrong', problemNotice(e));
    }
    return;
  }
  render('Not found', notice('warn', 'There is no such page. ', h('a', { href: '#/' }, 'Back to my ladders')));
}

/** Export buttons for one's whole evidence log; each says what it saved. */
export function exportButtons() {
  const status = h('p', { id: 'export-status', 'aria-live': 'polite' });
  const button = (format, label) =>
    h('button', { type: 'button', class: 'secondary', 'data-format': format, onclick: async () => {
      try {
        const saved = await download(`me/evidence/export?format=${format}`, `evidence.${format}`);
        const n = saved.json && Array.isArray(saved.json.entries) ? saved.json.entries.length : null;
        const entries = n === null ? '' : `: ${n} ${n === 1 ? 'entry' : 'entries'}`;
        status.replaceChildren(notice('ok', `Saved ${saved.filename} (${saved.size} bytes)${entries}.`));
      } catch (e) {
        status.replaceChildren(problemNotice(e));
      }
    } }, label);
  return h('div', { class: 'exports' },
    h('div', { class: 'actions' }, button('html', 'Export as a printable page'), button('csv', 'Export as CSV'), button('json', 'Export as JSON')),
    status);
}

/** What the gate says no with: a clear page that still lets the person take their evidence. */
export function paywall(problem) {
  // several calls of one page may be refused at once: one paywall is enough
  if (problem && document.getElementById('paywall')) return;
  const body = (problem && problem.body) || {};
  const message = h('div', { 'aria-live': 'polite' });
  render(body.title || 'Your subscription',
    h('div', { id: 'paywall' },
      h('p', { id: 'paywall-reason' }, body.reason || body.detail || 'Subscribe to keep climbing.'),
      h('p', {}, 'Subscribing opens your ladders again, right where you left them.'),
      message,
      // the upgrade link is the checkout endpoint (POST): the button asks it for the provider's page
      h('div', { class: 'actions' }, h('button', { type: 'button', id: 'subscribe', onclick: () => checkout(message) }, 'Subscribe')),
      h('h2', {}, 'Your evidence stays yours'),
      h('p', {}, 'Whatever your subscription, you can read your evidence log and export everything you recorded. ',
        h('a', { href: '#/evidence' }, 'Open my evidence')),
      exportButtons()));
}

export async function checkout(where) {
  try {
    const answer = await api('me/subscription/checkout', { method: 'POST', body: {} });
    if (answer && answer.url) location.assign(answer.url);
  } catch (e) {
    if (where && where.replaceChildren) where.replaceChildren(problemNotice(e));
    else main.prepend(problemNotice(e));
  }
}

/** The trial banner: shown only when the server knows about subscriptions. */
async function banner() {
  const el = document.getElementById('banner');
  let sub = null;
  try {
    sub = await api('me/subscription');
  } catch (e) {
    sub = null;
  }
  if (!sub || !sub.state) return;
  const subscribe = h('button', { type: 'button', class: 'secondary', id: 'banner-subscribe', onclick: () => checkout() }, 'Subscribe');
  if (sub.state === 'trialing' && sub.trialDaysLeft !== null && sub.trialDaysLeft !== undefined) {
    const days = sub.trialDaysLeft === 1 ? '1 day' : sub.trialDaysLeft + ' days';
    el.replaceChildren(h('span', {}, `Your free trial: ${days} left.`), subscribe);
  } else if (['trial_ended', 'past_due', 'canceled', 'unpaid', 'incomplete', 'incomplete_expired'].includes(sub.state)) {
    el.replaceChildren(h('span', {}, sub.state === 'past_due' ? 'Your last payment did not go through.' : 'Your trial or subscription has ended.'), subscribe);
  } else {
    return;
  }
  el.hidden = false;
}

function signInPage(kc, error) {
  render('Welcome to ' + session.tenantName,
    h('div', { class: 'signin' },
      h('p', {}, 'Climb your skills one rung at a time, with evidence of every step.'),
      error ? notice('error', error) : null,
      h('button', { type: 'button', id: 'sign-in', onclick: () => {
        sessionStorage.setItem('foothold.after', location.hash || '#/');
        kc.login({ redirectUri: portalUrl });
      } }, 'Sign in')));
}

async function start() {
  let signInClientId = null;
  if (!slug) {
    const host = await fetch('/api/v1/portal', { headers: { Accept: 'application/json' } });
    if (!host.ok) {
      render('No portal here', notice('warn', 'Each tenant’s portal lives at /t/<tenant>/, for example ',
        h('a', { href: '/t/demo-coaching/' }, '/t/demo-coaching/'), '.'));
      return;
    }
    const portal = await host.json();
    slug = portal.tenant;
    session.slug = slug;
    // on a tenant's custom domain the portal signs in through that tenant's own client
    signInClientId = portal.signInClientId;
  }
  const brandingAnswer = await fetch(`/api/v1/t/${slug}/branding`, { headers: { Accept: 'application/json' } });
  if (!brandingAnswer.ok) {
    render('No such portal', notice('error', `There is no portal called "${slug}".`));
    return;
  }
  applyBranding(await brandingAnswer.json());
  const signIn = await (await fetch('/api/v1/portal/sign-in')).json();
  const kc = new window.Keycloak({ url: signIn.url, realm: signIn.realm, clientId: signInClientId || signIn.clientId });
  const options = { pkceMethod: 'S256', responseMode: 'query', checkLoginIframe: false, redirectUri: portalUrl };
  // a tenant's own client asks for that tenant's organisation in the token
  if (signInClientId) options.scope = 'openid organization:' + slug;
  if (sessionStorage.getItem('foothold.signedIn')) options.onLoad = 'check-sso';
  let authenticated = false;
  try {
    authenticated = await kc.init(options);
  } catch (e) {
    signInPage(kc, 'Signing in did not work. Please try again.');
    return;
  }
  if (!authenticated) {
    sessionStorage.removeItem('foothold.signedIn');
    signInPage(kc);
    return;
  }
  sessionStorage.setItem('foothold.signedIn', '1');
  kc.onTokenExpired = () => kc.updateToken(30).catch(() => kc.login({ redirectUri: portalUrl }));
  configure({
    slug,
    token: async () => {
      await kc.updateToken(30);
      return kc.token;
    },
    onPaywall: paywall,
  });
  const after = sessionStorage.getItem('foothold.after');
  sessionStorage.removeItem('foothold.after');
  if (after && after !== location.hash) history.replaceState(null, '', portalUrl + after);
  let me;
  try {
    me = await api('me/membership');
    const tenant = await api('/api/v1/t/' + slug);
    session.kind = tenant.kind;
  } catch (e) {
    render('Not a member here', problemNotice(e), h('button', { type: 'button', onclick: () => signOut(kc) }, 'Sign out'));
    return;
  }
  session.role = me.role;
  session.name = me.name || me.email;
  session.subject = me.subject;
  document.getElementById('who').replaceChildren(
    h('span', { id: 'signed-in-as' }, `${session.name} · ${me.role}`),
    h('button', { type: 'button', id: 'sign-out', onclick: () => signOut(kc) }, 'Sign out'));
  navigation();
  // one page at a time: a page still loading finishes before the next one renders over it
  let routing = route();
  window.addEventListener('hashchange', () => {
    routing = routing.then(route);
  });
  banner();
  await routing;
}

function signOut(kc) {
  sessionStorage.removeItem('foothold.signedIn');
  kc.logout({ redirectUri: portalUrl });
}

export { session };

start().catch((e) => render('Something went wrong', problemNotice(e)));
