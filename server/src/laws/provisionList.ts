// The language is keyed by the GDPR's numbering: a rule serves "Art 13(1)(c), 6(1)", a term rests on "Art 46(2)(c)".
// A law other than the EU GDPR says what each of those provisions is called in its own text (docs/language.md,
// "Laws"). This module reads such a list and maps it item by item through a law's table.

/** One provision of a list as the language writes it: "13(1)(c)", "13(1)(c)/(e)", "8(1)–(2)", "15–22". */
export interface ListItem {
  /** `gdpr` for an article, `recital`, or `eprivacy` (Art 5(3) of the ePrivacy Directive). */
  instrument: 'gdpr' | 'recital' | 'eprivacy';
  /** As written after the article word: "13(1)(c)/(e)". */
  raw: string;
  /** The article, paragraph and point the item starts with ("13", "1", "c"). */
  article: string;
  paragraph?: string;
  point?: string;
}

/** What a law calls one provision: printed as `${prefix}${ref}${suffix}`, grouped with others of the same instrument. */
export interface MappedItem {
  prefix: string;
  ref: string;
  suffix: string;
}

/**
 * The items of a provisions string: "Art 12(1), 13(2)(a); ePrivacy Art 5(3)" → 12(1), 13(2)(a), ePrivacy 5(3).
 * Text that is not a provision ("as transposed", "national law") is skipped.
 */
export function listItems(provisions: string): ListItem[] {
  const items: ListItem[] = [];
  for (const group of provisions.split(';')) {
    let instrument: ListItem['instrument'] = /eprivacy/i.test(group) ? 'eprivacy' : 'gdpr';
    for (const part of group.split(',')) {
      const recital = /recitals?\s+(\d+)/i.exec(part);
      if (recital) {
        items.push({ instrument: 'recital', raw: recital[1], article: recital[1] });
        continue;
      }
      if (/gdpr/i.test(part) && instrument === 'eprivacy') instrument = 'gdpr';
      const m = /(\d+)(?:\((\d+)\))?(?:\(([a-z]+)\))?([^\s,;]*)/.exec(part.replace(/^.*?(?:Art\.?|ePrivacy)\s*/i, ''));
      if (!m) continue;
      items.push({
        instrument,
        raw: `${m[1]}${m[2] !== undefined ? `(${m[2]})` : ''}${m[3] !== undefined ? `(${m[3]})` : ''}${m[4]}`,
        article: m[1],
        paragraph: m[2],
        point: m[3],
      });
    }
  }
  return items;
}

/**
 * Maps a provisions string through a law's table; undefined when any item has no counterpart under the law (a rule
 * that serves it is then silent under that law), or when nothing was read.
 */
export function mapProvisions(
  provisions: string,
  map: (item: ListItem) => MappedItem | MappedItem[] | null,
): string | undefined {
  const items = listItems(provisions);
  if (!items.length) return undefined;
  const groups = new Map<string, { prefix: string; suffix: string; refs: string[] }>();
  for (const item of items) {
    const mapped = map(item);
    if (mapped === null) return undefined;
    for (const m of Array.isArray(mapped) ? mapped : [mapped]) {
      const key = `${m.prefix}\u0000${m.suffix}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { prefix: m.prefix, suffix: m.suffix, refs: [] }));
      if (!group.refs.includes(m.ref)) group.refs.push(m.ref);
    }
  }
  // A provision the list also cites whole is said once: "Art 16 FADP", not "Art 16, 16(1) FADP".
  const whole = (refs: string[]) => refs.filter((r) => !refs.some((o) => o !== r && r.startsWith(`${o}(`)));
  return [...groups.values()].map((g) => `${g.prefix}${whole(g.refs).join(', ')}${g.suffix}`).join('; ');
}

/** The keys a table is looked up by, most specific first: "13(1)(c)", "13(1)", "13". */
export function lookupKeys(item: ListItem): string[] {
  const keys: string[] = [];
  if (item.paragraph !== undefined && item.point !== undefined)
    keys.push(`${item.article}(${item.paragraph})(${item.point})`);
  if (item.paragraph !== undefined) keys.push(`${item.article}(${item.paragraph})`);
  keys.push(item.article);
  return keys;
}
