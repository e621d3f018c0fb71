// Rule `duplicate-key`: a key repeated in one mapping, as the schema walk found it.
import { schemaWalkRule } from '../core/rule';

export const duplicateKey = schemaWalkRule('duplicate-key', 'A key repeated in one mapping.');
