import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type User, useUsers, useUsersByIds } from "../api/users";
import { useDebounced } from "../hooks/use-debounced";

const label = (user: User) => (user.display_name ? `${user.display_name} (${user.username})` : user.username);

type Props = Omit<SelectProps<number | number[]>, "options" | "onSearch" | "filterOption" | "mode"> & {
  multiple?: boolean;
};

/** Pick active users by searching the server (username, name, email); shows picked ones by name. */
export function UserSelect({ multiple = false, value, ...rest }: Props) {
  const { t } = useTranslation("directory");
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim());
  const found = useUsers({ q: q || undefined, is_active: true, limit: 20 });
  const picked = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const known = new Map((found.data?.items ?? []).map((user) => [user.id, user]));
  const missing = picked.filter((id) => !known.has(id));
  const pickedUsers = useUsersByIds(missing);
  for (const query of pickedUsers) if (query.data) known.set(query.data.id, query.data);

  return (
    <Select<number | number[]>
      {...rest}
      value={value}
      mode={multiple ? "multiple" : undefined}
      showSearch
      allowClear
      filterOption={false}
      onSearch={setSearch}
      onOpenChange={(open) => !open && setSearch("")}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t("userSelect.searching") : t("userSelect.empty")}
      placeholder={rest.placeholder ?? t("userSelect.placeholder")}
      options={[...known.values()].map((user) => ({ value: user.id, label: label(user) }))}
    />
  );
}
