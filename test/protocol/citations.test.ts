// GDPR citations over stdio (docs/language.md, "Citing the GDPR in your text"): the server announces document links and '(' as a completion trigger,
// links every citation to EUR-Lex in the notice's language, explains it on hover, completes it while typed,
// and reports one that points at nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, DocumentLink, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type TestClient } from '../support/lspClient';

const TEXT = `policy:
  title: Notice
  effective: 2025-01-01
  language: fr
purposes:
  fraud:
    title: Prévention de la fraude
    description: Sur la base de l’article 6, paragraphe 1, point f) du RGPD (considérant 47) et de Art 6(1)(g).
    law: "Art. 13 Abs. 2 lit. "
`;

describe('GDPR citations over stdio', () => {
  let client: TestClient;
  // Waited for from the moment the document opens: the first publish may come before the hover test runs.
  let firstCitationProblem: ReturnType<TestClient['nextDiagnostics']>;
  const uri = 'file:///citations/notice.privacy.yaml';
  const doc = TextDocument.create(uri, 'privacy-policy', 1, TEXT);
  const at = (needle: string, delta = 0) => doc.positionAt(TEXT.indexOf(needle) + delta);

  before(async () => {
    client = await startServer();
    firstCitationProblem = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'invalid-citation'));
    client.open(uri, TEXT);
  });
  after(() => client.stop());

  it('announces document links and "(" as a completion trigger', () => {
    assert.ok(client.capabilities.documentLinkProvider, 'documentLinkProvider');
    assert.ok(client.capabilities.completionProvider?.triggerCharacters?.includes('('));
  });

  it('answers textDocument/documentLink with EUR-Lex links in the notice language', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    const text = (l: DocumentLink) => TEXT.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end));
    assert.deepEqual(
      links.map((l) => [text(l), l.target]),
      [
        [
          'article 6, paragraphe 1, point f)',
          'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32016R0679#art_6',
        ],
        ['considérant 47', 'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32016R0679#rct_47'],
        // Half-typed, but already a citation of an existing paragraph.
        ['Art. 13 Abs. 2', 'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32016R0679#art_13'],
      ],
    );
    assert.match(links[0].tooltip ?? '', /Licéité du traitement/);
  });

  it('explains a citation on hover, and what is wrong with one that points at nothing', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at('paragraphe 1'),
    });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Art 6\(1\)\(f\) RGPD — Licéité du traitement/);
    assert.match(value, /\(EUR-Lex|EUR-Lex \(French\)/);
    const wrong = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: at('Art 6(1)(g)', 2),
    });
    assert.match((wrong.contents as MarkupContent).value, /no point \(g\)/);
    const published = await firstCitationProblem;
    const d = published.diagnostics.find((x) => x.code === 'invalid-citation')!;
    assert.equal(TEXT.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)), 'Art 6(1)(g)');
  });

  it('completes the points of a citation being typed in the German style', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: at('lit. "', 5),
    });
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    );
  });
});
