import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** A page that does not exist, with the way back: to my to-do list (tenant console) or to the
 *  tenants (platform console). */
export function NotFound({ home = "/tickets?view=todo", label }: { home?: string; label?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("notFound")}
      extra={
        <Button type="primary" onClick={() => navigate(home)} data-testid="not-found-back">
          {label ?? t("notFoundBack")}
        </Button>
      }
    />
  );
}
