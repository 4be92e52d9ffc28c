// Publishing problems shown on the form items they are about.
import { useDesigner } from "./use-designer";
import { problemsOf } from "../model";

type Kind = "state" | "transition" | "field";

export interface ProblemHelp {
  help?: string;
  validateStatus?: "error";
}

/** A function giving `help`/`validateStatus` for a Form.Item: the element's problems under a sub-path
 *  (`exact`: at that path only, not below it). */
export function useProblemHelp(kind: Kind, key: string) {
  const { problems } = useDesigner();
  return (under: string, exact = false): ProblemHelp => {
    const found = problemsOf(problems, kind, key, under).filter((problem) => !exact || problem.target.rest === under);
    if (!found.length) return {};
    return { validateStatus: "error", help: found.map((problem) => problem.message).join(" ") };
  };
}

export type HelpFor = ReturnType<typeof useProblemHelp>;
