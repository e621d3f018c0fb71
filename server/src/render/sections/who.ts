// "Who we are" (Art 13(1)(a)–(b)): controller, EU representative, data protection officer; then the summary.
import { entryOf, mapOf, strOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { details } from './details';

export function whoSection(ctx: RenderContext): NoticeSection {
  const m = ctx.msg.who;
  const controllerEntry = ctx.section('controller');
  const controller = mapOf(controllerEntry?.value);
  const name = ctx.text(controller, 'name');
  let body = `<h3${ctx.at(controllerEntry)}>${m.controllerHeading}</h3>`;
  body += name
    ? `<p${ctx.at(entryOf(controller, 'name'))}>${m.controller(`<strong>${name}</strong>`)}</p>`
    : controllerEntry
      ? ctx.flagBlock('missing-field', { key: 'name', within: controllerEntry.span })
      : ctx.flagBlock('missing-field', { key: 'controller' });
  body += details(ctx, controller, [
    ['legal_form', m.legalForm, 'text'],
    ['registration', m.registration, 'text'],
    ['address', m.address, 'multiline'],
    ['email', m.email, 'email'],
    ['phone', m.phone, 'text'],
    ['url', m.website, 'url'],
  ]);
  body += ctx.flagBlock('missing-controller-contact');

  const repEntry = ctx.section('representative');
  const rep = mapOf(repEntry?.value);
  if (rep) {
    const repName = ctx.text(rep, 'name');
    body += `<h3${ctx.at(repEntry)}>${m.representativeHeading}</h3>`;
    if (repName) body += `<p${ctx.at(entryOf(rep, 'name'))}>${m.representative(`<strong>${repName}</strong>`)}</p>`;
    body += details(ctx, rep, [['address', m.address, 'multiline'], ['email', m.email, 'email'], ['phone', m.phone, 'text']]);
  }

  const dpoEntry = ctx.section('dpo');
  const dpoMap = mapOf(dpoEntry?.value);
  if (dpoMap) {
    const dpoName = ctx.text(dpoMap, 'name');
    body += `<h3${ctx.at(dpoEntry)}>${m.dpoHeading}</h3>`;
    // The name is optional (Art 13(1)(b), 37(7) ask for contact details): without it the sentence stands alone.
    body += `<p${ctx.at(entryOf(dpoMap, 'name') ?? dpoEntry)}>${dpoName ? m.dpo(`<strong>${dpoName}</strong>`) : m.dpoUnnamed}</p>`;
    body += details(ctx, dpoMap, [['email', m.email, 'email'], ['phone', m.phone, 'text'], ['address', m.address, 'multiline'], ['url', m.website, 'url']]);
  } else if (dpoEntry && strOf(dpoEntry.value)?.value === 'none') {
    body += `<h3${ctx.at(dpoEntry)}>${m.dpoHeading}</h3><p${ctx.at(dpoEntry)}>${m.dpoNone}</p>`;
  } else {
    const marker = ctx.flagBlock('missing-dpo');
    if (marker) body += `<h3>${m.dpoHeading}</h3>${marker}`;
  }
  return { id: 'who-we-are', heading: ctx.msg.headings.who, source: controllerEntry, body };
}

export function summarySection(ctx: RenderContext): NoticeSection | undefined {
  const summary = entryOf(ctx.mapAt('policy'), 'summary');
  const body = ctx.markdown(summary, 3);
  return body ? { id: 'summary', heading: ctx.msg.headings.summary, source: summary, body, className: 'summary' } : undefined;
}
