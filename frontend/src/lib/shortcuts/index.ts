export { type Shortcuts, belongsElsewhere, useShortcuts } from "./use-shortcuts";
export { useListCursor } from "./use-list-cursor";
