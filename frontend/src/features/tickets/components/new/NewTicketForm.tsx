import { App, Button, Flex, Form, Input } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ProblemList } from "@/components/ProblemList";
import { useCreateTicket } from "../../api/use-create-ticket";
import type { InitTransition, WorkflowInit } from "../../types";
import { mapFieldProblems } from "../../utils/field-problems";
import { FieldFormItems, type FormField } from "../fields/FieldFormItems";
import { editableValues, startValue } from "../fields/values";

type Values = { fields: Record<string, unknown>; comment: string };

/** The form of a new ticket: the start state's fields, and one submit button per creator transition
 *  (plus "save as draft"). */
export function NewTicketForm({ init }: { init: WorkflowInit }) {
  const { t } = useTranslation("tickets");
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateTicket();
  const [other, setOther] = useState<string[]>([]);
  // Required fields are enforced only when the button pressed says so (a draft never needs them).
  const checkRequired = useRef(true);
  const fields: FormField[] = init.fields.map((item) => ({ spec: item.field, permission: item.permission }));
  const initialValues: Values = {
    fields: Object.fromEntries(fields.map(({ spec }) => [spec.key, startValue(spec)])),
    comment: "",
  };

  const send = (transition?: InitTransition) => {
    const values = form.getFieldsValue(true) as Values;
    setOther([]);
    create.mutate(
      { workflowId: init.workflow_id, fields: editableValues(fields, values.fields), transition: transition?.key, comment: values.comment },
      {
        onSuccess: (ticket) => {
          message.success(transition ? t("new.created", { serial: ticket.serial }) : t("new.draftSaved", { serial: ticket.serial }));
          navigate(`/tickets/${ticket.id}`);
        },
        onError: (error) => {
          const mapped = mapFieldProblems(error, fields.map((field) => field.spec), t);
          if (!mapped) return;
          form.setFields(Object.entries(mapped.fields).map(([key, errors]) => ({ name: ["fields", key], errors })));
          setOther(mapped.other);
          const first = Object.keys(mapped.fields)[0];
          if (first) form.scrollToField(["fields", first]);
        },
      },
    );
  };

  const submit = async (transition?: InitTransition) => {
    checkRequired.current = transition ? transition.check_required_fields : false;
    try {
      await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name);
      return;
    }
    if (transition?.confirm_text) {
      modal.confirm({
        title: transition.name,
        content: transition.confirm_text,
        okText: t("actions.confirm", { ns: "common" }),
        cancelText: t("actions.cancel", { ns: "common" }),
        onOk: () => send(transition),
      });
    } else {
      send(transition);
    }
  };

  const mapped = Boolean(mapFieldProblems(create.error, [], t));
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} style={{ maxWidth: 820 }} data-testid="new-ticket-form">
      {create.error && !mapped ? <ErrorAlert error={create.error} /> : null}
      <ProblemList title={t("problems.title")} problems={other.map((message) => ({ message }))} />
      <FieldFormItems fields={fields} checkRequired={() => checkRequired.current} />
      <Form.Item name="comment" label={t("new.comment")} rules={[{ max: 10_000, message: t("validation.maxLength.characters", { count: 10_000 }) }]}>
        <Input.TextArea rows={2} placeholder={t("new.commentPlaceholder")} data-testid="new-ticket-comment" />
      </Form.Item>
      <Flex wrap gap={8}>
        {init.transitions.map((transition, index) => (
          <Button
            key={transition.key}
            type={index === 0 && transition.attribute !== "reject" ? "primary" : "default"}
            danger={transition.attribute === "reject"}
            loading={create.isPending && create.variables?.transition === transition.key}
            disabled={create.isPending}
            onClick={() => void submit(transition)}
            data-testid={`create-transition-${transition.key}`}
          >
            {transition.name}
          </Button>
        ))}
        <Button
          loading={create.isPending && !create.variables?.transition}
          disabled={create.isPending}
          onClick={() => void submit()}
          data-testid="create-draft"
        >
          {t("new.saveDraft")}
        </Button>
        <Button type="link" onClick={() => navigate("/tickets/new")}>
          {t("actions.cancel", { ns: "common" })}
        </Button>
      </Flex>
    </Form>
  );
}
