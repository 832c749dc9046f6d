// The request target, read once and the same way nginx reads it, so the two servers agree on every address: the path
// is percent-decoded to bytes (no UTF-8 check: a name that is not a file is simply not found), repeated slashes are
// merged and `.` and `..` resolved. What cannot be read so is a 400.

const BAD = { error: 400 };

/**
 * @param {string} target the request target as sent (origin-form, or absolute-form whose host is ignored)
 * @returns {{ error: 400 } | { raw: string, path: string, query: string }} `path` holds one character per byte
 *   (latin1), decoded and normalised; `raw` is the path as sent; `query` is '' or starts with '?'.
 */
export function parseTarget(target) {
  let rest = target;
  // Absolute-form (`GET http://evil.example/en/guides`): only the path counts; its host never reaches an answer.
  if (!rest.startsWith('/')) {
    const authority = /^https?:\/\/[^/?#]*/i.exec(rest);
    if (!authority) return BAD;
    rest = rest.slice(authority[0].length) || '/';
    if (!rest.startsWith('/')) return BAD;
  }
  // A raw backslash is no URI character; browsers read `/\host` as another host, so it is refused outright.
  if (rest.includes('\\')) return BAD;
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const mark = rest.indexOf('?');
  const raw = mark === -1 ? rest : rest.slice(0, mark);
  const query = mark === -1 ? '' : rest.slice(mark);

  let decoded = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '%') {
      decoded += c;
      continue;
    }
    const byte = Number.parseInt(raw.slice(i + 1, i + 3), 16);
    if (!/^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3)) || byte === 0) return BAD;
    decoded += String.fromCharCode(byte);
    i += 2;
  }

  const segments = [];
  const parts = decoded.split('/');
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    if (part === '..') {
      if (segments.length === 0) return BAD;
      segments.pop();
      if (last) segments.push('');
    } else if (part === '.' || (part === '' && !last)) {
      if (last) segments.push('');
    } else {
      segments.push(part);
    }
  }
  return { raw, path: `/${segments.join('/')}`, query };
}

/** A decoded path back into a URL path: only unreserved characters and `/` stay as they are. */
export function encodePath(path) {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    out += /[A-Za-z0-9\-._~/!$&'()*+,;=:@]/.test(c) ? c : `%${path.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A UTF-8 file name in the one-character-per-byte form that parseTarget gives. */
export const asBytes = (name) => Buffer.from(name, 'utf8').toString('latin1');
