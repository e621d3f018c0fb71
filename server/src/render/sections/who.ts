// "Who we are" (Art 13(1)(a)–(b)): controller, EU representative, data protection officer; then the summary.
import { entryOf, mapOf, strOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml } from '../html';
import { details } from './details';

export function whoSection(ctx: RenderContext, opening = ''): NoticeSection {
  const m = ctx.msg.who;
  const controllerEntry = ctx.section('controller');
  const controller = mapOf(controllerEntry?.value);
  const name = ctx.text(controller, 'name');
  let body = `${opening}<h3${ctx.at(controllerEntry)}>${m.controllerHeading}</h3>`;
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

  body += jointControllersHtml(ctx);

  const repEntry = ctx.section('representative');
  const rep = mapOf(repEntry?.value);
  if (rep) {
    const repName = ctx.text(rep, 'name');
    body += `<h3${ctx.at(repEntry)}>${m.representativeHeading}</h3>`;
    if (repName) body += `<p${ctx.at(entryOf(rep, 'name'))}>${m.representative(`<strong>${repName}</strong>`)}</p>`;
    body += details(ctx, rep, [
      ['address', m.address, 'multiline'],
      ['email', m.email, 'email'],
      ['phone', m.phone, 'text'],
    ]);
  }

  const dpoEntry = ctx.section('dpo');
  const dpoMap = mapOf(dpoEntry?.value);
  if (dpoMap) {
    const dpoName = ctx.text(dpoMap, 'name');
    body += `<h3${ctx.at(dpoEntry)}>${m.dpoHeading}</h3>`;
    // The name is optional (Art 13(1)(b), 37(7) ask for contact details): without it the sentence stands alone.
    body += `<p${ctx.at(entryOf(dpoMap, 'name') ?? dpoEntry)}>${dpoName ? m.dpo(`<strong>${dpoName}</strong>`) : m.dpoUnnamed}</p>`;
    body += details(ctx, dpoMap, [
      ['email', m.email, 'email'],
      ['phone', m.phone, 'text'],
      ['address', m.address, 'multiline'],
      ['url', m.website, 'url'],
    ]);
  } else if (dpoEntry && strOf(dpoEntry.value)?.value === 'none') {
    body += `<h3${ctx.at(dpoEntry)}>${m.dpoHeading}</h3><p${ctx.at(dpoEntry)}>${m.dpoNone}</p>`;
  } else {
    const marker = ctx.flagBlock('missing-dpo');
    if (marker) body += `<h3>${m.dpoHeading}</h3>${marker}`;
  }
  return { id: 'who-we-are', heading: ctx.msg.headings.who, source: controllerEntry, body };
}

/** v1.2 `joint_controllers` (Art 26): who they are, for which purposes, and the essence of the arrangement. */
function jointControllersHtml(ctx: RenderContext): string {
  const j = ctx.msg.joint;
  const entry = ctx.section('joint_controllers');
  if (!entry || !ctx.model.jointControllers.length) return '';
  const items = ctx.model.jointControllers.map((jc) => {
    const name = ctx.text(jc.map, 'name');
    const purposes = jc.purposes.map((ref) => {
      const p = ctx.model.purposes.find((x) => x.id === ref.value);
      return p ? `<a href="#${ctx.anchor('purpose', p.id)}">${escapeHtml(p.name)}</a>` : escapeHtml(ref.value);
    });
    let html = `<div class="joint-controller"${ctx.at(jc.map)}>`;
    if (name) html += `<p><strong>${name}</strong></p>`;
    html += details(ctx, jc.map, [
      ['address', ctx.msg.who.address, 'multiline'],
      ['contact', j.contact, 'either'],
      ['contact_point', j.contactPoint, 'either'],
    ]);
    if (purposes.length) html += `<p${ctx.at(entryOf(jc.map, 'purposes'))}>${j.purposes}: ${ctx.list(purposes)}</p>`;
    const essence = ctx.markdownField(jc.map, 'essence');
    html += essence
      ? `<p class="sub-label">${j.essence}</p>${essence}`
      : ctx.flagBlock('missing-joint-arrangement', { within: jc.map.span });
    return `${html}</div>`;
  });
  return `<h3${ctx.at(entry)}>${j.heading}</h3><p>${j.intro}</p>${items.join('')}`;
}

export function summarySection(ctx: RenderContext): NoticeSection | undefined {
  const summary = entryOf(ctx.mapAt('policy'), 'summary');
  const body = ctx.markdown(summary, 3);
  return body
    ? { id: 'summary', heading: ctx.msg.headings.summary, source: summary, body, className: 'summary' }
    : undefined;
}
