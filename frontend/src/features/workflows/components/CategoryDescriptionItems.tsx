import { AutoComplete, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { categoryOptions, categoryRules, descriptionRules } from "./fields";

/** The category (offering the ones in use) and description of the create and settings forms. */
export function CategoryDescriptionItems({ categories }: { categories: string[] }) {
  const { t } = useTranslation("workflows");
  return (
    <>
      <Form.Item name="category" label={t("form.category")} rules={categoryRules(t)}>
        <AutoComplete options={categoryOptions(categories)} placeholder={t("form.categoryPlaceholder")} filterOption />
      </Form.Item>
      <Form.Item name="description" label={t("form.description")} rules={descriptionRules(t)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
