import { buildDepartmentTree, departmentPath, subtreeIds } from "./department-tree";

const row = (id: number, name: string, parent_id: number | null) => ({ id, name, code: `d${id}`, parent_id });

const names = (nodes: ReturnType<typeof buildDepartmentTree>): unknown =>
  nodes.map((node) => (node.children.length ? { [node.name]: names(node.children) } : node.name));

test("nests departments under their parents, siblings by name", () => {
  const rows = [row(3, "Ops", 1), row(1, "IT", null), row(2, "Dev", 1), row(4, "HR", null), row(5, "Backend", 2)];
  expect(names(buildDepartmentTree(rows))).toEqual(["HR", { IT: [{ Dev: ["Backend"] }, "Ops"] }]);
});

test("a department whose parent is not listed becomes a root", () => {
  expect(names(buildDepartmentTree([row(2, "Dev", 99), row(1, "IT", null)]))).toEqual(["Dev", "IT"]);
});

test("a cycle in old data never loops and lists each department once", () => {
  const tree = buildDepartmentTree([row(1, "A", 2), row(2, "B", 1), row(3, "C", 1)]);
  const all: string[] = [];
  const walk = (nodes: typeof tree) => nodes.forEach((node) => (all.push(node.name), walk(node.children)));
  walk(tree);
  expect(all.sort()).toEqual(["A", "B", "C"]);
});

test("keeps the row's own fields on each node", () => {
  const [node] = buildDepartmentTree([{ ...row(1, "IT", null), member_count: 7 }]);
  expect(node.member_count).toBe(7);
  expect(node.code).toBe("d1");
});

test("the subtree of a department holds it and everything below it", () => {
  const rows = [row(1, "IT", null), row(2, "Dev", 1), row(3, "Backend", 2), row(4, "HR", null)];
  expect([...subtreeIds(rows, 1)].sort()).toEqual([1, 2, 3]);
  expect([...subtreeIds(rows, 4)]).toEqual([4]);
});

test("the path of a department runs from the root down", () => {
  const rows = [row(1, "IT", null), row(2, "Dev", 1), row(3, "Backend", 2)];
  expect(departmentPath(rows, 3)).toEqual(["IT", "Dev", "Backend"]);
  expect(departmentPath(rows, 42)).toEqual([]);
});
