import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Row, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useDepartments } from "@/entities/departments";
import { DepartmentForm } from "../components/DepartmentForm";
import { DepartmentTree } from "../components/DepartmentTree";
import { departmentPath } from "../utils/department-tree";

/**
 * Departments: the tree beside the picked one's details. `?id=` is the department on the right;
 * `?new=<parent id>` (or `?new=root`) a new one being created there.
 */
export function DepartmentsPage() {
  const { t } = useTranslation("directory");
  const departments = useDepartments();
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get("id")) || undefined;
  const creating = params.get("new");
  const newParentId = creating && creating !== "root" ? Number(creating) : null;
  const rows = departments.data ?? [];
  const selected = rows.find((department) => department.id === selectedId);

  const show = (id: number) => setParams({ id: String(id) });
  const startCreate = (parentId: number | null) => setParams({ new: parentId === null ? "root" : String(parentId) });

  const detail = () => {
    if (creating !== null) {
      const path = newParentId ? departmentPath(rows, newParentId).join(" / ") : t("departments.topLevel");
      return (
        <Card title={t("departments.createTitle")} extra={path}>
          <DepartmentForm
            key={`new-${creating}`}
            departments={rows}
            parentId={newParentId}
            onSaved={(saved) => show(saved.id)}
            onDeleted={() => setParams({})}
            onAddChild={startCreate}
            onCancel={() => setParams(selectedId ? { id: String(selectedId) } : {})}
          />
        </Card>
      );
    }
    if (!selected) {
      return (
        <Card>
          <Empty description={selectedId ? t("departments.notFound") : t("departments.pick")} />
        </Card>
      );
    }
    return (
      <Card title={departmentPath(rows, selected.id).join(" / ")}>
        <DepartmentForm
          key={`edit-${selected.id}`}
          departments={rows}
          department={selected}
          onSaved={(saved) => show(saved.id)}
          onDeleted={() => setParams({})}
          onAddChild={startCreate}
          onCancel={() => setParams({})}
        />
      </Card>
    );
  };

  return (
    <Page
      title={t("departments.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => startCreate(null)} data-testid="department-create">
          {t("departments.create")}
        </Button>
      }
    >
      <ErrorAlert error={departments.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t("departments.treeTitle")}>
            {departments.isPending ? (
              <Skeleton active />
            ) : (
              <DepartmentTree departments={rows} selectedId={creating === null ? selectedId : undefined} onSelect={show} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {departments.isPending ? <Card><Skeleton active /></Card> : detail()}
        </Col>
      </Row>
    </Page>
  );
}
