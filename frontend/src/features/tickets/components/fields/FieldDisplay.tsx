import { PaperClipOutlined } from "@ant-design/icons";
import { Flex, Skeleton, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { useDepartments } from "@/entities/departments";
import { useUsersByName } from "@/entities/users";
import { formatBytes } from "@/lib/format-bytes";
import type { AttachmentValue, FieldSpec } from "../../types";
import { isEmpty } from "./values";

const choiceLabel = (field: FieldSpec, value: string) => field.choices?.find((choice) => choice.value === value)?.label ?? value;

function People({ usernames }: { usernames: string[] }) {
  const known = useUsersByName(usernames);
  return (
    <Flex wrap gap={4}>
      {usernames.map((username) => (
        <Tag key={username} title={username}>
          {known.get(username)?.display_name || username}
        </Tag>
      ))}
    </Flex>
  );
}

function DepartmentName({ code }: { code: string }) {
  const departments = useDepartments();
  return <>{departments.data?.find((department) => department.code === code)?.name ?? code}</>;
}

function Attachments({ items }: { items: AttachmentValue[] }) {
  return (
    <Flex vertical gap={2}>
      {items.map((item) => (
        <Typography.Link key={item.url} href={item.url} download={item.name} target="_blank" rel="noopener noreferrer">
          <PaperClipOutlined /> {item.name}{" "}
          <Typography.Text type="secondary">({formatBytes(item.size)})</Typography.Text>
        </Typography.Link>
      ))}
    </Flex>
  );
}

// A table field's rows need Ant Design's table: it loads when such a field is shown.
const Rows = lazy(() => import("./FieldRows").then((module) => ({ default: module.FieldRows })));

/** A field's value, read-only, formatted for its type. Text is shown as text (rich text is never
 *  rendered as HTML here, so nothing needs sanitising). */
export function FieldDisplay({ field, value }: { field: FieldSpec; value: unknown }) {
  const { t } = useTranslation("tickets");
  if (isEmpty(value)) return <Typography.Text type="secondary">{t("fields.empty")}</Typography.Text>;
  const list = Array.isArray(value) ? value : [value];
  switch (field.type) {
    case "bool":
      return <>{value ? t("fields.yes") : t("fields.no")}</>;
    case "date":
      return <>{dayjs(String(value)).format("YYYY-MM-DD")}</>;
    case "datetime":
      return <>{dayjs(String(value)).format("YYYY-MM-DD HH:mm")}</>;
    case "time":
      return <>{String(value).slice(0, 5)}</>;
    case "radio":
    case "select":
      return <>{choiceLabel(field, String(value))}</>;
    case "checkbox":
    case "multi_select":
      return (
        <Flex wrap gap={4}>
          {list.map((item) => (
            <Tag key={String(item)}>{choiceLabel(field, String(item))}</Tag>
          ))}
        </Flex>
      );
    case "user":
    case "users":
      return <People usernames={list.map(String)} />;
    case "department":
      return <DepartmentName code={String(value)} />;
    case "attachment":
      return <Attachments items={list as AttachmentValue[]} />;
    case "table":
      return (
        <Suspense fallback={<Skeleton active title={false} />}>
          <Rows field={field} rows={list as Record<string, unknown>[]} cell={(column, cellValue) => <FieldDisplay field={column} value={cellValue} />} />
        </Suspense>
      );
    default:
      return <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{String(value)}</span>;
  }
}
