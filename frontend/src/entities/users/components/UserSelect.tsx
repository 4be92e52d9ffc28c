// The one people picker: searches the directory on the server as one types, and shows the people
// already picked by name even when the current search does not list them.
import { Select, type SelectProps, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { type User, useUsers, useUsersByName } from "../api/use-users";
import { useUsersByIds } from "../api/use-users-by-ids";

/** "Alice Wang (alice)", or just the username when there is no other name. */
export const userLabel = (user: Pick<User, "username" | "display_name">) =>
  user.display_name && user.display_name !== user.username ? `${user.display_name} (${user.username})` : user.username;

/** A user is kept by id (directory, workflow admins) or by username (workflow documents, ticket fields). */
type By = "id" | "username";
type Key<B extends By> = B extends "id" ? number : string;
type Value<B extends By, M extends boolean> = M extends true ? Key<B>[] : Key<B> | null;
type Props<B extends By, M extends boolean> = Omit<
  SelectProps,
  "value" | "onChange" | "options" | "mode" | "showSearch" | "filterOption" | "onSearch"
> & { by?: B; multiple?: M; value?: Value<B, M>; onChange?: (value: Value<B, M>) => void };

export function UserSelect<B extends By = "id", M extends boolean = false>({
  by,
  multiple,
  value,
  onChange,
  placeholder,
  onOpenChange,
  ...rest
}: Props<B, M>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim());
  const found = useUsers({ q: q || undefined, is_active: true, limit: 20 }, open);
  const byUsername = by === "username";
  const picked: (number | string)[] = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const byId = useUsersByIds(byUsername ? [] : (picked as number[]));
  const byName = useUsersByName(byUsername ? (picked as string[]) : []);

  const keyOf = (user: User) => (byUsername ? user.username : user.id);
  const options = new Map<number | string, string>();
  picked.forEach((key, index) => {
    const user = byUsername ? byName.get(key as string) : byId[index]?.data;
    options.set(key, user ? userLabel(user) : byUsername ? String(key) : `#${key}`);
  });
  for (const user of found.data?.items ?? []) options.set(keyOf(user), userLabel(user));

  return (
    <Select<number | string | (number | string)[]>
      style={{ width: "100%" }}
      {...rest}
      mode={multiple ? "multiple" : undefined}
      showSearch
      allowClear
      filterOption={false}
      value={multiple ? picked : (picked[0] ?? undefined)}
      onChange={(next) => {
        setSearch("");
        onChange?.((next ?? (multiple ? [] : null)) as Value<B, M>);
      }}
      onSearch={setSearch}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setSearch("");
        onOpenChange?.(next);
      }}
      placeholder={placeholder ?? t("userSelect.placeholder")}
      notFoundContent={found.isFetching ? <Spin size="small" /> : found.isError ? t("userSelect.loadFailed") : t("userSelect.empty")}
      options={[...options].map(([key, label]) => ({ value: key, label, "data-value": String(key) }))}
    />
  );
}
