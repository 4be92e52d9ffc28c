import { App, Button, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useTemplates } from "../api/use-templates";
import { useUseTemplate } from "../api/use-use-template";
import type { WorkflowTemplate } from "../types";

function Preview({ template }: { template: WorkflowTemplate }) {
  const { t } = useTranslation("onboarding");
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("gallery.states")}</Typography.Text>
      <Typography.Text data-testid={`template-states-${template.key}`}>{template.preview.states.map((state) => state.name).join(" → ")}</Typography.Text>
      <Typography.Text type="secondary">{t("gallery.fields")}</Typography.Text>
      <Space size={[4, 4]} wrap>
        {template.preview.fields.map((label) => (
          <Tag key={label}>{label}</Tag>
        ))}
      </Space>
    </Space>
  );
}

/** /workflows/templates: the sample workflows; "Use this template" creates a workflow and opens its designer. */
export function TemplateGalleryPage() {
  const { t } = useTranslation("onboarding");
  const { message } = App.useApp();
  const navigate = useNavigate();
  const templates = useTemplates();
  const use = useUseTemplate();

  const start = (template: WorkflowTemplate) =>
    use.mutate(template.key, {
      onSuccess: (workflow) => {
        void message.success(t("gallery.created", { name: workflow.name, key: workflow.key }));
        navigate(`/workflows/${workflow.id}/design`);
      },
    });

  let body;
  if (templates.isError) body = <ErrorAlert error={templates.error} />;
  else if (templates.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!templates.data.length) body = <Empty />;
  else
    body = (
      <Row gutter={[16, 16]}>
        {templates.data.map((template) => (
          <Col xs={24} lg={12} xxl={8} key={template.key}>
            <Card
              title={template.name}
              extra={template.category ? <Tag color="blue">{template.category}</Tag> : null}
              style={{ height: "100%" }}
              data-testid={`template-${template.key}`}
              actions={[
                <Button key="use" type="link" loading={use.isPending && use.variables === template.key} onClick={() => start(template)} data-testid={`use-template-${template.key}`}>
                  {t("gallery.use")}
                </Button>,
              ]}
            >
              <Typography.Paragraph>{template.description}</Typography.Paragraph>
              <Preview template={template} />
            </Card>
          </Col>
        ))}
      </Row>
    );

  return (
    <Page title={t("gallery.title")}>
      <Typography.Paragraph type="secondary">{t("gallery.intro")}</Typography.Paragraph>
      {use.isError ? <ErrorAlert error={use.error} /> : null}
      {body}
    </Page>
  );
}
