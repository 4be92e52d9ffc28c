import { Checkbox, DatePicker, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { UserSelect } from "@/entities/users";
import { useWorkflows } from "@/entities/workflows";
import { type DelegationInput, useCreateDelegation } from "../api/delegations";

type Values = {
  delegator?: string | null;
  delegate: string | null;
  period: [Dayjs, Dayjs];
  workflow_ids?: number[];
  move_waiting?: boolean;
  note?: string;
};

type Props = { open: boolean; onClose: () => void; admin: boolean };

/** A new delegation: who takes my turns (an admin: whose turns, too), when, for which workflows. */
export function DelegationForm({ open, onClose, admin }: Props) {
  const { t } = useTranslation("delegations");
  const [form] = Form.useForm<Values>();
  const create = useCreateDelegation();
  const workflows = useWorkflows();

  const submit = (values: Values) => {
    const body: DelegationInput = {
      delegate: values.delegate ?? "",
      starts_at: values.period[0].toISOString(),
      ends_at: values.period[1].toISOString(),
      workflow_ids: values.workflow_ids ?? [],
      move_waiting: Boolean(values.move_waiting),
      note: values.note ?? "",
      ...(admin && values.delegator ? { delegator: values.delegator } : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t("form.title")}
      edit={{ form, mutation: create, reset: () => create.reset() }}
      saveTestId="delegation-save"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
        {admin ? (
          <Form.Item name="delegator" label={t("form.delegator")} extra={t("form.delegatorHelp")}>
            <UserSelect by="username" allowClear data-testid="delegation-delegator" />
          </Form.Item>
        ) : null}
        <Form.Item name="delegate" label={t("form.delegate")} rules={[{ required: true, message: t("form.delegateRequired") }]}>
          <UserSelect by="username" data-testid="delegation-delegate" />
        </Form.Item>
        <Form.Item name="period" label={t("form.period")} rules={[{ required: true, message: t("form.periodRequired") }]}>
          <DatePicker.RangePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} data-testid="delegation-period" />
        </Form.Item>
        <Form.Item name="workflow_ids" label={t("form.workflows")} extra={t("form.workflowsHelp")}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t("form.allWorkflows")}
            options={(workflows.data ?? []).map((workflow) => ({ value: workflow.id, label: workflow.name }))}
            data-testid="delegation-workflows"
          />
        </Form.Item>
        <Form.Item name="move_waiting" valuePropName="checked">
          <Checkbox data-testid="delegation-move-waiting">{t("form.moveWaiting")}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t("form.note")}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
