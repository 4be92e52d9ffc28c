import { Card, Col, Empty, Row, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Workflow } from "@/entities/workflows";

/** The workflows one may start, as cards that open the new-ticket form. */
export function WorkflowCards({ workflows }: { workflows: Workflow[] }) {
  const { t } = useTranslation("tickets");
  if (workflows.length === 0) return <Empty description={t("new.noWorkflows")} data-testid="workflows-empty" />;
  return (
    <Row gutter={[16, 16]}>
      {workflows.map((workflow) => (
        <Col key={workflow.id} xs={24} sm={12} lg={8} xxl={6}>
          <Link
            to={`/tickets/new/${workflow.id}`}
            data-testid={`workflow-card-${workflow.key}`}
            style={{ display: "block", height: "100%" }}
          >
            <Card
              hoverable
              style={{ height: "100%" }}
              title={workflow.name}
              extra={workflow.category ? <Tag>{workflow.category}</Tag> : null}
            >
              <Typography.Paragraph type={workflow.description ? undefined : "secondary"} ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
                {workflow.description || t("new.noDescription")}
              </Typography.Paragraph>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
