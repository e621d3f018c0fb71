// GDPR citations in a real VS Code (docs/language.md, "Citing the GDPR in your text"): completion after the article word lists the articles with their
// French titles (the notice's language), and hovering a citation shows its title, summary and EUR-Lex link.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, positionOf, untilProvided } from './helpers';
import { openFixture } from './util';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('GDPR citations', () => {
  test('after "Art " in a description, completion offers the 99 articles with their French titles', async () => {
    const { doc } = await openFixture('citations.privacy.yaml');
    const at = positionOf(doc, /^    description: /, 'comme le prévoit Art ', {
      delta: 'comme le prévoit Art '.length,
    });
    const items = await untilProvided(
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            at,
          )
        )?.items ?? [],
      (items) => (items.some((i) => labelOf(i) === '6') ? items : undefined),
      `completion after 'Art ' (line ${at.line + 1}) to offer article 6`,
    );
    const articles = items.filter((i) => /^\d+$/.test(labelOf(i)));
    assert.equal(articles.length, 99, `99 articles, got ${articles.length}`);
    const six = articles.find((i) => labelOf(i) === '6')!;
    const description = typeof six.label === 'string' ? '' : (six.label.description ?? '');
    assert.equal(description, 'Licéité du traitement', 'the title in the notice’s language');
  });

  test('hover on a citation shows the article’s title, our summary and the EUR-Lex link', async () => {
    const { doc } = await openFixture('citations.privacy.yaml');
    const at = positionOf(doc, /^    description: /, 'article 6.1.f)', { delta: 3 });
    const text = await untilProvided(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (hovers) => hoverText(hovers) || undefined,
      `a hover on 'article 6.1.f)' (line ${at.line + 1})`,
    );
    assert.match(text, /Art 6\(1\)\(f\) RGPD — Licéité du traitement/, text);
    assert.match(text, /eur-lex\.europa\.eu\/legal-content\/FR\/TXT\/HTML\/\?uri=CELEX:32016R0679#art_6/, text);
  });
});
