// LSP glue for the reconciliation with a HAR recording (README, "Catalogues and evidence"): the client streams the file's text in chunks,
// the server keeps only the evidence, then reports the reconciliation rules on the policy until it is closed or
// the evidence is cleared.
import type { Connection } from 'vscode-languageserver/node';
import { harEvidenceReader, HarError } from './reconcile/evidence';
import { reconcile, summaryLine } from './reconcile/reconcile';
import {
  ReconcileBeginRequest,
  ReconcileChunkRequest,
  ReconcileClearRequest,
  ReconcileEndRequest,
  type ReconcileBeginParams,
  type ReconcileBeginResult,
  type ReconcileChunkParams,
  type ReconcileClearParams,
  type ReconcileEndParams,
  type ReconcileEndResult,
} from './protocol/requests';
import type { LanguageService } from './service/languageService';
import type { TextDocument } from 'vscode-languageserver-textdocument';

interface Session {
  uri: string;
  reader: ReturnType<typeof harEvidenceReader>;
  error?: string;
}

/** At most this many recordings are read at once; an abandoned one is dropped when a new one starts. */
const MAX_SESSIONS = 4;

export interface ReconcileHost {
  service: () => LanguageService;
  document: (uri: string) => TextDocument | undefined;
  refresh: (uri: string) => void;
  /** Writes to the server's log (the output channel). */
  log: (message: string) => void;
  /** Test-only fault injection: throws when the test asked for a fault in the named step. */
  injectFault: (name: string) => void;
}

export function registerReconcileRequests(connection: Connection, host: ReconcileHost): void {
  const sessions = new Map<number, Session>();
  let next = 1;

  connection.onRequest(ReconcileBeginRequest, (params: ReconcileBeginParams): ReconcileBeginResult => {
    for (const [id, s] of sessions) if (s.uri === params.uri) sessions.delete(id);
    while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    const session = next++;
    sessions.set(session, { uri: params.uri, reader: harEvidenceReader(String(params.harName ?? 'recording.har')) });
    return { session };
  });

  connection.onRequest(ReconcileChunkRequest, (params: ReconcileChunkParams): null => {
    const s = sessions.get(params.session);
    if (!s || s.error) return null; // after an error the rest of the file is ignored; the end reports it
    try {
      s.reader.write(String(params.text ?? ''));
    } catch (error) {
      s.error =
        error instanceof HarError ? error.message : `The recording could not be read: ${(error as Error).message}`;
    }
    return null;
  });

  connection.onRequest(ReconcileEndRequest, (params: ReconcileEndParams): ReconcileEndResult => {
    const s = sessions.get(params.session);
    sessions.delete(params.session);
    if (!s) return { error: 'This reconciliation was cancelled (another one started for the same policy).' };
    if (s.error) return { error: s.error };
    let evidence;
    try {
      evidence = s.reader.end();
    } catch (error) {
      return {
        error:
          error instanceof HarError ? error.message : `The recording could not be read: ${(error as Error).message}`,
      };
    }
    // The same isolation as every other request: a failure is logged, and the user gets a message, not a dead command.
    try {
      host.injectFault('Reconcile');
      const service = host.service();
      service.setEvidence(s.uri, evidence);
      const doc = host.document(s.uri);
      host.refresh(s.uri);
      if (!doc)
        return {
          summary: summaryLine(
            {
              undeclaredCookies: [],
              unobservedCookies: [],
              undeclaredThirdParties: [],
              unknownThirdPartyHosts: [],
              cookiesSeen: evidence.cookies.length,
              cookiesDeclared: 0,
            },
            evidence,
          ),
          findings: 0,
        };
      const result = reconcile(service.analyze(doc).model, evidence);
      return {
        summary: summaryLine(result, evidence),
        findings:
          result.undeclaredCookies.length + result.undeclaredThirdParties.length + result.unobservedCookies.length,
      };
    } catch (error) {
      host.log(`Reconcile failed on ${s.uri}: ${(error as Error).stack ?? String(error)}`);
      return { error: `The policy could not be reconciled with the recording: ${(error as Error).message}` };
    }
  });

  connection.onRequest(ReconcileClearRequest, (params: ReconcileClearParams): null => {
    host.service().setEvidence(params.uri, undefined);
    host.refresh(params.uri);
    return null;
  });
}
