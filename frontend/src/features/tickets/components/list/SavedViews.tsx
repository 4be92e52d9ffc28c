import { DeleteOutlined, EditOutlined, SaveOutlined } from "@ant-design/icons";
import { App, Button, type ButtonProps, Flex, Form, Input, Modal, Popconfirm, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDeleteView, useRenameView, useSaveView, useSavedViews } from "../../api/use-saved-views";
import { errorText } from "../../utils/error-text";
import type { TicketView } from "../../types";
import { type ListFilters, fromSavedQuery, toSavedQuery } from "../../utils/list-params";

type Props = {
  filters: ListFilters;
  /** Show a saved view: its list, filters and sort replace the current ones. */
  onApply: (filters: ListFilters) => void;
};

/** My saved ticket lists: pick one to show it, save the list on screen under a name, rename or delete the picked one. */
export function SavedViews({ filters, onApply }: Props) {
  const { t } = useTranslation("tickets");
  const { message } = App.useApp();
  const views = useSavedViews();
  const save = useSaveView();
  const rename = useRenameView();
  const remove = useDeleteView();
  const [picked, setPicked] = useState<number>();
  // The name dialog: saving the list on screen as a new view, or renaming the picked one.
  const [naming, setNaming] = useState<"save" | "rename">();
  const [form] = Form.useForm<{ name: string }>();
  const pickedView = views.data?.find((item) => item.id === picked);

  const submit = async ({ name }: { name: string }) => {
    try {
      if (naming === "rename" && picked !== undefined) {
        const renamed = await rename.mutateAsync({ viewId: picked, name: name.trim() });
        void message.success(t("list.viewRenamed", { name: renamed.name }));
      } else {
        const saved = await save.mutateAsync({ name: name.trim(), view: filters.view, query: toSavedQuery(filters) });
        setPicked(saved.id);
        void message.success(t("list.viewSaved", { name: saved.name }));
      }
      setNaming(undefined);
      form.resetFields();
    } catch (error) {
      form.setFields([{ name: "name", errors: [errorText(t, error)] }]);
    }
  };

  return (
    <Flex gap={8} align="center" wrap>
      <Select
        data-testid="saved-views"
        aria-label={t("list.savedViews")}
        placeholder={t("list.savedViews")}
        loading={views.isLoading}
        value={picked}
        allowClear
        onClear={() => setPicked(undefined)}
        onChange={(id?: number) => {
          setPicked(id);
          const view = views.data?.find((item) => item.id === id);
          if (view) onApply(fromSavedQuery(view.view as TicketView, view.query, filters.limit));
        }}
        options={(views.data ?? []).map((view) => ({ value: view.id, label: view.name }))}
        notFoundContent={t("list.noSavedViews")}
        style={{ width: 200 }}
      />
      {picked !== undefined ? (
        <Button icon={<EditOutlined />} aria-label={t("list.renameView")} title={t("list.renameView")} data-testid="rename-view" onClick={() => setNaming("rename")} />
      ) : null}
      {picked !== undefined ? (
        <Popconfirm
          title={t("list.deleteViewConfirm")}
          okText={t("actions.delete", { ns: "common" })}
          cancelText={t("actions.cancel", { ns: "common" })}
          onConfirm={async () => {
            await remove.mutateAsync(picked);
            setPicked(undefined);
          }}
        >
          <Button icon={<DeleteOutlined />} aria-label={t("list.deleteView")} title={t("list.deleteView")} data-testid="delete-view" loading={remove.isPending} />
        </Popconfirm>
      ) : null}
      <Button icon={<SaveOutlined />} onClick={() => setNaming("save")} data-testid="save-view">
        {t("list.saveView")}
      </Button>
      <Modal
        title={t(naming === "rename" ? "list.renameViewTitle" : "list.saveViewTitle")}
        open={naming !== undefined}
        okText={t("actions.save", { ns: "common" })}
        cancelText={t("actions.cancel", { ns: "common" })}
        okButtonProps={{ loading: save.isPending || rename.isPending, "data-testid": "save-view-ok" } as ButtonProps}
        onOk={() => form.submit()}
        onCancel={() => setNaming(undefined)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={{ name: naming === "rename" ? pickedView?.name : undefined }}
        >
          <Form.Item
            name="name"
            label={t("list.viewName")}
            rules={[{ required: true, whitespace: true, message: t("list.viewNameRequired") }, { max: 200 }]}
          >
            <Input maxLength={200} autoFocus data-testid="view-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
