import { Alert, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { ErrorAlert } from "@/components/ErrorAlert";

type Problem = { field?: string; path?: string; loc?: (string | number)[]; message?: string };

/** A failed request, with each problem of a 422 listed by where it is in the document. */
export function ProblemList({ error }: { error: unknown }) {
  const { t } = useTranslation("workflows");
  if (!(error instanceof ApiError) || !Array.isArray(error.details) || !error.details.length) {
    return <ErrorAlert error={error} />;
  }
  const problems = error.details as Problem[];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={error.message}
      data-testid="problem-list"
      description={
        <>
          <Typography.Text type="secondary">{t("problems.count", { count: problems.length })}</Typography.Text>
          <ul style={{ margin: "4px 0 0", paddingInlineStart: 20, maxHeight: 240, overflow: "auto" }}>
            {problems.map((problem, index) => {
              const where = problem.field || problem.path || problem.loc?.join(".");
              return (
                <li key={index}>
                  {where ? <Typography.Text code>{where}</Typography.Text> : null} {problem.message}
                </li>
              );
            })}
          </ul>
        </>
      }
    />
  );
}
