// States × fields: what each state's handler may do with each field. An empty cell is the default
// (shown greyed): the creator fills fields in the start state, everyone else reads them.
import { Empty, Select, Table, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../hooks/use-designer";
import { FIELD_PERMISSIONS, type FieldPermission, type StateDef, defaultPermission, problemsOf } from "../model";
import { StateTypeTag } from "./panel/StateTypeTag";
import { optionsOf } from "./options";

/** Rows in the order a ticket meets them: the start, the steps, the ends (gateways hold no fields). */
const TYPE_ORDER: Partial<Record<StateDef["type"], number>> = { start: 0, normal: 1, end: 2 };

export function PermissionMatrix() {
  const { t } = useTranslation("designer");
  const { doc, dispatch, problems } = useDesigner();

  if (!doc.fields.length) {
    return <Empty description={t("matrix.noFields")} data-testid="permission-matrix" />;
  }

  const columns: ColumnsType<StateDef> = [
    {
      title: t("matrix.state"),
      key: "state",
      fixed: "left",
      width: 220,
      render: (_, state) => (
        <div>
          <StateTypeTag type={state.type} />
          <Typography.Text strong>{state.name || state.key}</Typography.Text>
          <div>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {state.key}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    ...doc.fields.map((field) => ({
      title: (
        <Tooltip title={`${field.key} · ${t(`fieldTypes.${field.type}`)}`}>
          <span>{field.label || field.key}</span>
        </Tooltip>
      ),
      key: field.key,
      width: 170,
      render: (_: unknown, state: StateDef) => {
        const explicit = state.field_permissions[field.key];
        const fallback = defaultPermission(state, field);
        const cellProblems = problemsOf(problems, "state", state.key, `field_permissions.${field.key}`);
        return (
          <Tooltip title={cellProblems.map((problem) => problem.message).join(" ") || undefined}>
            <Select<FieldPermission>
              size="small"
              allowClear
              value={explicit}
              placeholder={t("matrix.default", { value: t(`permissions.${fallback}`) })}
              onChange={(permission) => dispatch({ type: "setPermission", state: state.key, field: field.key, permission: permission ?? null })}
              options={optionsOf(FIELD_PERMISSIONS, (permission) => t(`permissions.${permission}`))}
              status={cellProblems.length ? "error" : undefined}
              style={{ width: "100%" }}
              popupMatchSelectWidth={false}
              aria-label={t("matrix.cell", { state: state.name || state.key, field: field.label || field.key })}
              data-testid={`perm-${state.key}-${field.key}`}
            />
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <div data-testid="permission-matrix">
      <Typography.Paragraph type="secondary">{t("matrix.help")}</Typography.Paragraph>
      <Table<StateDef>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={doc.states
          .filter((state) => TYPE_ORDER[state.type] !== undefined)
          .sort((a, b) => (TYPE_ORDER[a.type] ?? 0) - (TYPE_ORDER[b.type] ?? 0))}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("matrix.noStates") }}
      />
    </div>
  );
}
