import { Flex, Tag } from "antd";
import { useTranslation } from "react-i18next";

const KIND_COLORS: Record<string, string> = { handler: "blue", candidate: "orange", consulted: "purple" };

type Person = { username: string; display_name: string };
type Handler = Person & { id: number; kind: string; on_behalf_of?: Person | null };

/** The people a ticket (or one of its branches) waits for, their role noted unless they handle it, and
 *  for whom when a delegation gave them the turn; someone on several of its branches is named once. */
export function HandlerTags({ handlers, testId }: { handlers: Handler[]; testId?: string }) {
  const { t } = useTranslation("tickets");
  const people = new Map(handlers.map((handler) => [`${handler.id}-${handler.kind}`, handler]));
  return (
    <Flex gap={4} wrap data-testid={testId}>
      {[...people.values()].map((handler) => (
        <Tag key={`${handler.id}-${handler.kind}`} color={KIND_COLORS[handler.kind]} title={handler.username}>
          {handler.display_name || handler.username}
          {handler.kind !== "handler" ? ` · ${t(`roles.${handler.kind}`, { defaultValue: handler.kind })}` : ""}
          {handler.on_behalf_of ? ` · ${t("list.onBehalfOf", { name: handler.on_behalf_of.display_name || handler.on_behalf_of.username })}` : ""}
        </Tag>
      ))}
    </Flex>
  );
}
