import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { ApiError, api, unwrap } from "@/lib/api-client";
import { type Doc, type Problem, schemaProblems, toApiDocument, validationSignature } from "../model";

export interface ValidationResult {
  problems: Problem[];
  /** What may go wrong at run time; does not block publishing. */
  warnings: Problem[];
  /** The document these problems were found in (their paths index into it). */
  doc: Doc;
}

export async function validateDocument(workflowId: number, doc: Doc): Promise<ValidationResult> {
  try {
    const result = unwrap(
      await api.POST("/api/v1/workflows/{workflow_id}/validate", {
        params: { path: { workflow_id: workflowId } },
        body: { document: toApiDocument(doc) },
      }),
    );
    return { problems: result.problems, warnings: result.warnings ?? [], doc };
  } catch (error) {
    // A document that does not even fit the schema: its shape errors are problems like any other.
    if (error instanceof ApiError && error.status === 422) return { problems: schemaProblems(error.details), warnings: [], doc };
    throw error;
  }
}

/** The publishing problems of `doc` (`POST /validate` with the unsaved document), refetched when it changes. */
export function useValidation(workflowId: number, doc: Doc | null) {
  const signature = doc ? validationSignature(doc) : "";
  return useQuery({
    queryKey: queryKeys.workflows.validation(workflowId, signature),
    queryFn: () => validateDocument(workflowId, doc!),
    enabled: doc !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
