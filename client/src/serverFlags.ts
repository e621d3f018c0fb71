// How Node should run the language server. V8 grows each semi-space of the young generation to 16 MB while a large
// notice is parsed, and keeps that memory committed afterwards; capped at 4 MB, the idle server with the
// 17,000-line policy open stays near 112 MB instead of 136 MB, with no measured cost in analysis time (`npm run bench`
// runs the server with these flags, as VS Code does). The README gives the same command for other editors.
// `--no-regexp-tier-up`: V8 compiles each regular expression to machine code when it first runs, instead of first
// interpreting it and compiling it on its second run; the rules run dozens of case-insensitive Unicode expressions
// over every text, and compiling each once cut the CPU time of the first analysis from about 175 ms to 100 ms
// (README, "Performance"), with no measured change after an edit.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--no-regexp-tier-up'];
