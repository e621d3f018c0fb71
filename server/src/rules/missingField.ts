// Rule `missing-field`: a required field that is absent, as the schema walk found it.
import { schemaWalkRule } from '../core/rule';

export const missingField = schemaWalkRule('missing-field', 'A required field is absent.');
