import { Select, Spin } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUserSearch } from "../api/useUserSearch";
import { useUsersByIds } from "../api/useUsersByIds";
import type { User } from "../types";

type Props = { value?: number[]; onChange?: (ids: number[]) => void; disabled?: boolean; id?: string };

const label = (user: User) => (user.display_name ? `${user.display_name} (${user.username})` : user.username);

/** Pick users by searching names; the chosen ones keep their names even when not in the results. */
export function AdminSelect({ value = [], onChange, disabled, id }: Props) {
  const { t } = useTranslation("workflows");
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250); // one request per pause, not per key
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useUserSearch(q);
  const chosen = useUsersByIds(value);

  const options = new Map<number, string>();
  chosen.forEach((result, index) => options.set(value[index], result.data ? label(result.data) : `#${value[index]}`));
  for (const user of search.data?.items ?? []) options.set(user.id, label(user));

  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      showSearch
      disabled={disabled}
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setTyped}
      onBlur={() => setTyped("")}
      placeholder={t("settings.adminsPlaceholder")}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t("settings.noUsers")}
      options={[...options].map(([value, label]) => ({ value, label }))}
      data-testid="admin-select"
    />
  );
}
