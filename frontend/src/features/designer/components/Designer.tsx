// The designer: one document in one reducer, shown as a graph, a field list, a permission matrix and
// settings, checked live against the publishing rules, saved with optimistic concurrency.
import { useQueryClient } from "@tanstack/react-query";
import { ReactFlowProvider } from "@xyflow/react";
import { App, Card, Tabs } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { queryKeys } from "@/entities/query-keys";
import type { TenantSchemas } from "@/lib/api-client";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useValidation, validateDocument } from "../api/use-validation";
import { DesignerContext, type DesignerContextValue, type KeyDrafts, keyDraftId } from "../hooks/use-designer";
import { useDeleteElement } from "../hooks/use-delete-element";
import { useDesignerDocument } from "../hooks/use-designer-document";
import { useDraftPersistence } from "../hooks/use-draft-persistence";
import { useUndoKeys } from "../hooks/use-undo-keys";
import { type PendingKey, type Selection, locateProblems, normalizeDocument, pendingKeyProblems, problemSelection, sortFields } from "../model";
import { DesignerCanvas } from "./canvas/DesignerCanvas";
import { ConflictModal } from "./ConflictModal";
import { DesignerHeader } from "./DesignerHeader";
import { FieldBuilder } from "./fields/FieldBuilder";
import { ElementPanel } from "./panel/ElementPanel";
import { PermissionMatrix } from "./PermissionMatrix";
import { ProblemsPanel } from "./ProblemsPanel";
import { SettingsPanel } from "./settings/SettingsPanel";
import { SimulationDrawer } from "./simulation/SimulationDrawer";

type Tab = "graph" | "fields" | "matrix" | "settings";
/** Edits settle this long before the live check runs. */
const CHECK_DELAY = 700;

interface DesignerProps {
  workflowId: number;
  workflowName: string;
  draft: TenantSchemas["schemas"]["VersionOut"];
}

export function Designer({ workflowId, workflowName, draft }: DesignerProps) {
  const { t } = useTranslation("designer");
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [initial] = useState(() => sortFields(normalizeDocument(draft.document)));
  const designer = useDesignerDocument(initial);
  const { doc, selection, dispatch } = designer;
  const [tab, setTab] = useState<Tab>("graph");
  const [testRun, setTestRun] = useState(false);

  const settled = useDebouncedValue(doc, CHECK_DELAY);
  const validation = useValidation(workflowId, settled);
  // Keys typed but not committed (taken or malformed): problems of their elements until fixed.
  const [pendingKeys, setPendingKeys] = useState<Record<string, PendingKey>>({});
  const keyDrafts = useMemo<KeyDrafts>(
    () => ({
      get: (id) => pendingKeys[id]?.value,
      set: (owner, next) =>
        setPendingKeys((current) => {
          const id = keyDraftId(owner);
          if (!next) {
            if (!(id in current)) return current;
            const { [id]: _gone, ...rest } = current;
            return rest;
          }
          if (current[id]?.value === next.value && current[id]?.problem === next.problem) return current;
          return { ...current, [id]: { owner, ...next } };
        }),
    }),
    [pendingKeys],
  );
  const keyProblems = useMemo(
    () => pendingKeyProblems(doc, Object.values(pendingKeys), (key) => t(`key.pending.${key.problem}`, { key: key.value })),
    [doc, pendingKeys, t],
  );
  const problems = useMemo(
    () => [...keyProblems, ...(validation.data ? locateProblems(validation.data.doc, validation.data.problems) : [])],
    [keyProblems, validation.data],
  );
  const warnings = useMemo(
    () => (validation.data ? locateProblems(validation.data.doc, validation.data.warnings) : []),
    [validation.data],
  );
  const checking = validation.isFetching || settled !== doc;

  const persistence = useDraftPersistence({ workflowId, designer, initialEtag: draft.etag, knownProblems: problems.length });
  useUndoKeys((command) => dispatch({ type: command }));

  /** Publishing waits for the keys typed but not committed: they would be lost otherwise. */
  const publish = () => {
    if (!keyProblems.length) {
      persistence.publish();
      return;
    }
    message.error(t("publish.pendingKeys", { count: keyProblems.length }));
    const first = problemSelection(keyProblems[0]);
    if (first) dispatch({ type: "select", selection: first });
  };
  const remove = useDeleteElement(doc, dispatch);

  const select = useCallback(
    (next: Selection) => {
      dispatch({ type: "select", selection: next });
      if (next?.kind === "field") setTab("fields");
      else if (next) setTab("graph");
    },
    [dispatch],
  );

  const validateNow = async () => {
    try {
      const result = await queryClient.fetchQuery({
        queryKey: queryKeys.workflows.validation(workflowId, designer.signature),
        queryFn: () => validateDocument(workflowId, doc),
        staleTime: 0,
      });
      const count = result.problems.length + keyProblems.length;
      if (count) message.warning(t("status.problems", { count }));
      else message.success(t("status.validLong"));
    } catch {
      message.error(t("problems.checkFailed"));
    }
  };

  const context: DesignerContextValue = { doc, selection, dispatch, problems, warnings, keyDrafts, select, remove };

  return (
    <DesignerContext.Provider value={context}>
      <div style={{ padding: "16px 24px 24px" }} data-testid="designer">
        <DesignerHeader
          workflowId={workflowId}
          workflowName={workflowName}
          draftNumber={draft.number}
          dirty={designer.dirty}
          saving={persistence.saving}
          publishing={persistence.publishing}
          checking={checking}
          problemCount={problems.length}
          warningCount={warnings.length}
          onValidate={() => void validateNow()}
          onSave={persistence.save}
          onPublish={publish}
          onUndo={designer.past.length ? () => dispatch({ type: "undo" }) : undefined}
          onRedo={designer.future.length ? () => dispatch({ type: "redo" }) : undefined}
          onTestRun={() => setTestRun(true)}
        />
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as Tab)}
            items={[
              {
                key: "graph",
                label: <span data-testid="tab-graph">{t("tabs.graph", { count: doc.states.length })}</span>,
                children: (
                  <div className="designer-graph-tab">
                    <ReactFlowProvider>
                      <DesignerCanvas />
                    </ReactFlowProvider>
                    <aside className="designer-side-panel" data-testid="side-panel">
                      <ElementPanel />
                    </aside>
                  </div>
                ),
              },
              { key: "fields", label: <span data-testid="tab-fields">{t("tabs.fields", { count: doc.fields.length })}</span>, children: <FieldBuilder /> },
              { key: "matrix", label: <span data-testid="tab-matrix">{t("tabs.matrix")}</span>, children: <PermissionMatrix /> },
              { key: "settings", label: <span data-testid="tab-settings">{t("tabs.settings")}</span>, children: <SettingsPanel /> },
            ]}
          />
        </Card>
        <ProblemsPanel checking={checking} failed={validation.isError} onRetry={() => void validation.refetch()} />
        <SimulationDrawer open={testRun} onClose={() => setTestRun(false)} workflowId={workflowId} doc={doc} />
        <ConflictModal
          open={persistence.conflict.open}
          busy={persistence.conflict.busy}
          onReload={persistence.conflict.reload}
          onOverwrite={persistence.conflict.overwrite}
          onCancel={persistence.conflict.cancel}
        />
      </div>
    </DesignerContext.Provider>
  );
}
