import type { Unit } from '#shared/domain/organisation.ts';

/**
 * The organisation chart's rules, pure: a unit's parent must exist and may not be the unit itself or one
 * of its descendants (the chart is a forest). `chartOf` orders it for rendering.
 */
export type StructureProblem = 'unknown-parent' | 'cycle';

export function structureProblem(
  units: readonly Pick<Unit, 'id' | 'parentId'>[],
  id: string,
  parentId: string | undefined,
): StructureProblem | undefined {
  if (parentId === undefined) return undefined;
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  if (parentId !== id && !parentOf.has(parentId)) return 'unknown-parent';
  parentOf.set(id, parentId);
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined; at = parentOf.get(at)) {
    if (seen.has(at)) return 'cycle';
    seen.add(at);
  }
  return undefined;
}

export type ChartNode<T> = { unit: T; children: ChartNode<T>[] };

/** The units as trees, siblings by order then Vietnamese name; a unit whose parent is gone is a root. */
export function chartOf<T extends Pick<Unit, 'id' | 'parentId' | 'order' | 'nameVi'>>(
  units: readonly T[],
): ChartNode<T>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const sorted = [...units].sort((a, b) => a.order - b.order || a.nameVi.localeCompare(b.nameVi, 'vi'));
  const build = (parent: string | undefined): ChartNode<T>[] =>
    sorted
      .filter((unit) =>
        parent === undefined ? !unit.parentId || !ids.has(unit.parentId) : unit.parentId === parent,
      )
      .map((unit) => ({ unit, children: build(unit.id) }));
  return build(undefined);
}

/** A unit's ancestors, nearest last (the breadcrumb of its page). */
export function ancestorsOf<T extends Pick<Unit, 'id' | 'parentId'>>(units: readonly T[], id: string): T[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const trail: T[] = [];
  const seen = new Set<string>([id]);
  for (let at = byId.get(id)?.parentId; at && !seen.has(at); at = byId.get(at)?.parentId) {
    const unit = byId.get(at);
    if (!unit) break;
    seen.add(at);
    trail.unshift(unit);
  }
  return trail;
}
