import { listAgencies } from '#shared/data/directory.ts';
import {
  externalLinks,
  getLinkCheck,
  listLinkChecks,
  officials,
  putLinkCheck,
  requireUnit,
  units,
} from '#shared/data/organisation.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { officialTimedFields, stampFields, unitTimedFields } from '#shared/domain/english-versions.ts';
import { errors } from '#shared/domain/errors.ts';
import type {
  ExternalLink,
  ExternalLinkInput,
  LinkCheck,
  Official,
  OfficialInput,
  Unit,
  UnitInput,
} from '#shared/domain/organisation.ts';
import { schedule } from '#shared/publication/scheduler.ts';
import { structureProblem } from '#shared/site/org-chart.ts';
import { addressesToCheck, checkLink, type LinkCheckOptions, recordedCheck } from './link-check.ts';

/**
 * The organisation's verbs: load → decide (the chart's rules, the field times) → one transaction with its
 * audit record (shared/data/organisation.ts). The link check records one result per address.
 */

async function assertPlaceInChart(id: string, parentId: string | undefined): Promise<void> {
  const problem = structureProblem(await units.list(), id, parentId);
  if (problem === 'unknown-parent')
    throw errors.validation([
      { path: 'parentId', messageVi: 'Không có đơn vị cấp trên này', messageEn: 'No such parent unit' },
    ]);
  if (problem === 'cycle')
    throw errors.validation([
      {
        path: 'parentId',
        messageVi: 'Đơn vị cấp trên không được là chính đơn vị hay đơn vị trực thuộc nó',
        messageEn: 'The parent may not be the unit itself or one of its own units',
      },
    ]);
}

const now = () => new Date().toISOString();

export async function createUnit(input: UnitInput, actor: Actor): Promise<Unit> {
  await assertPlaceInChart(input.id, input.parentId);
  const fieldTimes = stampFields(undefined, input, unitTimedFields, {}, now());
  return units.create({ ...input, fieldTimes, version: 1 }, actor);
}

export async function updateUnit(
  id: string,
  changes: Omit<UnitInput, 'id'>,
  expectedVersion: number,
  actor: Actor,
): Promise<Unit> {
  const current = await requireUnit(id);
  await assertPlaceInChart(id, changes.parentId);
  const next: Unit = {
    ...changes,
    id,
    fieldTimes: stampFields(current, changes, unitTimedFields, current.fieldTimes, now()),
    version: current.version,
  };
  return units.replace(current, next, expectedVersion, actor);
}

const unknownUnit = () =>
  errors.validation([{ path: 'unitId', messageVi: 'Không có đơn vị này', messageEn: 'No such unit' }]);

export async function createOfficial(input: OfficialInput, actor: Actor): Promise<Official> {
  if (!(await units.get(input.unitId))) throw unknownUnit();
  const fieldTimes = stampFields(undefined, input, officialTimedFields, {}, now());
  return officials.create({ ...input, fieldTimes, version: 1 }, actor);
}

export async function updateOfficial(
  id: string,
  changes: Omit<OfficialInput, 'id'>,
  expectedVersion: number,
  actor: Actor,
): Promise<Official> {
  const current = await officials.get(id);
  if (!current) throw errors.notFound(`official “${id}”`);
  if (!(await units.get(changes.unitId))) throw unknownUnit();
  const next: Official = {
    ...changes,
    id,
    fieldTimes: stampFields(current, changes, officialTimedFields, current.fieldTimes, now()),
    version: current.version,
  };
  return officials.replace(current, next, expectedVersion, actor);
}

export const createExternalLink = (input: ExternalLinkInput, actor: Actor): Promise<ExternalLink> =>
  externalLinks.create({ ...input, version: 1 }, actor);

export async function updateExternalLink(
  id: string,
  changes: Omit<ExternalLinkInput, 'id'>,
  expectedVersion: number,
  actor: Actor,
): Promise<ExternalLink> {
  const current = await externalLinks.get(id);
  if (!current) throw errors.notFound(`link “${id}”`);
  return externalLinks.replace(current, { ...changes, id, version: current.version }, expectedVersion, actor);
}

/** Every external address the public pages link to: the links page and the agencies' websites. */
export async function externalAddresses(): Promise<string[]> {
  const [links, agencies] = await Promise.all([externalLinks.list(), listAgencies()]);
  return addressesToCheck([...links.map((link) => link.url), ...agencies.map((agency) => agency.website)]);
}

/** How many addresses are checked at once (government servers are slow; the task has minutes). */
const CHECK_CONCURRENCY = 6;

/** Checks every external address and records each result; returns the dead ones. */
export async function checkAllLinks(options: LinkCheckOptions = {}): Promise<LinkCheck[]> {
  const addresses = await externalAddresses();
  const at = now();
  const results: LinkCheck[] = [];
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const url = addresses[next++] as string;
      const recorded = recordedCheck(await getLinkCheck(url), await checkLink(url, at, options));
      await putLinkCheck(recorded);
      results.push(recorded);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CHECK_CONCURRENCY, addresses.length) }, worker));
  return results.filter((result) => result.state === 'dead');
}

/** The last result of each address still linked (an address no longer linked is not reported). */
export async function currentLinkChecks(): Promise<LinkCheck[]> {
  const linked = new Set(await externalAddresses());
  return (await listLinkChecks()).filter((check) => linked.has(check.url));
}

export const LINK_CHECK_SCHEDULE = 'directory-link-check';
const DAY_MS = 24 * 3600_000;

/**
 * The daily check, as a chain of one-time schedules through the scheduler port: each run first schedules
 * the next (so a failing check does not break the chain), then checks. `at` is when to run.
 */
export async function scheduleLinkCheck(at: Date): Promise<void> {
  await schedule({
    name: LINK_CHECK_SCHEDULE,
    at: at.toISOString(),
    target: 'directory-tasks',
    event: { task: 'check-links' },
  });
}

export async function runScheduledLinkCheck(options: LinkCheckOptions = {}): Promise<LinkCheck[]> {
  await scheduleLinkCheck(new Date(Date.now() + DAY_MS));
  return checkAllLinks(options);
}
