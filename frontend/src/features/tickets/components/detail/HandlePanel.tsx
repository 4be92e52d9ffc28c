import { App, Alert, Button, Flex, Form, Input, Segmented } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemList } from "@/components/ProblemList";
import { useHandleTicket } from "../../api/use-handle-ticket";
import { useUpdateTicketFields } from "../../api/use-update-ticket-fields";
import type { FieldSpec, TicketAction, TicketDetail } from "../../types";
import { actionBranch, byBranch } from "../../utils/branches";
import { errorText } from "../../utils/error-text";
import { mapFieldProblems } from "../../utils/field-problems";
import { FieldFormItems, type FormField } from "../fields/FieldFormItems";
import { editableValues, isEditable } from "../fields/values";

type Values = { fields: Record<string, unknown>; comment: string };

type HandleAction = TicketAction;

type Props = {
  ticket: TicketDetail;
  specs: Map<string, FieldSpec>;
  transitions: HandleAction[];
  /** What to call a parallel branch the transitions are on (its key → a name). */
  branchName?: (key: string) => string;
};

/** My turn: the fields this state lets me edit, a comment, and one button per transition I may take.
 *  When I am asked to act on several parallel branches, I pick the branch first (each transition
 *  goes with its own branch). */
export function HandlePanel({ ticket, specs, transitions: all, branchName = (key) => key }: Props) {
  const { t } = useTranslation("tickets");
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handle = useHandleTicket(ticket.id, ticket.row_version);
  const save = useUpdateTicketFields(ticket.id, ticket.row_version);
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<string>();
  const checkRequired = useRef(false);
  const groups = byBranch(all);
  const [picked, setPicked] = useState<string>();
  const branch = picked !== undefined && groups.has(picked) ? picked : ([...groups.keys()][0] ?? "");
  const transitions = groups.get(branch) ?? [];

  const fields: FormField[] = ticket.fields
    .filter((field) => isEditable(field.permission))
    .map((field) => ({ spec: specs.get(field.key)!, permission: field.permission }));
  const initialValues: Values = {
    fields: Object.fromEntries(ticket.fields.filter((field) => isEditable(field.permission)).map((field) => [field.key, field.value ?? undefined])),
    comment: "",
  };

  const onError = (error: unknown) => {
    const mapped = mapFieldProblems(error, fields.map((field) => field.spec), t);
    if (mapped) {
      form.setFields(Object.entries(mapped.fields).map(([key, errors]) => ({ name: ["fields", key], errors })));
      setOther(mapped.other);
      setFailure(undefined);
    } else {
      setFailure(errorText(t, error));
    }
  };

  const validate = async (requireAll: boolean) => {
    checkRequired.current = requireAll;
    setOther([]);
    setFailure(undefined);
    try {
      await form.validateFields();
      return form.getFieldsValue(true) as Values;
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name);
      return undefined;
    }
  };

  const take = async (action: HandleAction) => {
    const values = await validate(action.check_required_fields ?? false);
    if (!values) return;
    const go = () =>
      handle.mutate(
        {
          transition: action.transition!,
          comment: values.comment ?? "",
          fields: editableValues(fields, values.fields),
          branch: action.branch,
        },
        { onSuccess: () => message.success(t("detail.handled", { name: action.name ?? action.transition })), onError },
      );
    if (action.confirm_text) {
      modal.confirm({
        title: action.name ?? action.transition,
        content: action.confirm_text,
        okText: t("actions.confirm", { ns: "common" }),
        cancelText: t("actions.cancel", { ns: "common" }),
        okButtonProps: { danger: action.attribute === "reject", "data-testid": "confirm-ok" },
        onOk: go,
      });
    } else {
      go();
    }
  };

  const saveFields = async () => {
    const values = await validate(false);
    if (!values) return;
    save.mutate(
      { fields: editableValues(fields, values.fields), comment: values.comment ?? "", branch },
      { onSuccess: () => message.success(t("detail.fieldsSaved")), onError },
    );
  };

  const busy = handle.isPending || save.isPending;
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} data-testid="handle-panel">
      {groups.size > 1 ? (
        <Form.Item label={t("branches.pick")}>
          <Segmented<string>
            value={branch}
            onChange={setPicked}
            options={[...groups.keys()].map((key) => ({ value: key, label: <span data-testid={`handle-branch-${key}`}>{branchName(key)}</span> }))}
            data-testid="handle-branches"
          />
        </Form.Item>
      ) : null}
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
      <ProblemList title={t("problems.title")} problems={other.map((message) => ({ message }))} />
      <FieldFormItems fields={fields} checkRequired={() => checkRequired.current} />
      <Form.Item name="comment" label={t("detail.comment")} rules={[{ max: 10_000, message: t("validation.maxLength.characters", { count: 10_000 }) }]}>
        <Input.TextArea rows={3} placeholder={t("detail.commentPlaceholder")} data-testid="handle-comment" />
      </Form.Item>
      <Flex wrap gap={8}>
        {transitions.map((action, index) => (
          <Button
            key={`${actionBranch(action)} ${action.transition}`}
            type={action.attribute === "reject" ? "default" : index === 0 || action.attribute === "agree" ? "primary" : "default"}
            danger={action.attribute === "reject"}
            loading={handle.isPending && handle.variables?.transition === action.transition && (handle.variables?.branch ?? "") === actionBranch(action)}
            disabled={busy}
            onClick={() => void take(action)}
            data-testid={`handle-transition-${action.transition}`}
          >
            {action.name ?? action.transition}
          </Button>
        ))}
        {fields.length ? (
          <Button loading={save.isPending} disabled={busy} onClick={() => void saveFields()} data-testid="handle-save-fields">
            {t("detail.saveFields")}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}
