import { BellOutlined } from "@ant-design/icons";
import { Badge, Button } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUnreadCount } from "../api/use-unread-count";

/** The header's bell: my unread notifications (polled), leading to the inbox. */
export function InboxBell() {
  const { t } = useTranslation("inbox");
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <Link to="/inbox" data-testid="inbox-bell" data-unread={count} aria-label={t("bell", { count })}>
      <Badge count={count} overflowCount={99} size="small">
        <Button type="text" shape="circle" icon={<BellOutlined style={{ fontSize: 18 }} />} tabIndex={-1} />
      </Badge>
    </Link>
  );
}
