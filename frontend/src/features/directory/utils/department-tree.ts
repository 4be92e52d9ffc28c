// The department tree from the flat list the API returns (each row names its parent).

export type DepartmentRow = { id: number; name: string; code: string; parent_id: number | null };
export type DepartmentNode<T extends DepartmentRow = DepartmentRow> = T & { children: DepartmentNode<T>[] };

/**
 * Nest departments under their parents, siblings sorted by name. A department whose parent is
 * missing from the list becomes a root, and a cycle (which the API refuses, but data may be old)
 * never loops: each department appears exactly once.
 */
export function buildDepartmentTree<T extends DepartmentRow>(rows: readonly T[]): DepartmentNode<T>[] {
  const nodes = new Map<number, DepartmentNode<T>>(rows.map((row) => [row.id, { ...row, children: [] }]));
  const roots: DepartmentNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id === null ? undefined : nodes.get(node.parent_id);
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: DepartmentNode<T>[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** Whether `node` is `candidate` or one of its ancestors (walking up by parent_id). */
function isAncestor<T extends DepartmentRow>(
  node: DepartmentNode<T>,
  candidate: DepartmentNode<T>,
  nodes: Map<number, DepartmentNode<T>>,
): boolean {
  const seen = new Set<number>();
  for (let current: DepartmentNode<T> | undefined = candidate; current; ) {
    if (current.id === node.id) return true;
    if (seen.has(current.id)) return false;
    seen.add(current.id);
    current = current.parent_id === null ? undefined : nodes.get(current.parent_id);
  }
  return false;
}

/** The ids of a department and everything below it (a department cannot move under these). */
export function subtreeIds(rows: readonly DepartmentRow[], rootId: number): Set<number> {
  const out = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parent_id !== null && out.has(row.parent_id) && !out.has(row.id)) {
        out.add(row.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The names from the root down to a department ("Company / IT / Dev"). */
export function departmentPath(rows: readonly DepartmentRow[], id: number): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const names: string[] = [];
  const seen = new Set<number>();
  for (let row = byId.get(id); row && !seen.has(row.id); row = row.parent_id === null ? undefined : byId.get(row.parent_id)) {
    seen.add(row.id);
    names.unshift(row.name);
  }
  return names;
}
