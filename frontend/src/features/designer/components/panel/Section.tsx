import { Divider } from "antd";
import type { ReactNode } from "react";

/** A titled part of the side panel. */
export function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <>
      <Divider orientation="left" orientationMargin={0} style={{ fontSize: 13, margin: "16px 0 8px" }}>
        {title}
      </Divider>
      {children}
    </>
  );
}
