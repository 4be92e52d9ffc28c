// A key editor: typed freely, committed on Enter or blur only when it fits the key pattern and is
// unique among its siblings (so the document never holds a duplicate from the designer).
import { Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { keyProblem } from "../../model";

interface KeyInputProps {
  value: string;
  /** The keys of the siblings (may include `value`). */
  taken: string[];
  onCommit: (key: string) => void;
  label?: string;
  testId?: string;
}

export function KeyInput({ value, taken, onCommit, label, testId }: KeyInputProps) {
  const { t } = useTranslation("designer");
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const problem = draft === null ? null : keyProblem(draft, value, taken);

  const commit = () => {
    if (draft !== null && !problem && draft !== value) onCommit(draft);
    if (!problem) setDraft(null);
  };

  return (
    <Form.Item
      label={label ?? t("key.label")}
      validateStatus={problem ? "error" : undefined}
      help={problem ? t(`key.${problem}`) : t("key.help")}
    >
      <Input
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        onKeyDown={(event) => {
          if (event.key === "Escape") setDraft(null);
        }}
        spellCheck={false}
        maxLength={64}
        data-testid={testId}
        style={{ fontFamily: "monospace" }}
      />
    </Form.Item>
  );
}
