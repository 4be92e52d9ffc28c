// The one list of problems a request was refused for: a 422's details (placed by field, path or
// location) or messages that belong to no field on screen.
import { Alert, Typography } from "antd";
import type { CSSProperties, ReactNode } from "react";
import { ApiError } from "@/lib/api-error";

export type Problem = { where?: string; message: string };
type Detail = { field?: string; path?: string; loc?: (string | number)[]; message?: string };

/** The problems listed in a failed request's details (none when it has no list). */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Detail[]).map((detail) => ({
    where: detail.field || detail.path || detail.loc?.join(".") || undefined,
    message: detail.message ?? "",
  }));
}

/** The bare list: each problem's place (as code) before its message. */
export function ProblemItems({ problems, style, testId }: { problems: Problem[]; style?: CSSProperties; testId?: string }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflow: "auto", ...style }} data-testid={testId}>
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.where ? <><Typography.Text code>{problem.where}</Typography.Text> </> : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** An error alert: a title, an optional summary line, the problems; nothing when there are none. */
export function ProblemList({ title, summary, problems, testId }: { title: ReactNode; summary?: ReactNode; problems: Problem[]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={title}
      data-testid={testId}
      description={
        <>
          {summary ? <Typography.Text type="secondary">{summary}</Typography.Text> : null}
          <ProblemItems problems={problems} style={summary ? { marginTop: 4 } : undefined} />
        </>
      }
    />
  );
}
