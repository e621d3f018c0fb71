// Rule `unknown-key`: a key the language does not know (often a typo), as the schema walk found it.
import { schemaWalkRule } from '../core/rule';

export const unknownKey = schemaWalkRule('unknown-key', 'A key the language does not know (often a typo).');
