// A key editor: typed freely, committed on Enter or blur only when it fits the key pattern and is
// unique among its siblings (so the document never holds a duplicate from the designer). A key that
// cannot be committed is not dropped: it stays in the box and, inside the designer, is a listed
// problem (duplicate_key / invalid_key) that blocks publishing until it is fixed or Escape undoes it.
import { Form, Input } from "antd";
import { useContext, useState } from "react";
import { useTranslation } from "react-i18next";
import { DesignerContext, type KeyOwner, keyDraftId } from "../../hooks/use-designer";
import { keyProblem } from "../../model";

interface KeyInputProps {
  value: string;
  /** The keys of the siblings (may include `value`). */
  taken: string[];
  onCommit: (key: string) => void;
  /** The element whose key this is (its uncommitted key is a problem of that element). */
  owner?: KeyOwner;
  label?: string;
  testId?: string;
}

export function KeyInput({ value, taken, onCommit, owner, label, testId }: KeyInputProps) {
  const { t } = useTranslation("designer");
  const drafts = useContext(DesignerContext)?.keyDrafts;
  const id = owner ? keyDraftId(owner) : null;
  const [local, setLocal] = useState<string | null>(null);
  const draft = local ?? (id !== null ? drafts?.get(id) ?? null : null);
  const problem = draft === null ? null : keyProblem(draft, value, taken);

  /** Tell the designer about a key that cannot be committed (or that there is none any more). */
  const report = (text: string | null) => {
    if (!owner || !drafts) return;
    const found = text === null ? null : keyProblem(text, value, taken);
    drafts.set(owner, found && text !== null ? { value: text, problem: found } : null);
  };

  const commit = () => {
    if (draft !== null && !problem && draft !== value) onCommit(draft);
    if (!problem) {
      setLocal(null);
      report(null);
    }
  };

  return (
    <Form.Item
      label={label ?? t("key.label")}
      validateStatus={problem ? "error" : undefined}
      help={problem ? t(`key.${problem}`) : t("key.help")}
    >
      <Input
        value={draft ?? value}
        onChange={(event) => {
          setLocal(event.target.value);
          report(event.target.value);
        }}
        onBlur={commit}
        onPressEnter={commit}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            setLocal(null);
            report(null);
          }
        }}
        spellCheck={false}
        maxLength={64}
        data-testid={testId}
        style={{ fontFamily: "monospace" }}
      />
    </Form.Item>
  );
}
