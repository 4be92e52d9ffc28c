// Publishing problems address the document by dotted path ("states.2.participant.users.0");
// these helpers tie each one to the element it is about, in the document that was checked.
import type { Doc, Problem, Selection } from "./types";

export type ProblemTarget =
  | { kind: "state" | "transition" | "field"; key: string; rest: string }
  | { kind: "document"; key: null; rest: string };

export interface LocatedProblem extends Problem {
  target: ProblemTarget;
}

const COLLECTIONS = { states: "state", transitions: "transition", fields: "field" } as const;

/** The element a problem path points into (`rest` is what follows its index), or the document. */
export function locateProblem(doc: Doc, path: string): ProblemTarget {
  const [head, index, ...rest] = path.split(".");
  const kind = COLLECTIONS[head as keyof typeof COLLECTIONS];
  if (kind && index !== undefined && /^\d+$/.test(index)) {
    const list = head === "states" ? doc.states : head === "transitions" ? doc.transitions : doc.fields;
    const element = list[Number(index)];
    if (element) return { kind, key: element.key, rest: rest.join(".") };
  }
  return { kind: "document", key: null, rest: path };
}

export function locateProblems(doc: Doc, problems: Problem[]): LocatedProblem[] {
  return problems.map((problem) => ({ ...problem, target: locateProblem(doc, problem.path) }));
}

/** The selection that shows a problem's element (null for document-level problems). */
export function problemSelection(problem: LocatedProblem): Selection {
  return problem.target.kind === "document" ? null : { kind: problem.target.kind, key: problem.target.key };
}

/** Problems of one element, optionally only those under a sub-path (`participant`, `sla.transition`). */
export function problemsOf(
  problems: LocatedProblem[],
  kind: "state" | "transition" | "field",
  key: string,
  under?: string,
): LocatedProblem[] {
  return problems.filter(
    (problem) =>
      problem.target.kind === kind &&
      problem.target.key === key &&
      (under === undefined || problem.target.rest === under || problem.target.rest.startsWith(`${under}.`)),
  );
}

type SchemaDetail = { field?: string; loc?: unknown[]; type?: string; message?: string };

/** A 422 `validation_failed` (the document does not fit the schema) as problems with document paths. */
export function schemaProblems(details: unknown): Problem[] {
  if (!Array.isArray(details)) return [];
  return (details as SchemaDetail[]).map((detail) => ({
    path: (detail.field ?? "").replace(/^document\.?/, ""),
    code: detail.type ?? "invalid",
    message: detail.message ?? "",
  }));
}

/** A key typed into the designer that could not be committed (see KeyInput), with its element. */
export interface PendingKey {
  owner: { kind: "state" | "transition" | "field"; key: string; rest?: string };
  value: string;
  problem: "invalid" | "taken";
}

/** Pending keys as problems of their elements (those still in `doc`): a duplicate or malformed key
 *  the admin typed is listed and blocks publishing instead of being silently dropped. */
export function pendingKeyProblems(doc: Doc, pending: PendingKey[], message: (key: PendingKey) => string): LocatedProblem[] {
  const lists = { state: doc.states, transition: doc.transitions, field: doc.fields };
  return pending
    .filter(({ owner }) => lists[owner.kind].some((element) => element.key === owner.key))
    .map((key) => {
      const rest = key.owner.rest ?? "key";
      return {
        path: rest,
        code: key.problem === "taken" ? "duplicate_key" : "invalid_key",
        message: message(key),
        target: { kind: key.owner.kind, key: key.owner.key, rest },
      };
    });
}
