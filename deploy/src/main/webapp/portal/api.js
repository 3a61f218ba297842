// Calls to Foothold's API with the signed-in person's token. Failures become Problems.

export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || 'HTTP ' + status);
    this.status = status;
    this.body = body && typeof body === 'object' ? body : { title: 'HTTP ' + status, detail: String(body || '') };
  }

  /** Whether the problem's type ends with this name (types are urn:foothold:problem:<name>). */
  is(name) {
    const type = String(this.body.type || '');
    return type === name || type.endsWith(':' + name) || type.endsWith('/' + name);
  }
}

const state = { slug: null, token: async () => null, onPaywall: null };

export function configure(options) {
  Object.assign(state, options);
}

export function tenantPath(path) {
  return path.startsWith('/') ? path : `/api/v1/t/${state.slug}/${path}`;
}

async function headers(extra) {
  const token = await state.token();
  return { Accept: 'application/json, application/problem+json', ...(token ? { Authorization: 'Bearer ' + token } : {}), ...extra };
}

export async function api(path, { method = 'GET', body, contentType } = {}) {
  const isJson = body !== undefined && !contentType;
  const response = await fetch(tenantPath(path), {
    method,
    headers: await headers(body === undefined ? {} : { 'Content-Type': contentType || 'application/json' }),
    body: body === undefined ? undefined : isJson ? JSON.stringify(body) : body,
  });
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = new Problem(response.status, data);
    if (response.status === 402 && state.onPaywall) state.onPaywall(problem);
    throw problem;
  }
  return data;
}

/** Like api(), but answers null when the endpoint does not exist (yet) on this server. */
export async function optional(path, options) {
  try {
    return await api(path, options);
  } catch (e) {
    if (e instanceof Problem && (e.status === 404 || e.status === 405 || e.status === 501)) return null;
    throw e;
  }
}

/** Downloads a file the API produces for the signed-in person. */
export async function download(path, filename) {
  const response = await fetch(tenantPath(path), { headers: await headers({ Accept: '*/*' }) });
  if (!response.ok) throw new Problem(response.status, await response.text());
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
