import { InboxOutlined } from "@ant-design/icons";
import { Alert, App, Checkbox, Modal, Typography, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ProblemList, problemsOf } from "@/components/ProblemList";
import { ApiError } from "@/lib/api-client";
import { useImportWorkflow } from "../api/use-import-workflow";
import { IMPORT_EXTENSIONS, type ImportContentType, MAX_IMPORT_BYTES, importContentType } from "../utils/import-file";

type Chosen = { file: UploadFile; text: string; contentType: ImportContentType };

/** Import a workflow from an exported .json / .yaml file; the server's problems are listed by path. */
export function ImportWorkflowModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const navigate = useNavigate();
  const importer = useImportWorkflow();
  const [chosen, setChosen] = useState<Chosen>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [replaceDraft, setReplaceDraft] = useState(false);

  const reset = () => {
    setChosen(undefined);
    setFileProblem(undefined);
    setReplaceDraft(false);
    importer.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const pick = async (file: File) => {
    importer.reset();
    setChosen(undefined);
    const contentType = importContentType(file.name);
    if (!contentType) setFileProblem(t("import.wrongType", { name: file.name }));
    else if (file.size > MAX_IMPORT_BYTES) setFileProblem(t("import.tooLarge", { name: file.name }));
    else {
      setFileProblem(undefined);
      const upload: UploadFile = { uid: `${Date.now()}`, name: file.name, size: file.size, status: "done" };
      setChosen({ file: upload, text: await file.text(), contentType });
    }
    return false; // never upload by itself: the text goes through the API client
  };

  const submit = () => {
    if (!chosen) {
      setFileProblem(t("import.noFile"));
      return;
    }
    importer.mutate(
      { text: chosen.text, contentType: chosen.contentType, replaceDraft },
      {
        onSuccess: (workflow) => {
          message.success(t("import.done", { name: workflow.name }));
          close();
          navigate(`/workflows/${workflow.id}`);
        },
      },
    );
  };

  const keyTaken = importer.error instanceof ApiError && importer.error.code === "key_taken";
  // A 422 lists every problem by where it is in the document; any other failure is one message.
  const problems = problemsOf(importer.error);
  return (
    <Modal
      open={open}
      title={t("import.title")}
      okText={t("import.submit")}
      cancelText={t("actions.cancel", { ns: "common" })}
      onOk={submit}
      onCancel={close}
      confirmLoading={importer.isPending}
      okButtonProps={{ disabled: !chosen, "data-testid": "import-submit" }}
      destroyOnHidden
    >
      <Upload.Dragger
        accept={IMPORT_EXTENSIONS.join(",")}
        multiple={false}
        maxCount={1}
        beforeUpload={pick}
        fileList={chosen ? [chosen.file] : []}
        onRemove={() => reset()}
        data-testid="import-dragger"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t("import.drop")}</p>
        <p className="ant-upload-hint">{t("import.hint")}</p>
      </Upload.Dragger>
      <Checkbox
        checked={replaceDraft}
        onChange={(event) => setReplaceDraft(event.target.checked)}
        style={{ marginTop: 16 }}
        data-testid="import-replace-draft"
      >
        {t("import.replaceDraft")}
      </Checkbox>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 16, fontSize: 12 }}>
        {t("import.replaceDraftHelp")}
      </Typography.Paragraph>
      {fileProblem ? <Alert type="warning" showIcon message={fileProblem} style={{ marginBottom: 16 }} /> : null}
      {keyTaken ? (
        <Alert type="error" showIcon message={t("import.keyTaken")} description={t("import.keyTakenHint")} style={{ marginBottom: 16 }} />
      ) : problems.length ? (
        <ProblemList
          title={(importer.error as ApiError).message}
          summary={t("problems.count", { count: problems.length })}
          problems={problems}
          testId="problem-list"
        />
      ) : (
        <ErrorAlert error={importer.error} />
      )}
    </Modal>
  );
}
