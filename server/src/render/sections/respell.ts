// A law's own wording of the notice's generated text (docs/language.md, "Laws"): Swiss German writes "ss", never
// "ß", and the Swiss Act says "Personendaten" and "bearbeiten" where the GDPR's German says "personenbezogene Daten"
// and "verarbeiten". The change applies to our sentences only: what the author wrote reaches a sentence as an
// argument, and is kept out of the change (sealed) and put back unchanged afterwards.

/** Private-use characters around a sealed argument's call and number (no catalogue or author text holds them). */
const OPEN = '\uE100';
const CLOSE = '\uE101';
/** Each call seals under its own number, so that a change wrapped in another leaves the outer one's seals alone. */
let calls = 0;

/**
 * Every string of `value` (a catalogue, a law's sentences) with `change` applied: strings directly, and whatever a
 * function returns, its string arguments that the change would touch passed sealed and restored after it.
 */
export function respell<T>(value: T, change: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return change(v);
    if (typeof v === 'function') return wrap(v as (...args: unknown[]) => unknown, change);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

function wrap(fn: (...args: unknown[]) => unknown, change: (text: string) => string) {
  return (...args: unknown[]) => {
    const originals: string[] = [];
    const call = ++calls;
    const sealed = new RegExp(`${OPEN}${call}:(\\d+)${CLOSE}`, 'g');
    // Only the author's strings the change would alter need sealing (dates and ids pass through as they are).
    const seal = (v: unknown): unknown => {
      if (typeof v === 'string') {
        if (change(v) === v) return v;
        originals.push(v);
        return `${OPEN}${call}:${originals.length - 1}${CLOSE}`;
      }
      if (Array.isArray(v)) return v.map(seal);
      if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, seal(x)]));
      return v;
    };
    const unseal = (v: unknown): unknown => {
      if (typeof v === 'string') return change(v).replace(sealed, (_, i: string) => originals[Number(i)]);
      if (Array.isArray(v)) return v.map(unseal);
      if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unseal(x)]));
      if (typeof v === 'function') return wrap(v as (...a: unknown[]) => unknown, change);
      return v;
    };
    return unseal(fn(...args.map(seal)));
  };
}
