// The document being designed, as one reducer (see designerReducer.ts), and what follows from it.
import { useMemo, useReducer } from "react";
import { type Doc, validationSignature } from "../model";
import { type DesignerAction, type DesignerState, designerReducer, initialDesignerState } from "./designer-reducer";

export interface DesignerDocument extends DesignerState {
  dispatch: (action: DesignerAction) => void;
  /** Changed since loaded or last saved. */
  dirty: boolean;
  /** The document without node positions: what validation depends on. */
  signature: string;
}

export function useDesignerDocument(initial: Doc): DesignerDocument {
  const [state, dispatch] = useReducer(designerReducer, initial, initialDesignerState);
  const signature = useMemo(() => validationSignature(state.doc), [state.doc]);
  return { ...state, dispatch, dirty: state.revision !== state.savedRevision, signature };
}
