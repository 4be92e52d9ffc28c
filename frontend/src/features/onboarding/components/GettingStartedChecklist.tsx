import { CheckCircleFilled, ClockCircleOutlined } from "@ant-design/icons";
import { Button, Card, List, Progress, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useChecklist } from "../api/use-checklist";
import { useDismissChecklist } from "../api/use-dismiss-checklist";

/** The getting-started checklist: each item ticks itself from the tenant's data and links to the page that does it. */
export function GettingStartedChecklist() {
  const { t } = useTranslation("onboarding");
  const checklist = useChecklist();
  const dismiss = useDismissChecklist();
  if (checklist.isError) return <ErrorAlert error={checklist.error} />;
  const items = checklist.data?.items ?? [];
  const done = items.filter((item) => item.done).length;
  return (
    <Card
      title={t("checklist.title")}
      loading={checklist.isPending}
      data-testid="getting-started"
      extra={
        <Button size="small" onClick={() => dismiss.mutate(true)} loading={dismiss.isPending} data-testid="getting-started-dismiss">
          {t("checklist.dismiss")}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("checklist.intro")}</Typography.Text>
        <Progress percent={items.length ? Math.round((done / items.length) * 100) : 0} steps={items.length || 4} />
        <List
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              data-testid={`checklist-${item.key}`}
              data-done={item.done ? "yes" : "no"}
              actions={item.done ? [] : [<Link key="go" to={item.link}>{t(`checklist.items.${item.key}.action`)}</Link>]}
            >
              <List.Item.Meta
                avatar={item.done ? <CheckCircleFilled style={{ color: "#52c41a", fontSize: 20 }} /> : <ClockCircleOutlined style={{ fontSize: 20 }} />}
                title={t(`checklist.items.${item.key}.title`)}
                description={t(`checklist.items.${item.key}.description`)}
              />
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
