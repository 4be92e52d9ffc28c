// Between the API's document (optional parts may be missing) and the designer's (everything present).
import type {
  ApiDocument,
  Audience,
  Branch,
  Condition,
  Doc,
  FieldDef,
  NotificationRule,
  Participant,
  Position,
  Sla,
  StateDef,
  Subprocess,
  TransitionDef,
} from "./types";

type Loose<T> = { [K in keyof T]?: T[K] | null };

export function emptyParticipant(kind: Participant["kind"] = "none"): Participant {
  return {
    kind,
    users: [],
    departments: [],
    department_scope: "members",
    roles: [],
    variable: null,
    field: null,
    hook: null,
    script: null,
  };
}

export function normalizeParticipant(raw: Loose<Participant> | null | undefined): Participant {
  const base = emptyParticipant(raw?.kind ?? "none");
  return {
    ...base,
    users: [...(raw?.users ?? [])],
    departments: [...(raw?.departments ?? [])],
    department_scope: raw?.department_scope ?? "members",
    roles: [...(raw?.roles ?? [])],
    variable: raw?.variable ?? null,
    field: raw?.field ?? null,
    hook: raw?.hook
      ? { url: raw.hook.url, wait: raw.hook.wait ?? false, returns_handlers: raw.hook.returns_handlers ?? false }
      : null,
    script: raw?.script ?? null,
  };
}

function normalizeField(raw: Loose<FieldDef>): FieldDef {
  return {
    key: raw.key ?? "",
    label: raw.label ?? "",
    type: raw.type ?? "string",
    required: raw.required ?? true,
    choices: (raw.choices ?? []).map((choice) => ({ value: choice.value, label: choice.label })),
    default: raw.default ?? null,
    placeholder: raw.placeholder ?? "",
    help_text: raw.help_text ?? "",
    validation: raw.validation ? { ...raw.validation } : null,
    order: raw.order ?? 0,
    columns: (raw.columns ?? []).map((column) => normalizeField(column as Loose<FieldDef>)),
  };
}

function normalizeSla(raw: Loose<Sla> | null | undefined): Sla | null {
  if (!raw) return null;
  return {
    duration_seconds: raw.duration_seconds ?? 3600,
    ...(raw.clock ? { clock: raw.clock } : {}),
    action: raw.action ?? "remind",
    escalate_to: raw.escalate_to ? normalizeParticipant(raw.escalate_to) : null,
    transition: raw.transition ?? null,
    ...(raw.warn_before_seconds ? { warn_before_seconds: raw.warn_before_seconds } : {}),
  };
}

function normalizeSubprocess(raw: Loose<Subprocess> | null | undefined): Subprocess | null {
  if (!raw) return null;
  return {
    workflow: raw.workflow ?? null,
    rows: raw.rows ?? null,
    count: raw.count ?? null,
    values: { ...(raw.values ?? {}) },
    continue_on: raw.continue_on ?? "all_finished",
    when_none: raw.when_none ?? "continue",
  };
}

function normalizeState(raw: Loose<StateDef>): StateDef {
  const distribution = raw.distribution;
  return {
    key: raw.key ?? "",
    name: raw.name ?? "",
    type: raw.type ?? "normal",
    join: raw.join ?? null,
    participant: normalizeParticipant(raw.participant),
    distribution: {
      kind: distribution?.kind ?? "any",
      countersign: distribution?.countersign ? { ...distribution.countersign } : null,
    },
    field_permissions: { ...(raw.field_permissions ?? {}) },
    can_withdraw: raw.can_withdraw ?? false,
    reuse_last_handler: raw.reuse_last_handler ?? false,
    sla: normalizeSla(raw.sla),
    scripts: [...(raw.scripts ?? [])],
    subprocess: normalizeSubprocess(raw.subprocess),
    position: raw.position ? { x: raw.position.x ?? 0, y: raw.position.y ?? 0 } : null,
  };
}

function normalizeBranch(raw: Loose<Branch>): Branch {
  const condition = raw.condition as Condition | null | undefined;
  return { condition: condition ?? null, expression: raw.expression ?? null, target: raw.target ?? "" };
}

function normalizeTransition(raw: Loose<TransitionDef>): TransitionDef {
  return {
    key: raw.key ?? "",
    name: raw.name ?? "",
    source: raw.source ?? "",
    target: raw.target ?? "",
    attribute: raw.attribute ?? "agree",
    check_required_fields: raw.check_required_fields ?? true,
    confirm_text: raw.confirm_text ?? "",
    kind: raw.kind ?? "manual",
    timer_seconds: raw.timer_seconds ?? null,
    ...(raw.timer_clock ? { timer_clock: raw.timer_clock } : {}),
    branches: (raw.branches ?? []).map((branch) => normalizeBranch(branch as Loose<Branch>)),
    condition: (raw.condition as Condition | null | undefined) ?? null,
    expression: raw.expression ?? null,
    scripts: [...(raw.scripts ?? [])],
  };
}

export function normalizeAudience(raw: Loose<Audience> | null | undefined, everyone = false): Audience {
  return {
    everyone: raw?.everyone ?? everyone,
    users: [...(raw?.users ?? [])],
    departments: [...(raw?.departments ?? [])],
    roles: [...(raw?.roles ?? [])],
  };
}

function normalizeRule(raw: Loose<NotificationRule>): NotificationRule {
  return {
    events: [...(raw.events ?? [])],
    channel: raw.channel ?? "",
    recipients: [...(raw.recipients ?? ["handlers"])],
    template: raw.template ?? "",
    states: [...(raw.states ?? [])],
  };
}

/** The API's document with every optional part filled in and every state placed on the canvas. */
export function normalizeDocument(raw: ApiDocument | null | undefined): Doc {
  const doc: Doc = {
    serial_prefix: raw?.serial_prefix ?? "TK",
    title_template: raw?.title_template ?? "{workflow} {serial}",
    fields: (raw?.fields ?? []).map((field) => normalizeField(field as Loose<FieldDef>)),
    states: (raw?.states ?? []).map((state) => normalizeState(state as Loose<StateDef>)),
    transitions: (raw?.transitions ?? []).map((transition) => normalizeTransition(transition as Loose<TransitionDef>)),
    creators: normalizeAudience(raw?.creators, raw?.creators === undefined),
    viewers: normalizeAudience(raw?.viewers),
    intervenors: normalizeAudience(raw?.intervenors),
    submit_limit: raw?.submit_limit ? { ...raw.submit_limit } : null,
    notifications: (raw?.notifications ?? []).map((rule) => normalizeRule(rule as Loose<NotificationRule>)),
    webhooks: (raw?.webhooks ?? []).map((hook) => ({ events: [...hook.events], url: hook.url, active: hook.active ?? true })),
  };
  return placeUnpositioned(doc);
}

/** The designer's document as the API takes it (the shapes already match; this only names the cast). */
export function toApiDocument(doc: Doc): ApiDocument {
  return doc as unknown as ApiDocument;
}

export const COLUMN_WIDTH = 260;
export const ROW_HEIGHT = 150;

/** Each state's column: its distance (in transitions, branches included) from the start state. */
function depths(doc: Doc): Map<string, number> {
  const depth = new Map<string, number>();
  const start = doc.states.find((state) => state.type === "start") ?? doc.states[0];
  if (!start) return depth;
  depth.set(start.key, 0);
  const queue = [start.key];
  while (queue.length) {
    const key = queue.shift()!;
    for (const transition of doc.transitions) {
      if (transition.source !== key) continue;
      for (const target of [transition.target, ...transition.branches.map((branch) => branch.target)]) {
        if (!depth.has(target)) {
          depth.set(target, depth.get(key)! + 1);
          queue.push(target);
        }
      }
    }
  }
  return depth;
}

/** Positions in columns by distance from the start (unreachable states last), rows centred on y = 0. */
function layered(doc: Doc, only: (state: StateDef) => boolean): Map<string, Position> {
  const depth = depths(doc);
  const last = Math.max(0, ...depth.values()) + 1;
  const columns = new Map<number, StateDef[]>();
  for (const state of doc.states) {
    const column = depth.get(state.key) ?? last;
    columns.set(column, [...(columns.get(column) ?? []), state]);
  }
  const positions = new Map<string, Position>();
  for (const [column, states] of columns) {
    const placed = states.filter(only);
    placed.forEach((state, row) => {
      positions.set(state.key, { x: column * COLUMN_WIDTH, y: Math.round((row - (placed.length - 1) / 2) * ROW_HEIGHT) });
    });
  }
  return positions;
}

/** States without a `position` (imported documents) laid out in columns by distance from the start. */
export function placeUnpositioned(doc: Doc): Doc {
  if (doc.states.every((state) => state.position)) return doc;
  const positions = layered(doc, (state) => !state.position);
  return { ...doc, states: doc.states.map((state) => (state.position ? state : { ...state, position: positions.get(state.key)! })) };
}

/** Every state laid out afresh, left to right in the order a ticket meets them. */
export function arrangeStates(doc: Doc): Doc {
  const positions = layered(doc, () => true);
  return { ...doc, states: doc.states.map((state) => ({ ...state, position: positions.get(state.key)! })) };
}
