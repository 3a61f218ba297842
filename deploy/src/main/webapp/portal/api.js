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

/**
 * Downloads a file the API produces for the signed-in person; answers what was saved (name, size,
 * and for JSON the parsed content) so the page can say so.
 */
export async function download(path, filename) {
  const response = await fetch(tenantPath(path), { headers: await headers({ Accept: '*/*' }) });
  if (!response.ok) {
    const type = response.headers.get('content-type') || '';
    throw new Problem(response.status, type.includes('json') ? await response.json() : await response.text());
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  let json = null;
  if (filename.endsWith('.json')) {
    try {
      json = JSON.parse(await blob.text());
    } catch (e) {
      json = null;
    }
  }
  return { filename, size: blob.size, json };
}
