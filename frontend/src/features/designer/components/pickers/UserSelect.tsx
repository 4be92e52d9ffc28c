// Users by username, searched on the server as one types.
import { Select, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUserSearch } from "../../api/useUserSearch";
import { useDebouncedValue } from "../../hooks/useDebouncedValue";

type UserSelectProps = {
  testId?: string;
  ariaLabel?: string;
  status?: "error";
} & (
  | { multiple: true; value: string[]; onChange: (usernames: string[]) => void }
  | { multiple?: false; value: string | null; onChange: (username: string | null) => void }
);

export function UserSelect(props: UserSelectProps) {
  const { t } = useTranslation("designer");
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState(false);
  const debounced = useDebouncedValue(search, 250);
  const users = useUserSearch(debounced, open);
  const options = (users.data ?? []).map((user) => ({
    value: user.username,
    "data-value": user.username,
    label: user.display_name && user.display_name !== user.username ? `${user.display_name} (${user.username})` : user.username,
  }));

  const shared = {
    showSearch: true,
    filterOption: false,
    onSearch: setSearch,
    onOpenChange: setOpen,
    options,
    placeholder: t("pickers.searchUsers"),
    notFoundContent: users.isFetching ? <Spin size="small" /> : users.isError ? t("pickers.loadFailed") : t("pickers.noMatch"),
    style: { width: "100%" },
    "data-testid": props.testId,
    "aria-label": props.ariaLabel,
    status: props.status,
  };
  if (props.multiple) {
    return (
      <Select<string[]>
        {...shared}
        mode="multiple"
        value={props.value}
        onChange={(value) => {
          props.onChange(value);
          setSearch("");
        }}
      />
    );
  }
  return <Select<string> {...shared} allowClear value={props.value ?? undefined} onChange={(value) => props.onChange(value ?? null)} />;
}
