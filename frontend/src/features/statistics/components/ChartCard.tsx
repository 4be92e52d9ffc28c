import { Card, Empty } from "antd";
import type { ReactNode } from "react";

type Props = { title: ReactNode; extra?: ReactNode; empty?: string; children: ReactNode; testId?: string };

/** A titled card around a chart, or around an explanation when there is nothing to draw. */
export function ChartCard({ title, extra, empty, children, testId }: Props) {
  return (
    <Card title={title} extra={extra} size="small" style={{ height: "100%" }} data-testid={testId}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ padding: "48px 0" }} /> : children}
    </Card>
  );
}
