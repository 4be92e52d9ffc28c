// Who handles a state (or whom an SLA escalates to): the kind, then the picker that kind needs.
import { Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemHelp } from "../hooks/use-problem-help";
import { useDesigner } from "../hooks/use-designer";
import {
  DEPARTMENT_SCOPES,
  PARTICIPANT_FIELD_TYPES,
  PARTICIPANT_KINDS,
  type Participant,
  type ParticipantKind,
  VARIABLES,
  emptyParticipant,
} from "../model";
import { PEOPLE_LISTS, PeopleListSelect, ScriptSelect } from "./pickers/DirectorySelect";
import { optionsOf } from "./options";

type Help = (under: string, exact?: boolean) => ProblemHelp;

interface ParticipantEditorProps {
  value: Participant;
  onChange: (participant: Participant) => void;
  /** Problems under a sub-path of this participant ("users", "hook"…). */
  help: Help;
  /** Prefix of the test ids ("participant", "escalate"). */
  testId: string;
  /** Kinds offered (an SLA escalation cannot go to nobody). */
  kinds?: ParticipantKind[];
}

/** A participant of another kind keeps nothing from the old one (stale users would still be checked). */
function ofKind(kind: ParticipantKind): Participant {
  const next = emptyParticipant(kind);
  if (kind === "variable") next.variable = "creator";
  return next;
}

export function ParticipantEditor({ value, onChange, help, testId, kinds = PARTICIPANT_KINDS }: ParticipantEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const set = (patch: Partial<Participant>) => onChange({ ...value, ...patch });
  const status = (under: string) => (help(under).validateStatus === "error" ? ("error" as const) : undefined);
  const list = PEOPLE_LISTS.find((kind) => kind === value.kind);

  return (
    <>
      <Form.Item label={t("participant.kind")} {...help("kind")}>
        <Select
          value={value.kind}
          onChange={(kind: ParticipantKind) => onChange(ofKind(kind))}
          options={optionsOf(kinds, (kind) => t(`participant.kinds.${kind}`))}
          data-testid={`${testId}-kind`}
          aria-label={t("participant.kind")}
        />
      </Form.Item>
      {list && (
        <Form.Item label={t(`participant.${list}`)} {...help(list)}>
          <PeopleListSelect
            list={list}
            value={value[list]}
            onChange={(codes) => set({ [list]: codes })}
            testId={`${testId}-${list}`}
            ariaLabel={t(`participant.${list}`)}
            status={status(list)}
          />
        </Form.Item>
      )}
      {value.kind === "departments" && (
        <Form.Item label={t("participant.scope")} {...help("department_scope")}>
          <Select
            value={value.department_scope}
            onChange={(department_scope) => set({ department_scope })}
            options={optionsOf(DEPARTMENT_SCOPES, (scope) => t(`participant.scopes.${scope}`))}
            data-testid={`${testId}-scope`}
            aria-label={t("participant.scope")}
          />
        </Form.Item>
      )}
      {value.kind === "variable" && (
        <Form.Item label={t("participant.variable")} {...help("variable")}>
          <Select
            value={value.variable ?? undefined}
            onChange={(variable) => set({ variable })}
            options={optionsOf(VARIABLES, (variable) => t(`participant.variables.${variable}`))}
            data-testid={`${testId}-variable`}
            aria-label={t("participant.variable")}
          />
        </Form.Item>
      )}
      {value.kind === "field" && (
        <Form.Item label={t("participant.field")} {...help("field")} extra={t("participant.fieldHelp")}>
          <Select
            value={value.field ?? undefined}
            onChange={(field) => set({ field })}
            placeholder={t("participant.fieldPlaceholder")}
            notFoundContent={t("participant.noUserFields")}
            options={doc.fields
              .filter((field) => PARTICIPANT_FIELD_TYPES.has(field.type))
              .map((field) => ({ value: field.key, label: `${field.label} (${field.key})` }))}
            data-testid={`${testId}-field`}
            aria-label={t("participant.field")}
          />
        </Form.Item>
      )}
      {value.kind === "parent_field" && (
        <Form.Item label={t("participant.parentField")} {...help("field")} extra={t("participant.parentFieldHelp")}>
          <Input
            value={value.field ?? ""}
            onChange={(event) => set({ field: event.target.value.trim() || null })}
            spellCheck={false}
            style={{ fontFamily: "monospace" }}
            data-testid={`${testId}-parent-field`}
          />
        </Form.Item>
      )}
      {value.kind === "script" && (
        <Form.Item label={t("participant.script")} {...help("script")} extra={t("participant.scriptHelp")}>
          <ScriptSelect
            value={value.script ? [value.script] : []}
            // One script handles the state: the last one picked replaces the one before.
            onChange={(codes) => set({ script: codes[codes.length - 1] ?? null })}
            testId={`${testId}-script`}
            ariaLabel={t("participant.script")}
            status={status("script")}
          />
        </Form.Item>
      )}
      {value.kind === "hook" && (
        <>
          <Form.Item label={t("participant.hookUrl")} {...help("hook")} extra={t("participant.hookUrlHelp")}>
            <Input
              value={value.hook?.url ?? ""}
              placeholder="https://"
              onChange={(event) => {
                const url = event.target.value.trim();
                // No URL, no hook: the schema would refuse an empty one.
                set({ hook: url ? { wait: false, returns_handlers: false, ...value.hook, url } : null });
              }}
              data-testid={`${testId}-hook-url`}
            />
          </Form.Item>
          <Form.Item label={t("participant.hookWait")} extra={t("participant.hookWaitHelp")}>
            <Switch
              checked={value.hook?.wait ?? false}
              disabled={!value.hook}
              onChange={(wait) => value.hook && set({ hook: { ...value.hook, wait } })}
              data-testid={`${testId}-hook-wait`}
            />
          </Form.Item>
          <Form.Item label={t("participant.hookReturnsHandlers")} extra={t("participant.hookReturnsHandlersHelp")}>
            <Switch
              checked={value.hook?.returns_handlers ?? false}
              disabled={!value.hook}
              onChange={(returns_handlers) => value.hook && set({ hook: { ...value.hook, returns_handlers } })}
              data-testid={`${testId}-hook-returns`}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
