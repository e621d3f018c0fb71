// The YAML parser's findings in the author's words and in the interface's language: the `yaml` package reports in
// English, in a grammar's terms ("Implicit map keys need to be followed by map values"). Its fixed messages are
// said again here plainly, one `message(…)` each, so that the catalogues translate them (languages/interface.ts);
// a message built from the document (an unexpected token, an unknown tag) keeps the parser's words inside a
// translated sentence.
import { message, type Message } from '../languages/language';

const PLAIN: Readonly<Record<string, Message>> = {
  'An alias node must not specify any properties': message(
    'An alias (*name) cannot have a tag or an anchor of its own.',
  ),
  'Alias cannot be an empty string': message('An alias (*name) needs a name after the asterisk.'),
  'Alias ending in : is ambiguous': message('An alias ending in a colon is ambiguous: put a space before the colon.'),
  'Anchor cannot be an empty string': message('An anchor (&name) needs a name after the ampersand.'),
  'Anchor ending in : is ambiguous': message('An anchor ending in a colon is ambiguous: put a space before the colon.'),
  'All sequence items must start at the same column': message(
    'Every item of a list must start at the same column: align the dashes.',
  ),
  'A block sequence may not be used as an implicit map key': message('A list cannot be used as a key.'),
  'Nested mappings are not allowed in compact mappings': message(
    'A key and its value are on one line here, but the value holds another key: put the nested keys on their own ' +
      'lines, indented, or quote a value that contains “: ”.',
  ),
  'Map keys must be unique': message('A key appears twice in the same mapping.'),
  "Missing closing 'quote": message("A single quote (') is opened here but never closed."),
  'Missing closing "quote': message('A double quote (") is opened here but never closed.'),
  'Comments must be separated from other tokens by white space characters': message(
    'A comment (#) must have a space before it.',
  ),
  'Implicit map keys need to be followed by map values': message(
    'This line is read as a key without a value: add a colon and a value, or indent it under the key it belongs to.',
  ),
  'Sequence item without - indicator': message('A list item needs a dash (- ) before it.'),
  'Tags and anchors must be separated from the next token by white space': message(
    'A tag (!tag) or anchor (&name) must have a space after it.',
  ),
  'Implicit keys need to be on a single line': message(
    'A key must be on one line: a line break inside it (often an unclosed quote or a missing colon above) breaks ' +
      'the mapping.',
  ),
  'Implicit keys of flow sequence pairs need to be on a single line': message('A key inside [ ] must be on one line.'),
  'A node can have at most one anchor': message('A value can have one anchor (&name) only.'),
  'A node can have at most one tag': message('A value can have one tag (!tag) only.'),
  'Tabs are not allowed as indentation': message('YAML does not allow tabs for indentation: indent with spaces.'),
  'Block scalar header not found': message('The block text indicator (| or >) is missing.'),
  'Missing directives-end indicator line': message(
    'A directive (%) must be followed by a line with three dashes (---).',
  ),
  'Missing directives-end/doc-start indicator line': message(
    'A directive (%) must be followed by a line with three dashes (---).',
  ),
  'Block collection cannot start on same line with directives-end marker': message(
    'A mapping or list cannot start on the same line as the three dashes (---).',
  ),
};

/** Every plain message (test/unit/interfaceText.test.ts checks the catalogues translate them). */
export const PLAIN_YAML_MESSAGES: readonly Message[] = Object.values(PLAIN);

/** A finding of the `yaml` package, its first line without the position, as the author reads it. */
export function yamlMessage(parserMessage: string): Message {
  const line = parserMessage
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
  return PLAIN[line] ?? message('The YAML parser reports: {0}.', line);
}
