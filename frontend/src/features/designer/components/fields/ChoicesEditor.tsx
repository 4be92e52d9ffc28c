// The choices of a radio / checkbox / select / multi-select field: value (stored) and label (shown).
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Input, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Choice } from "../../model";

interface ChoicesEditorProps {
  value: Choice[];
  onChange: (choices: Choice[]) => void;
  testId: string;
}

export function ChoicesEditor({ value, onChange, testId }: ChoicesEditorProps) {
  const { t } = useTranslation("designer");
  const set = (index: number, patch: Partial<Choice>) => onChange(value.map((choice, i) => (i === index ? { ...choice, ...patch } : choice)));
  const move = (index: number, delta: number) => {
    const next = [...value];
    [next[index], next[index + delta]] = [next[index + delta], next[index]];
    onChange(next);
  };
  const values = value.map((choice) => choice.value);

  return (
    <div data-testid={testId}>
      {value.length === 0 && <Typography.Text type="danger">{t("choices.none")}</Typography.Text>}
      {value.map((choice, index) => {
        const duplicate = choice.value !== "" && values.indexOf(choice.value) !== index;
        return (
          <Flex key={index} gap={4} style={{ marginBottom: 4 }} align="center">
            <Input
              value={choice.value}
              onChange={(event) => set(index, { value: event.target.value })}
              placeholder={t("choices.value")}
              status={!choice.value || duplicate ? "error" : undefined}
              title={duplicate ? t("choices.duplicate") : undefined}
              maxLength={100}
              style={{ flex: 1, fontFamily: "monospace" }}
              aria-label={t("choices.value")}
              data-testid={`${testId}-value-${index}`}
            />
            <Input
              value={choice.label}
              onChange={(event) => set(index, { label: event.target.value })}
              placeholder={t("choices.label")}
              status={choice.label.trim() ? undefined : "error"}
              maxLength={200}
              style={{ flex: 1 }}
              aria-label={t("choices.label")}
              data-testid={`${testId}-label-${index}`}
            />
            <Tooltip title={t("choices.moveUp")}>
              <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("choices.moveUp")} />
            </Tooltip>
            <Tooltip title={t("choices.moveDown")}>
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === value.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t("choices.moveDown")}
              />
            </Tooltip>
            <Tooltip title={t("choices.remove")}>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t("choices.remove")}
                data-testid={`${testId}-remove-${index}`}
              />
            </Tooltip>
          </Flex>
        );
      })}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => {
          let number = value.length + 1;
          while (values.includes(`option_${number}`)) number += 1;
          onChange([...value, { value: `option_${number}`, label: t("choices.defaultLabel", { number }) }]);
        }}
        data-testid={`${testId}-add`}
      >
        {t("choices.add")}
      </Button>
    </div>
  );
}
