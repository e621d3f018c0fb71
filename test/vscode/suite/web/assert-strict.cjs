// `node:assert/strict` for the web worker bundle of the suite (scripts/vscode-offline/suite.mjs): the npm port of
// Node's assert module, in its strict mode, as the suite uses it in Node.
module.exports = require('assert').strict;
