import { useTranslation } from "react-i18next";
import { UserSelect } from "@/entities/users";
import type { WidgetProps } from "./types";

/** user / users fields: people picked by searching the directory; the value is usernames. */
export function UserInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string | string[]>) {
  const { t } = useTranslation("tickets");
  return (
    <UserSelect
      by="username"
      multiple={field.type === "users"}
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      disabled={disabled}
      placeholder={field.placeholder || t("fields.searchPeople")}
      style={{ width: "100%", maxWidth: 480 }}
    />
  );
}
