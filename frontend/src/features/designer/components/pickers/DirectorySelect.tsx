// Departments, roles, scripts and notification channels, each picked by code from the tenant's list;
// people by username (the one UserSelect).
import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useChannels } from "@/entities/channels";
import { useDepartments } from "@/entities/departments";
import { useRoles } from "@/entities/roles";
import { useScripts } from "@/entities/scripts";
import { UserSelect } from "@/entities/users";

interface CodeListProps {
  value: string[];
  onChange: (codes: string[]) => void;
  testId?: string;
  ariaLabel?: string;
  status?: "error";
}

interface Listing {
  data?: { code: string; name: string }[];
  isLoading: boolean;
  isError: boolean;
}

function CodeSelect({ listing, placeholder, ...props }: CodeListProps & { listing: Listing; placeholder: string }) {
  const { t } = useTranslation("designer");
  return (
    <Select<string[]>
      mode="multiple"
      showSearch
      optionFilterProp="label"
      value={props.value}
      onChange={props.onChange}
      loading={listing.isLoading}
      status={props.status ?? (listing.isError ? "error" : undefined)}
      notFoundContent={listing.isError ? t("pickers.loadFailed") : t("pickers.noMatch")}
      placeholder={placeholder}
      options={(listing.data ?? []).map((item) => ({ value: item.code, label: `${item.name} (${item.code})` }))}
      style={{ width: "100%" }}
      data-testid={props.testId}
      aria-label={props.ariaLabel}
    />
  );
}

export function DepartmentSelect(props: CodeListProps) {
  const { t } = useTranslation("designer");
  return <CodeSelect {...props} listing={useDepartments()} placeholder={t("pickers.departments")} />;
}

export function RoleSelect(props: CodeListProps) {
  const { t } = useTranslation("designer");
  return <CodeSelect {...props} listing={useRoles()} placeholder={t("pickers.roles")} />;
}

/** The lists of people a participant or an audience is made of, and the picker of each. */
export const PEOPLE_LISTS = ["users", "departments", "roles"] as const;
export type PeopleList = (typeof PEOPLE_LISTS)[number];

/** Users (by username), departments or roles (by code), as `list` says. */
export function PeopleListSelect({ list, ...props }: CodeListProps & { list: PeopleList }) {
  const { t } = useTranslation("designer");
  if (list === "departments") return <DepartmentSelect {...props} />;
  if (list === "roles") return <RoleSelect {...props} />;
  return (
    <UserSelect
      by="username"
      multiple
      value={props.value}
      onChange={props.onChange}
      placeholder={t("pickers.searchUsers")}
      data-testid={props.testId}
      aria-label={props.ariaLabel}
      status={props.status}
    />
  );
}

export function ScriptSelect(props: CodeListProps) {
  const { t } = useTranslation("designer");
  return <CodeSelect {...props} listing={useScripts()} placeholder={t("pickers.scripts")} />;
}

export function ChannelSelect({
  value,
  onChange,
  testId,
  status,
}: {
  value: string;
  onChange: (code: string) => void;
  testId?: string;
  status?: "error";
}) {
  const { t } = useTranslation("designer");
  const channels = useChannels();
  return (
    <Select<string>
      showSearch
      optionFilterProp="label"
      value={value || undefined}
      onChange={onChange}
      loading={channels.isLoading}
      status={status ?? (channels.isError ? "error" : undefined)}
      notFoundContent={channels.isError ? t("pickers.loadFailed") : t("pickers.noMatch")}
      placeholder={t("pickers.channel")}
      options={(channels.data ?? []).map((channel) => ({ value: channel.code, label: `${channel.name} (${channel.code})` }))}
      style={{ width: "100%" }}
      data-testid={testId}
      aria-label={t("notifications.channel")}
    />
  );
}
