import { useEffect, useRef } from "react";

/** Keys (KeyboardEvent.key: "/", "j", "Enter", "?") and what each does. */
export type Shortcuts = Partial<Record<string, (event: KeyboardEvent) => void>>;

const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='combobox'], [role='textbox']";
// Enter on these already does something of its own (follow the link, press the button, tick the box).
const PRESSABLE = "a[href], button, [role='button'], [role='checkbox'], [role='menuitem'], [role='tab'], [role='option'], label";

/** Whether a key press should stay with the page's own controls: typing into a field, a chord
 *  (Ctrl, Alt, Meta), a key something else handled, or anything inside an open dialog. */
export function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest(TYPING) || target.closest("[role='dialog'], .ant-modal-wrap, .ant-drawer, .ant-dropdown, .ant-select-dropdown, .ant-picker-dropdown")) return true;
  return event.key === "Enter" && Boolean(target.closest(PRESSABLE));
}

/** Page-wide keyboard shortcuts while the component is mounted (and `enabled`); ignored while the
 *  person types in a field, so "/" and "j" stay characters there. */
export function useShortcuts(shortcuts: Shortcuts, enabled = true): void {
  // The latest handlers, without re-binding the listener on every render.
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const run = current.current[event.key];
      if (!run || belongsElsewhere(event)) return;
      event.preventDefault();
      run(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
