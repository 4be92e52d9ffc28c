// Rendering designer components in tests: what jsdom lacks for React Flow, the app's providers
// (@/test/render) and, for panels, a live designer document with its context.
import type { ReactNode } from "react";
import { renderWithProviders } from "@/test/render";
import { DesignerContext } from "../hooks/use-designer";
import { useDeleteElement } from "../hooks/use-delete-element";
import { useDesignerDocument } from "../hooks/use-designer-document";
import { type Doc, type Problem, type Selection, locateProblems } from "../model";

// React Flow measures nodes and reads transforms: give jsdom what it lacks.
class DOMMatrixStub {
  m22 = 1;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? "");
    if (scale) this.m22 = Number(scale[1]);
  }
}
globalThis.DOMMatrixReadOnly ??= DOMMatrixStub as unknown as typeof DOMMatrixReadOnly;
// A ResizeObserver that reports each observed element once, so React Flow measures the nodes.
globalThis.ResizeObserver = class {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get: () => 200 },
  offsetHeight: { configurable: true, get: () => 80 },
});

export { renderWithProviders };

/** The latest document of a harness, for assertions. */
export const harness: { doc: Doc | null } = { doc: null };

function Harness({ initial, problems, selection, children }: { initial: Doc; problems: Problem[]; selection: Selection; children: ReactNode }) {
  const designer = useDesignerDocument(initial);
  const remove = useDeleteElement(designer.doc, designer.dispatch);
  harness.doc = designer.doc;
  const located = locateProblems(initial, problems);
  return (
    <DesignerContext.Provider
      value={{
        doc: designer.doc,
        selection: designer.selection ?? selection,
        dispatch: designer.dispatch,
        problems: located,
        select: (next) => designer.dispatch({ type: "select", selection: next }),
        remove,
      }}
    >
      {children}
    </DesignerContext.Provider>
  );
}

/** Render `ui` inside a designer editing `doc` (the edited document is in `harness.doc`). */
export function renderInDesigner(ui: ReactNode, doc: Doc, { problems = [], selection = null }: { problems?: Problem[]; selection?: Selection } = {}) {
  return renderWithProviders(
    <Harness initial={doc} problems={problems} selection={selection}>
      {ui}
    </Harness>,
  );
}
