// What every designer panel needs: the document, the selection, the problems and how to change them.
import { createContext, useContext } from "react";
import type { Doc, LocatedProblem, Selection } from "../model";
import type { DesignerAction } from "./designer-reducer";

export interface DesignerContextValue {
  doc: Doc;
  selection: Selection;
  dispatch: (action: DesignerAction) => void;
  /** The latest publishing problems, tied to the elements they are about. */
  problems: LocatedProblem[];
  /** Select an element (and show the tab it lives on). */
  select: (selection: Selection) => void;
  /** Delete an element, after a confirmation when other parts of the document refer to it. */
  remove: (selection: Selection) => void;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error("useDesigner() outside the designer");
  return value;
}
