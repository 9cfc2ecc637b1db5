import { dimensionValue, listActivityOfMonth } from '#shared/data/activity.ts';
import { listAgencies, listCategories } from '#shared/data/directory.ts';
import { listStaffAccounts } from '#shared/data/staff.ts';
import type { ActivityCounter } from '#shared/domain/activity.ts';
import type { ActivityReport, ReportPeriod } from '#shared/domain/reports.ts';
import { aggregateReport, type ReportNames } from './aggregate.ts';

/**
 * The report of a period (issue 15): one query per month of its counters (at most twelve, whatever
 * happened in them), and the names of categories, agencies and editors, then the pure aggregation.
 */
export async function readActivityCounters(period: Pick<ReportPeriod, 'months'>): Promise<ActivityCounter[]> {
  return (await Promise.all(period.months.map((month) => listActivityOfMonth(month)))).flat();
}

export async function reportNames(): Promise<ReportNames> {
  const [categories, agencies, staff] = await Promise.all([
    listCategories(),
    listAgencies(),
    listStaffAccounts(),
  ]);
  return {
    categories: Object.fromEntries(categories.map((category) => [category.slug, category.nameVi])),
    agencies: Object.fromEntries(agencies.map((agency) => [agency.id, agency.nameVi])),
    // Articles are counted by their author's id (the token's `sub`); the account gives the name.
    editors: Object.fromEntries(staff.map((account) => [dimensionValue(account.userId), account.name])),
  };
}

export async function activityReport(period: ReportPeriod): Promise<ActivityReport> {
  const [counters, names] = await Promise.all([readActivityCounters(period), reportNames()]);
  return aggregateReport(period, counters, names);
}
