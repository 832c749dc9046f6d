// A map that cannot outgrow its limits: at most `maxEntries` keys and `maxBytes` for keys and values together (the
// caller says what a value weighs). The least recently used entry goes first, so a full cache still takes new files.

export class BoundedCache {
  /** @param {{ maxEntries: number, maxBytes: number }} limits */
  constructor({ maxEntries, maxBytes }) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { value: unknown, weight: number }>} insertion order is recency order */
    this.entries = new Map();
  }

  get size() {
    return this.entries.size;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** @param {string} key @param {unknown} value @param {number} valueBytes */
  set(key, value, valueBytes) {
    // A JavaScript string costs two bytes a character at most; a fixed 64 for the entry's own objects.
    const weight = key.length * 2 + valueBytes + 64;
    if (weight > this.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.bytes += weight;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value);
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.weight;
  }
}
