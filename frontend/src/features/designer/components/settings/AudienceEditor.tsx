// Who may create / view / intervene: everyone, or the union of listed users, departments and roles.
import { Form, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { UserSelect } from "@/entities/users";
import type { Audience } from "../../model";
import { DepartmentSelect, RoleSelect } from "../pickers/DirectorySelect";

interface AudienceEditorProps {
  value: Audience;
  onChange: (audience: Audience) => void;
  help: (under: string) => { help?: string; validateStatus?: "error" };
  testId: string;
}

export function AudienceEditor({ value, onChange, help, testId }: AudienceEditorProps) {
  const { t } = useTranslation("designer");
  const set = (patch: Partial<Audience>) => onChange({ ...value, ...patch });
  return (
    <div data-testid={testId}>
      <Form.Item label={t("audience.everyone")} {...help("")}>
        <Switch checked={value.everyone} onChange={(everyone) => set({ everyone })} data-testid={`${testId}-everyone`} />
      </Form.Item>
      {!value.everyone && (
        <>
          <Form.Item label={t("audience.users")} {...help("users")}>
            <UserSelect
              by="username"
              multiple
              value={value.users}
              onChange={(users) => set({ users })}
              placeholder={t("pickers.searchUsers")}
              data-testid={`${testId}-users`}
              aria-label={t("audience.users")}
            />
          </Form.Item>
          <Form.Item label={t("audience.departments")} {...help("departments")}>
            <DepartmentSelect value={value.departments} onChange={(departments) => set({ departments })} testId={`${testId}-departments`} ariaLabel={t("audience.departments")} />
          </Form.Item>
          <Form.Item label={t("audience.roles")} {...help("roles")}>
            <RoleSelect value={value.roles} onChange={(roles) => set({ roles })} testId={`${testId}-roles`} ariaLabel={t("audience.roles")} />
          </Form.Item>
        </>
      )}
    </div>
  );
}
