// How a state's handlers share the work: any / claim / direct / random / countersign (with its threshold).
import { Form, InputNumber, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemHelp } from "../hooks/use-problem-help";
import { COUNTERSIGN_MODES, DISTRIBUTION_KINDS, type Distribution, type DistributionKind } from "../model";
import { optionsOf } from "./options";

type Help = (under: string, exact?: boolean) => ProblemHelp;

export function DistributionEditor({ value, onChange, help }: { value: Distribution; onChange: (d: Distribution) => void; help: Help }) {
  const { t } = useTranslation("designer");
  const countersign = value.countersign;

  const setKind = (kind: DistributionKind) =>
    onChange({ kind, countersign: kind === "countersign" ? (countersign ?? { mode: "all", veto_on_reject: true }) : null });

  return (
    <>
      <Form.Item label={t("distribution.kind")} {...help("distribution.kind")} extra={t(`distribution.kindHelp.${value.kind}`)}>
        <Select
          value={value.kind}
          onChange={setKind}
          options={optionsOf(DISTRIBUTION_KINDS, (kind) => t(`distribution.kinds.${kind}`))}
          data-testid="distribution-kind"
          aria-label={t("distribution.kind")}
        />
      </Form.Item>
      {value.kind === "countersign" && countersign && (
        <>
          <Form.Item label={t("distribution.mode")} {...help("distribution.countersign.mode")}>
            <Select
              value={countersign.mode}
              onChange={(mode) =>
                onChange({
                  ...value,
                  countersign: {
                    mode,
                    veto_on_reject: countersign.veto_on_reject,
                    count: mode === "count" ? (countersign.count ?? 1) : null,
                    percent: mode === "percent" ? (countersign.percent ?? 50) : null,
                  },
                })
              }
              options={optionsOf(COUNTERSIGN_MODES, (mode) => t(`distribution.modes.${mode}`))}
              data-testid="countersign-mode"
              aria-label={t("distribution.mode")}
            />
          </Form.Item>
          {countersign.mode === "count" && (
            <Form.Item label={t("distribution.count")} {...help("distribution.countersign.count")}>
              <InputNumber
                min={1}
                max={10000}
                precision={0}
                value={countersign.count ?? null}
                onChange={(count) => onChange({ ...value, countersign: { ...countersign, count: count ?? null } })}
                data-testid="countersign-count"
                aria-label={t("distribution.count")}
                style={{ width: "100%" }}
              />
            </Form.Item>
          )}
          {countersign.mode === "percent" && (
            <Form.Item label={t("distribution.percent")} {...help("distribution.countersign.percent")}>
              <InputNumber
                min={1}
                max={100}
                precision={0}
                suffix="%"
                value={countersign.percent ?? null}
                onChange={(percent) => onChange({ ...value, countersign: { ...countersign, percent: percent ?? null } })}
                data-testid="countersign-percent"
                aria-label={t("distribution.percent")}
                style={{ width: "100%" }}
              />
            </Form.Item>
          )}
          <Form.Item label={t("distribution.veto")} extra={t("distribution.vetoHelp")}>
            <Switch
              checked={countersign.veto_on_reject}
              onChange={(veto_on_reject) => onChange({ ...value, countersign: { ...countersign, veto_on_reject } })}
              data-testid="countersign-veto"
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
