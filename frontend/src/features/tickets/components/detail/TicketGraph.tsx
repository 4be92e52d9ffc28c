import { WorkflowGraph } from "@/components/workflow-graph/WorkflowGraph";
import type { Steps } from "../../types";

/** The ticket's workflow version with its current state highlighted (every running branch's, while it
 *  runs parallel branches) and visited states tinted. */
export function TicketGraph({ steps, height }: { steps: Steps; height: number }) {
  const current = steps.states.filter((state) => state.current).map((state) => state.key);
  const visited = steps.states.filter((state) => state.visited).map((state) => state.key);
  return <WorkflowGraph states={steps.states} transitions={steps.transitions} highlight={current} visited={visited} height={height} />;
}
