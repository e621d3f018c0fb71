// Rule `invalid-value`: a value outside its vocabulary or of the wrong type, as the schema walk found it.
import { schemaWalkRule } from '../core/rule';

export const invalidValue = schemaWalkRule('invalid-value', 'A value outside its vocabulary or of the wrong type.');
