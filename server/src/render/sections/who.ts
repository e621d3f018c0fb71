// "Who we are" (Art 13(1)(a)–(b)): controller, EU representative, data protection officer, and v1.3 the processing
// we do on others' behalf; then the summary.
import { entryOf, flagOf, mapOf, strOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml, link, urlHref } from '../html';
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
      ? ctx.flagBlock('missing-field', { key: 'name', within: controllerEntry.span }, 'missing-field/controller-name')
      : ctx.flagBlock('missing-field', { key: 'controller' }, 'missing-field/controller');
  body += details(ctx, controller, [
    ['legal_form', m.legalForm, 'text'],
    ['registration', m.registration, 'text'],
    ['address', m.address, 'multiline'],
    ['email', m.email, 'email'],
    ['phone', m.phone, 'text'],
    ['url', m.website, 'url'],
  ]);
  // v1.3 `public_body`: the controller says it is a public authority or body (docs/language.md, "controller").
  if (flagOf(controller, 'public_body'))
    body += `<dl class="details"><div${ctx.at(entryOf(controller, 'public_body'))}><dt>${m.status}</dt><dd>${m.publicBody}</dd></div></dl>`;
  body += ctx.flagBlock('missing-controller-contact');

  body += jointControllersHtml(ctx);
  body += processorForHtml(ctx);

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
    body += `<h3${ctx.at(dpoEntry)}>${m.dpoHeading}</h3>`;
    // The name is optional (Art 13(1)(b), 37(7) ask for contact details); given, it is a row of its own, never spliced
    // after a verb (docs/language.md, "Output language": names in sentences).
    body += `<p${ctx.at(dpoEntry)}>${m.dpoUnnamed}</p>`;
    body += details(ctx, dpoMap, [
      ['name', m.name, 'text'],
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
      return p ? `<a href="#${ctx.anchor('purpose', p.id)}">${ctx.own(p.name)}</a>` : escapeHtml(ref.value);
    });
    let html = `<div class="joint-controller"${ctx.at(jc.map)}>`;
    if (name) html += `<p><strong>${name}</strong></p>`;
    html += details(ctx, jc.map, [
      ['address', ctx.msg.who.address, 'multiline'],
      ['contact', j.contact, 'either'],
      ['contact_point', j.contactPoint, 'either'],
    ]);
    if (purposes.length) html += `<p${ctx.at(entryOf(jc.map, 'purposes'))}>${j.purposes(ctx.list(purposes))}</p>`;
    const essence = ctx.markdownField(jc.map, 'essence');
    html += essence
      ? `<p class="sub-label">${j.essence}</p>${essence}`
      : ctx.flagBlock('missing-joint-arrangement', { within: jc.map.span });
    return `${html}</div>`;
  });
  return `<h3${ctx.at(entry)}>${j.heading}</h3><p>${j.intro}</p>${items.join('')}`;
}

/**
 * v1.3 `roles.processor_for` (Art 28): what we process on someone else's behalf, who the controller is, and where
 * their notice is. Stated once, as the author wrote it.
 */
function processorForHtml(ctx: RenderContext): string {
  const m = ctx.msg.who;
  const rolesEntry = ctx.section('roles');
  const entry = entryOf(mapOf(rolesEntry?.value), 'processor_for');
  if (entry?.value?.kind !== 'seq' || !entry.value.items.length) return '';
  const items = entry.value.items.flatMap((item) => {
    const map = mapOf(item);
    if (!map) return [];
    const what = ctx.markdownField(map, 'what');
    const controller = ctx.text(map, 'controller');
    const notice = strOf(entryOf(map, 'notice')?.value)?.value;
    const href = notice ? urlHref(notice) : undefined;
    const rows: string[] = [];
    if (controller)
      rows.push(
        `<div${ctx.at(entryOf(map, 'controller'))}><dt>${m.processorController}</dt><dd>${controller}</dd></div>`,
      );
    if (notice?.trim())
      rows.push(
        `<div${ctx.at(entryOf(map, 'notice'))}><dt>${m.processorNotice}</dt><dd>${href ? link(href, escapeHtml(notice.trim())) : ctx.own(notice)}</dd></div>`,
      );
    return [
      `<div class="processor-for"${ctx.at(item)}>${what}${rows.length ? `<dl class="details">${rows.join('')}</dl>` : ''}</div>`,
    ];
  });
  if (!items.length) return '';
  return `<h3${ctx.at(entry)}>${m.processorHeading}</h3><p>${m.processorIntro}</p>${items.join('')}`;
}

export function summarySection(ctx: RenderContext): NoticeSection | undefined {
  const summary = entryOf(ctx.mapAt('policy'), 'summary');
  const body = ctx.markdown(summary, 3);
  return body
    ? { id: 'summary', heading: ctx.msg.headings.summary, source: summary, body, className: 'summary' }
    : undefined;
}
