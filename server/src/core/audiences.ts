// The audience view (docs/language.md, "Output language", v1.2): the notice one group of people sees. A purpose or data category without
// `audiences` concerns everyone; recipients, transfers and joint controllers follow the purposes that remain. v1.3: data
// used by every purpose (`all_purposes`) stays while any purpose does; a recipient that no purpose names (an
// organisation that collects data itself, a recipient given without purposes) concerns everyone.
import type { PolicyModel } from '../parser/policyModel';

/** True when the item (purpose or data category) concerns the audience: it names it, or names none. */
function concerns(item: { audiences: { value: string }[] }, audience: string): boolean {
  return item.audiences.length === 0 || item.audiences.some((a) => a.value === audience);
}

/** The policy as one audience sees it; the model itself when the audience is not defined. */
export function audienceView(model: PolicyModel, audience: string): PolicyModel {
  if (!model.audiences.some((a) => a.id === audience)) return model;
  const purposes = model.purposes.filter((p) => concerns(p, audience));
  const usedData = new Set(purposes.flatMap((p) => p.data.map((r) => r.value)));
  const data = model.data.filter(
    (d) => (usedData.has(d.id) || (d.allPurposes && purposes.length > 0)) && concerns(d, audience),
  );
  const named = new Set(model.purposes.flatMap((p) => p.recipients.map((r) => r.value)));
  const usedRecipients = new Set(purposes.flatMap((p) => p.recipients.map((r) => r.value)));
  const recipients = model.recipients.filter((r) => usedRecipients.has(r.id) || !named.has(r.id));
  const kept = new Set(recipients.map((r) => r.id));
  const purposeIds = new Set(purposes.map((p) => p.id));
  // A transfer stays when it names a remaining recipient, or names none (it then covers countries as such).
  const transfers = model.transfers.filter(
    (t) => t.recipients.length === 0 || t.recipients.some((r) => kept.has(r.value)),
  );
  const jointControllers = model.jointControllers.filter(
    (j) => j.purposes.length === 0 || j.purposes.some((p) => purposeIds.has(p.value)),
  );
  return { ...model, purposes, data, recipients, transfers, jointControllers };
}
