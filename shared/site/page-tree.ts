/**
 * The tree of managed pages, as pure functions over `{ id, parentId, order }`: the service checks a new
 * place with them, the renderer draws breadcrumbs and lists of subpages with them.
 */
export type TreeNode = { id: string; parentId?: string | undefined; order: number; slug: string };

/** The page's ancestors, the top first; a broken or cyclic chain stops where it breaks. */
export function ancestorsOf<T extends TreeNode>(nodes: readonly T[], id: string): T[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chain: T[] = [];
  const seen = new Set([id]);
  let parentId = byId.get(id)?.parentId;
  while (parentId && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}

/** The page's children in order (then by address, so the order is total). */
export function childrenOf<T extends TreeNode>(nodes: readonly T[], id: string | undefined): T[] {
  return nodes
    .filter((node) => node.parentId === id)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Would putting `id` under `parentId` make a loop (the page under itself or under one of its descendants)? */
export function makesCycle(nodes: readonly TreeNode[], id: string, parentId: string): boolean {
  return id === parentId || ancestorsOf(nodes, parentId).some((ancestor) => ancestor.id === id);
}
