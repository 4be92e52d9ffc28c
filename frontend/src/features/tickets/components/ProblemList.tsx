import { Alert } from "antd";
import { useTranslation } from "react-i18next";

/** Problems the server reported that belong to no field on screen. */
export function ProblemList({ problems }: { problems: string[] }) {
  const { t } = useTranslation("tickets");
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      message={t("problems.title")}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
