// Who may create / view / intervene: everyone, or the union of listed users, departments and roles.
import { Form, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { Audience } from "../../model";
import { PEOPLE_LISTS, PeopleListSelect } from "../pickers/DirectorySelect";

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
      {!value.everyone &&
        PEOPLE_LISTS.map((list) => (
          <Form.Item key={list} label={t(`audience.${list}`)} {...help(list)}>
            <PeopleListSelect
              list={list}
              value={value[list]}
              onChange={(codes) => set({ [list]: codes })}
              testId={`${testId}-${list}`}
              ariaLabel={t(`audience.${list}`)}
            />
          </Form.Item>
        ))}
    </div>
  );
}
