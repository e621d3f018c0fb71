// LSP glue for cancellation (README, "Other editors"): the request's cancellation token becomes the plain signal the
// features read (core/cancellation.ts), and work that stopped on it is answered as the protocol says.
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DiagnosticServerCancellationData,
} from 'vscode-languageserver';
import type { CancellationSignal } from './core/cancellation';

/** The token as a signal (the token has the same property; this keeps the features free of LSP types). */
export const signalOf = (token: CancellationToken | undefined): CancellationSignal =>
  token ?? { isCancellationRequested: false };

/** The answer to a request the client cancelled. */
export const requestCancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

/**
 * The answer to a diagnostics pull whose document changed while it was analysed: the server cancelled it, and the
 * client pulls again for the new version (LSP 3.17, DiagnosticServerCancellationData).
 */
export const staleDiagnosticsPull = () =>
  new ResponseError<DiagnosticServerCancellationData>(
    LSPErrorCodes.ServerCancelled,
    'The document changed while its problems were computed.',
    { retriggerRequest: true },
  );
