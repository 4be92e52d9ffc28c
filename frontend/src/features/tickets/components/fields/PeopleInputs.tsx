import { Select, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUserSearch, useUsersByName } from "../../api/users";
import { useDebouncedValue } from "../../utils/use-debounced-value";
import type { WidgetProps } from "./types";

type PersonPickerProps = {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  disabled?: boolean;
  placeholder?: string;
  "aria-label"?: string;
  "data-testid"?: string;
};

/** Pick people by searching the directory as one types; the value is usernames. */
export function PersonPicker({ id, value, onChange, multiple, disabled, placeholder, "aria-label": ariaLabel, ...rest }: PersonPickerProps) {
  const { t } = useTranslation("tickets");
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search.trim(), 300);
  const found = useUserSearch(query, open);
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  const known = useUsersByName(selected);

  const options = new Map<string, { value: string; label: string }>();
  for (const username of selected) {
    const user = known.get(username);
    options.set(username, { value: username, label: user ? `${user.display_name || user.username} (${username})` : username });
  }
  for (const user of found.data ?? []) {
    options.set(user.username, { value: user.username, label: `${user.display_name || user.username} (${user.username})` });
  }

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      data-testid={rest["data-testid"]}
      disabled={disabled}
      mode={multiple ? "multiple" : undefined}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setSearch}
      onOpenChange={setOpen}
      placeholder={placeholder ?? t("fields.searchPeople")}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t("fields.noPeople")}
      options={[...options.values()]}
      value={multiple ? selected : (selected[0] ?? undefined)}
      onChange={(next) => {
        setSearch("");
        onChange?.(next ?? null);
      }}
      style={{ width: "100%", maxWidth: 480 }}
    />
  );
}

/** user / users fields. */
export function UserInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string | string[]>) {
  return (
    <PersonPicker
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      disabled={disabled}
      multiple={field.type === "users"}
      placeholder={field.placeholder || undefined}
    />
  );
}
