// Saving (PUT /draft with If-Match, 412 → conflict choices) and publishing (save first, then
// POST /publish with the saved ETag; 422 → problems on the graph), and the guards around them.
import { useQueryClient } from "@tanstack/react-query";
import { App, Input, Typography } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker, useNavigate } from "react-router";
import { queryKeys } from "@/entities/query-keys";
import { ApiError } from "@/lib/api-client";
import { useDraft } from "../api/use-draft";
import { usePublishWorkflow } from "../api/use-publish-workflow";
import { useSaveDraft } from "../api/use-save-draft";
import { type Problem, normalizeDocument, schemaProblems, validationSignature } from "../model";
import type { DesignerDocument } from "./use-designer-document";

interface Options {
  workflowId: number;
  designer: DesignerDocument;
  initialEtag: string;
  /** Problems the last check found (shown in the publish confirmation). */
  knownProblems: number;
}

export function useDraftPersistence({ workflowId, designer, initialEtag, knownProblems }: Options) {
  const { t } = useTranslation("designer");
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const draft = useDraft(workflowId);
  const saveDraft = useSaveDraft(workflowId);
  const publishWorkflow = usePublishWorkflow(workflowId);
  const [etag, setEtag] = useState(initialEtag);
  const [conflict, setConflict] = useState<{ currentEtag: string } | null>(null);
  // Set once published: leaving then loses nothing (the re-render that clears `dirty` may not have run yet).
  const published = useRef(false);
  const { doc, revision, dirty, dispatch } = designer;

  const errorText = useCallback(
    (error: unknown) =>
      error instanceof ApiError ? t(`errors.${error.code}`, { ns: "common", defaultValue: error.message }) : t("errors.network", { ns: "common" }),
    [t],
  );

  /** Show problems found by a save or publish as if the live check had found them. */
  const showProblems = useCallback(
    (problems: Problem[]) => queryClient.setQueryData(queryKeys.workflows.validation(workflowId, validationSignature(doc)), { problems, warnings: [], doc }),
    [queryClient, workflowId, doc],
  );

  /** Save the document; the new ETag, or null when it did not save (the reason is shown). */
  const save = useCallback(
    async (ifMatch: string = etag): Promise<string | null> => {
      try {
        const version = await saveDraft.mutateAsync({ document: doc, etag: ifMatch });
        setEtag(version.etag);
        dispatch({ type: "saved", revision });
        message.success(t("save.saved"));
        return version.etag;
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) {
          const details = error.details as { current_etag?: string } | undefined;
          setConflict({ currentEtag: details?.current_etag ?? "*" });
        } else if (error instanceof ApiError && error.status === 422) {
          showProblems(schemaProblems(error.details));
          message.error(t("save.invalid"));
        } else {
          message.error(t("save.failed", { reason: errorText(error) }));
        }
        return null;
      }
    },
    [etag, saveDraft, doc, dispatch, revision, message, t, showProblems, errorText],
  );

  const publish = () => {
    let comment = "";
    modal.confirm({
      title: t("publish.confirmTitle"),
      width: 480,
      content: (
        <>
          <Typography.Paragraph>{t(dirty ? "publish.confirmUnsaved" : "publish.confirm")}</Typography.Paragraph>
          {knownProblems > 0 && <Typography.Paragraph type="danger">{t("publish.knownProblems", { count: knownProblems })}</Typography.Paragraph>}
          <Input.TextArea
            placeholder={t("publish.comment")}
            aria-label={t("publish.comment")}
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            onChange={(event) => {
              comment = event.target.value;
            }}
            data-testid="publish-comment"
          />
        </>
      ),
      okText: t("publish.ok"),
      okButtonProps: { "data-testid": "confirm-publish" },
      cancelText: t("actions.cancel", { ns: "common" }),
      onOk: async () => {
        const saved = dirty ? await save() : etag;
        if (!saved) return;
        try {
          await publishWorkflow.mutateAsync({ etag: saved, comment });
          message.success(t("publish.done"));
          published.current = true;
          navigate(`/workflows/${workflowId}`);
        } catch (error) {
          if (error instanceof ApiError && error.status === 422 && error.code === "invalid_definition") {
            const problems = (Array.isArray(error.details) ? error.details : []) as Problem[];
            showProblems(problems);
            message.error(t("publish.invalid", { count: problems.length }));
          } else if (error instanceof ApiError && error.status === 412) {
            const details = error.details as { current_etag?: string } | undefined;
            setConflict({ currentEtag: details?.current_etag ?? "*" });
          } else {
            message.error(t("publish.failed", { reason: errorText(error) }));
          }
        }
      },
    });
  };

  const reload = async () => {
    const fresh = await draft.refetch();
    if (!fresh.data) {
      message.error(t("conflict.reloadFailed"));
      return;
    }
    dispatch({ type: "load", doc: normalizeDocument(fresh.data.document) });
    setEtag(fresh.data.etag);
    setConflict(null);
    message.info(t("conflict.reloaded"));
  };

  const overwrite = async () => {
    if (!conflict) return;
    const saved = await save(conflict.currentEtag);
    if (saved) setConflict(null);
  };

  // Ctrl/Cmd+S saves (the latest document: the listener reads it through a ref).
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Unsaved changes: the browser asks before closing or reloading the tab…
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  // …and the designer asks before following a link inside the console.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !published.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const blockerRef = useRef(blocker);
  useEffect(() => {
    blockerRef.current = blocker;
  }, [blocker]);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    modal.confirm({
      title: t("leave.title"),
      content: t("leave.message"),
      okText: t("leave.ok"),
      okButtonProps: { danger: true, "data-testid": "confirm-leave" },
      cancelText: t("leave.stay"),
      onOk: () => blockerRef.current.proceed?.(),
      onCancel: () => blockerRef.current.reset?.(),
    });
  }, [blocker.state, modal, t]);

  return {
    etag,
    save: () => void save(),
    saving: saveDraft.isPending,
    publish,
    publishing: publishWorkflow.isPending,
    conflict: {
      open: conflict !== null,
      busy: saveDraft.isPending || draft.isFetching,
      reload: () => void reload(),
      overwrite: () => void overwrite(),
      cancel: () => setConflict(null),
    },
  };
}
