import { App, Button, Drawer, Flex, Form, Input, Skeleton, Switch, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Script, useCreateScript, useScript, useUpdateScript } from "@/entities/scripts";
import { ApiError } from "@/lib/api-error";
import { codeRules, maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { CodeArea } from "./CodeArea";
import { ScriptRuns } from "./ScriptRuns";

type Values = { name: string; code: string; description: string; is_active: boolean; source: string };
const FIELDS = ["name", "code", "description", "is_active", "source"] as const;

const TEMPLATE = `import json
import sys

ticket = json.load(sys.stdin)
# Set fields and/or take a transition:
print(json.dumps({"fields": {}, "transition": None}))
`;

/** The line a syntax error (422) points at, to mark it beside the code. */
function errorLineOf(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return undefined;
  const problem = (error.details as { line?: number }[]).find((item) => typeof item.line === "number");
  return problem?.line;
}

function ScriptForm({ script, onDone }: { script: Script | null; onDone: () => void }) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const create = useCreateScript();
  const update = useUpdateScript();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(script), fields: FIELDS, conflicts: { code_taken: "code" } });
  const { mutation } = edit;
  const [errorLine, setErrorLine] = useState<number | undefined>();

  const submit = (values: Values) => {
    setErrorLine(undefined);
    const body = { ...values, name: values.name.trim(), code: values.code.trim(), description: values.description.trim() };
    const onError = (error: unknown) => {
      edit.onError(error);
      setErrorLine(errorLineOf(error));
    };
    if (script) update.mutate({ id: script.id, body }, { onSuccess: () => message.success(t("scripts.saved")), onError });
    else create.mutate(body, { onSuccess: () => { message.success(t("scripts.created")); onDone(); }, onError });
  };

  return (
    <Form<Values>
      {...edit.formProps}
      onFinish={submit}
      initialValues={script ?? { name: "", code: "", description: "", is_active: true, source: TEMPLATE }}
    >
      <ErrorAlert error={mutation.error} />
      <Flex gap={12}>
        <Form.Item name="name" label={t("scripts.fields.name")} style={{ flex: 2 }} rules={nameRules(t)}>
          <Input data-testid="script-name" />
        </Form.Item>
        <Form.Item name="code" label={t("scripts.fields.code")} style={{ flex: 1 }} extra={t("scripts.codeHelp")} rules={codeRules(t)}>
          <Input data-testid="script-code" />
        </Form.Item>
        <Form.Item name="is_active" label={t("scripts.fields.enabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      <Form.Item name="description" label={t("scripts.fields.description")} rules={maxRules(t, 4000)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t("scripts.fields.source")}
        extra={t("scripts.sourceHelp")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <CodeArea errorLine={errorLine} data-testid="script-source" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="script-save">
        {script ? t("actions.save", { ns: "common" }) : t("actions.create", { ns: "common" })}
      </Button>
    </Form>
  );
}

/** A script in a drawer: its editor and, once it exists, its runs. */
export function ScriptDrawer({ open, scriptId, onClose }: { open: boolean; scriptId: number | null; onClose: () => void }) {
  const { t } = useTranslation("integrations");
  const script = useScript(scriptId ?? undefined);
  const title = scriptId === null ? t("scripts.createTitle") : t("scripts.editTitle", { name: script.data?.name ?? "" });

  return (
    <Drawer open={open} onClose={onClose} width={900} destroyOnHidden title={title}>
      {scriptId === null ? (
        <ScriptForm script={null} onDone={onClose} />
      ) : script.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : script.isError ? (
        <ErrorAlert error={script.error} />
      ) : (
        <Tabs
          items={[
            { key: "editor", label: t("scripts.tabs.editor"), children: <ScriptForm key={script.data.id} script={script.data} onDone={onClose} /> },
            { key: "runs", label: <span data-testid="script-tab-runs">{t("scripts.tabs.runs")}</span>, children: <ScriptRuns scriptId={script.data.id} /> },
          ]}
        />
      )}
    </Drawer>
  );
}
