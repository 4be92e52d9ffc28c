import { DeleteOutlined, PlusOutlined, TeamOutlined } from "@ant-design/icons";
import { App, Button, Flex, Form, Input, Popconfirm, Switch, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Department, useCreateDepartment, useDeleteDepartment, useUpdateDepartment } from "@/entities/departments";
import { UserSelect } from "@/entities/users";
import { codeRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { subtreeIds } from "../utils/department-tree";
import { DepartmentTreeSelect } from "./DepartmentTreeSelect";

type Values = {
  name: string;
  code: string;
  parent_id: number | null;
  leader_id: number | null;
  approver_id: number | null;
  is_active: boolean;
};

const FIELDS = ["name", "code", "parent_id", "leader_id", "approver_id", "is_active"] as const;

type Props = {
  departments: Department[];
  /** The department to edit; absent: a new one under `parentId`. */
  department?: Department;
  parentId?: number | null;
  onSaved: (department: Department) => void;
  onDeleted: () => void;
  onAddChild: (parentId: number) => void;
  onCancel: () => void;
};

/** A department's details: name, code, parent (moving it), leader and approver. */
export function DepartmentForm({ departments, department, parentId = null, onSaved, onDeleted, onAddChild, onCancel }: Props) {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const remove = useDeleteDepartment();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(department), fields: FIELDS, conflicts: { code_taken: "code" } });
  const { mutation, onError } = edit;
  // A department cannot move below itself.
  const exclude = useMemo(() => (department ? subtreeIds(departments, department.id) : new Set<number>()), [departments, department]);
  const hasChildren = department ? departments.some((d) => d.parent_id === department.id) : false;

  const submit = (values: Values) => {
    const body = {
      name: values.name.trim(),
      parent_id: values.parent_id ?? null,
      leader_id: values.leader_id ?? null,
      approver_id: values.approver_id ?? null,
    };
    if (department) {
      update.mutate(
        { id: department.id, body: { ...body, is_active: values.is_active } },
        { onSuccess: (saved) => { message.success(t("departments.saved")); onSaved(saved); }, onError },
      );
    } else {
      create.mutate(
        { ...body, code: values.code.trim() },
        { onSuccess: (saved) => { message.success(t("departments.created")); onSaved(saved); }, onError },
      );
    }
  };

  return (
    <Form<Values>
      {...edit.formProps}
      onFinish={submit}
      initialValues={
        department ?? { name: "", code: "", parent_id: parentId, leader_id: null, approver_id: null, is_active: true }
      }
      data-testid="department-form"
    >
      <ErrorAlert error={mutation.error ?? remove.error} />
      <Flex gap={12}>
        <Form.Item name="name" label={t("departments.fields.name")} style={{ flex: 2 }} rules={nameRules(t)}>
          <Input data-testid="department-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t("departments.fields.code")}
          style={{ flex: 1 }}
          extra={department ? t("departments.codeFixed") : undefined}
          rules={codeRules(t)}
        >
          <Input disabled={Boolean(department)} data-testid="department-code" />
        </Form.Item>
      </Flex>
      <Form.Item name="parent_id" label={t("departments.fields.parent")} extra={t("departments.parentHelp")}>
        <DepartmentTreeSelect exclude={exclude} placeholder={t("departments.topLevel")} data-testid="department-parent" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="leader_id" label={t("departments.fields.leader")} style={{ flex: 1 }}>
          <UserSelect data-testid="department-leader" />
        </Form.Item>
        <Form.Item name="approver_id" label={t("departments.fields.approver")} style={{ flex: 1 }}>
          <UserSelect data-testid="department-approver" />
        </Form.Item>
      </Flex>
      {department ? (
        <Form.Item name="is_active" label={t("departments.fields.active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
      {department ? (
        <Typography.Paragraph type="secondary">
          <TeamOutlined /> {t("departments.members", { count: department.member_count })}{" "}
          <Link to={`/directory/users?department=${department.id}`}>{t("departments.viewMembers")}</Link>
        </Typography.Paragraph>
      ) : null}
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="department-save">
            {department ? t("actions.save", { ns: "common" }) : t("actions.create", { ns: "common" })}
          </Button>
          {department ? (
            <Button icon={<PlusOutlined />} onClick={() => onAddChild(department.id)} data-testid="department-add-child">
              {t("departments.addChild")}
            </Button>
          ) : (
            <Button onClick={onCancel}>{t("actions.cancel", { ns: "common" })}</Button>
          )}
        </Flex>
        {department ? (
          <Popconfirm
            title={t("departments.deleteTitle", { name: department.name })}
            description={hasChildren ? t("departments.deleteHasChildren") : t("departments.deleteText")}
            okText={t("actions.delete", { ns: "common" })}
            okButtonProps={{ danger: true }}
            cancelText={t("actions.cancel", { ns: "common" })}
            onConfirm={() =>
              remove.mutateAsync(department.id).then(
                () => { message.success(t("departments.deleted")); onDeleted(); },
                // The server says why (e.g. it still has sub-departments); the alert above shows it.
                () => undefined,
              )
            }
          >
            <Button danger icon={<DeleteOutlined />} data-testid="department-delete">
              {t("actions.delete", { ns: "common" })}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Form>
  );
}
