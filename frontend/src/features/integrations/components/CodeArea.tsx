import { Flex, Typography, theme } from "antd";
import { type UIEvent, useRef } from "react";
import { useTranslation } from "react-i18next";

const FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
const LINE_HEIGHT = 20;

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** A line to mark in the gutter (a syntax error's). */
  errorLine?: number;
  rows?: number;
  "aria-invalid"?: boolean;
  "data-testid"?: string;
};

/**
 * Source code in a monospace text area with line numbers beside it and the line count below.
 * Lines never wrap, so each number stays beside its line; Tab still moves focus (keyboard users).
 */
export function CodeArea({ id, value = "", onChange, errorLine, rows = 18, ...rest }: Props) {
  const { t } = useTranslation("integrations");
  const { token } = theme.useToken();
  const gutter = useRef<HTMLDivElement>(null);
  const lines = value.split("\n").length;
  const syncScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
  };
  const shared = { fontFamily: FONT, fontSize: 13, lineHeight: `${LINE_HEIGHT}px`, padding: "8px 0" };

  return (
    <div>
      <Flex
        style={{
          border: `1px solid ${rest["aria-invalid"] ? token.colorError : token.colorBorder}`,
          borderRadius: token.borderRadius,
          overflow: "hidden",
          height: rows * LINE_HEIGHT + 18,
        }}
      >
        <div
          ref={gutter}
          aria-hidden
          style={{ ...shared, overflow: "hidden", minWidth: 44, textAlign: "right", background: token.colorFillQuaternary, color: token.colorTextTertiary, userSelect: "none" }}
        >
          {Array.from({ length: lines }, (_, index) => (
            <div key={index} style={{ paddingRight: 8, color: index + 1 === errorLine ? token.colorError : undefined, fontWeight: index + 1 === errorLine ? 600 : undefined }}>
              {index + 1}
            </div>
          ))}
        </div>
        <textarea
          id={id}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          onScroll={syncScroll}
          spellCheck={false}
          wrap="off"
          aria-invalid={rest["aria-invalid"]}
          data-testid={rest["data-testid"]}
          style={{ ...shared, flex: 1, border: 0, outline: "none", resize: "none", paddingLeft: 10, paddingRight: 10, whiteSpace: "pre", overflow: "auto", tabSize: 4 }}
        />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("scripts.lineCount", { lines, chars: value.length })}
      </Typography.Text>
    </div>
  );
}
