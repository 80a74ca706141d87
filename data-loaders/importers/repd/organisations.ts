import { ENTERPRISE_GROUP_ALIASES } from './operator-aliases.ts';
import { isPlaceholderOperator, normaliseOperatorName } from './operators.ts';
import { assertDistinctIds, compareText, stableId } from './stable-id.ts';

/**
 * Rules that turn operators into organisations and enterprise groups:
 * - An organisation (the legal entity) is one normalised operator name, so
 *   "Anesco", "Anesco " and "Anesco (formerly owned by Energy Reservoirs)"
 *   are one organisation, named by its most frequent spelling.
 * - An enterprise group gathers the organisations that the alias table puts
 *   together, such as "NESF" and "NextEnergy Solar Fund". Every other
 *   organisation is a group of its own.
 * - A placeholder operator ("Private Developer", blank, "Unknown") gives each
 *   of its sites an organisation and a group of its own, so that unnamed
 *   owners are never counted as one contributor.
 * Ids derive from the normalised name, so an organisation keeps its id from
 * one extract to the next.
 */

/** A site's operator, as the organisation builder needs it. */
export interface OperatorSite {
  refId: string;
  operator: string;
  registeredOn: string;
}

export interface OrganisationRecord {
  orgId: string;
  name: string;
  enterpriseGroupId: string;
  /** Earliest registration date of the organisation's assets. */
  registeredOn: string;
  isPlaceholder: boolean;
}

/** An enterprise group that the alias table formed from several organisations. */
export interface AliasMerge {
  groupName: string;
  organisationNames: string[];
}

export interface OrganisationIndex {
  /** Organisations in order of org_id. */
  organisations: OrganisationRecord[];
  orgIdByRefId: Map<string, string>;
  enterpriseGroupCount: number;
  placeholderSiteCount: number;
  aliasMerges: AliasMerge[];
}

interface OrganisationDraft {
  key: string;
  groupKey: string;
  spellings: Map<string, number>;
  registeredOn: string;
  isPlaceholder: boolean;
}

/** Builds the organisations of the given sites and assigns each site its organisation. */
export function buildOrganisations(sites: readonly OperatorSite[]): OrganisationIndex {
  const groupKeyOf = aliasLookup();
  const drafts = new Map<string, OrganisationDraft>();
  const keyByRefId = new Map<string, string>();

  for (const site of sites) {
    const key = organisationKey(site);
    const draft = drafts.get(key) ?? newDraft(key, site, groupKeyOf);
    draft.registeredOn = draft.registeredOn <= site.registeredOn ? draft.registeredOn : site.registeredOn;
    const spelling = site.operator.trim().replace(/\s+/g, ' ');
    draft.spellings.set(spelling, (draft.spellings.get(spelling) ?? 0) + 1);
    drafts.set(key, draft);
    keyByRefId.set(site.refId, key);
  }

  const orgIds = new Map([...drafts.keys()].map((key) => [key, stableId('ORG', key)]));
  const groupIds = new Map([...drafts.values()].map((draft) => [draft.groupKey, stableId('EG', draft.groupKey)]));
  assertDistinctIds(orgIds);
  assertDistinctIds(groupIds);

  const organisations = [...drafts.values()].map(toRecord).sort((a, b) => compareText(a.orgId, b.orgId));
  const orgIdByRefId = new Map([...keyByRefId].map(([refId, key]) => [refId, orgIds.get(key) as string]));

  return {
    organisations,
    orgIdByRefId,
    enterpriseGroupCount: new Set(organisations.map((organisation) => organisation.enterpriseGroupId)).size,
    placeholderSiteCount: organisations.filter((organisation) => organisation.isPlaceholder).length,
    aliasMerges: listAliasMerges([...drafts.values()]),
  };
}

/**
 * Returns a function from a normalised operator key to its enterprise group
 * key. Throws when the alias table is inconsistent: a key that is not in
 * normalised form, or one listed under two groups.
 */
export function aliasLookup(): (key: string) => string {
  const groupByKey = new Map<string, string>();

  for (const [groupKey, members] of Object.entries(ENTERPRISE_GROUP_ALIASES)) {
    for (const key of [groupKey, ...members]) {
      if (normaliseOperatorName(key) !== key) {
        throw new Error(`Operator alias "${key}" is not in normalised form; write it as "${normaliseOperatorName(key)}"`);
      }
      const earlier = groupByKey.get(key);
      if (earlier !== undefined && earlier !== groupKey) {
        throw new Error(`Operator alias "${key}" is listed under both "${earlier}" and "${groupKey}"`);
      }
      groupByKey.set(key, groupKey);
    }
  }

  return (key) => groupByKey.get(key) ?? key;
}

function organisationKey(site: OperatorSite): string {
  const normalised = normaliseOperatorName(site.operator);
  if (isPlaceholderOperator(site.operator) || normalised === '') return `placeholder:${site.refId}`;
  return `operator:${normalised}`;
}

function newDraft(key: string, site: OperatorSite, groupKeyOf: (key: string) => string): OrganisationDraft {
  const isPlaceholder = key.startsWith('placeholder:');
  const groupKey = isPlaceholder ? key : `operator:${groupKeyOf(key.slice('operator:'.length))}`;
  return { key, groupKey, spellings: new Map(), registeredOn: site.registeredOn, isPlaceholder };
}

function toRecord(draft: OrganisationDraft): OrganisationRecord {
  return {
    orgId: stableId('ORG', draft.key),
    name: organisationName(draft),
    enterpriseGroupId: stableId('EG', draft.groupKey),
    registeredOn: draft.registeredOn,
    isPlaceholder: draft.isPlaceholder,
  };
}

/** Returns the most frequent spelling; placeholders get the site's REPD reference so that names stay distinct. */
function organisationName(draft: OrganisationDraft): string {
  const [spelling] = mostFrequentSpelling(draft.spellings);
  if (!draft.isPlaceholder) return spelling;

  const refId = draft.key.slice('placeholder:'.length);
  const label = spelling === '' ? 'Operator not given' : spelling;
  return `${label} (REPD ${refId})`;
}

function mostFrequentSpelling(spellings: Map<string, number>): [string, number] {
  const ranked = [...spellings].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return ranked[0];
}

function listAliasMerges(drafts: OrganisationDraft[]): AliasMerge[] {
  const byGroup = new Map<string, OrganisationDraft[]>();
  for (const draft of drafts) byGroup.set(draft.groupKey, [...(byGroup.get(draft.groupKey) ?? []), draft]);

  const merges: AliasMerge[] = [];
  for (const [groupKey, members] of byGroup) {
    if (members.length < 2) continue;
    const names = members.map((member) => organisationName(member)).sort(compareText);
    merges.push({ groupName: groupKey.slice('operator:'.length), organisationNames: names });
  }

  return merges.sort((a, b) => compareText(a.groupName, b.groupName));
}
