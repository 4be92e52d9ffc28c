import { App, Button, Card, Form, Input } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-client";
import { applyFieldProblems } from "@/lib/form-problems";
import { useUpdateProfile } from "../api/use-update-profile";
import type { Me } from "../types";

type Values = { display_name: string; email: string };
const FIELDS = ["display_name", "email"] as const;

/** My name and e-mail address (the rest of my directory entry is the admins' or HR's). */
export function ContactForm({ me }: { me: Me }) {
  const { t } = useTranslation("profile");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateProfile();
  const user = me.user;
  useEffect(() => {
    form.setFieldsValue({ display_name: user?.display_name ?? "", email: user?.email ?? "" });
  }, [form, user?.display_name, user?.email]);

  const save = (values: Values) =>
    update.mutate(
      { display_name: values.display_name.trim(), email: values.email.trim() },
      {
        onSuccess: () => void message.success(t("contact.saved")),
        onError: (error) => applyFieldProblems(form, error, FIELDS),
      },
    );
  // Problems of this form's fields show under them; anything else above the button.
  const failure = update.error;
  const onFields = failure instanceof ApiError && FIELDS.some((field) => field in failure.fieldProblems());
  return (
    <Card title={t("contact.title")} data-testid="profile-contact">
      <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 480 }} requiredMark={false}>
        <Form.Item label={t("contact.username")} htmlFor="profile-username">
          <Input id="profile-username" value={user?.username} disabled data-testid="profile-username" />
        </Form.Item>
        <Form.Item name="display_name" label={t("contact.displayName")} rules={[{ max: 150 }]}>
          <Input data-testid="profile-display-name" autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t("contact.email")} rules={[{ type: "email", message: t("contact.badEmail") }]}>
          <Input data-testid="profile-email" autoComplete="email" />
        </Form.Item>
        {update.isError && !onFields ? <ErrorAlert error={update.error} /> : null}
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
          {t("contact.save")}
        </Button>
      </Form>
    </Card>
  );
}

