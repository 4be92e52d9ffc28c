import { historyCommand, typingIn } from "./use-undo-keys";

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

test("Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo; nothing else does", () => {
  expect(historyCommand(key("z", { ctrlKey: true }))).toBe("undo");
  expect(historyCommand(key("z", { metaKey: true }))).toBe("undo");
  expect(historyCommand(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
  expect(historyCommand(key("y", { ctrlKey: true }))).toBe("redo");
  expect(historyCommand(key("z"))).toBeNull();
  expect(historyCommand(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
  expect(historyCommand(key("s", { ctrlKey: true }))).toBeNull();
});

test("keys typed into form controls are the control's own", () => {
  const input = document.createElement("input");
  const area = document.createElement("textarea");
  const div = document.createElement("div");
  expect(typingIn(input)).toBe(true);
  expect(typingIn(area)).toBe(true);
  expect(typingIn(div)).toBe(false);
  expect(typingIn(null)).toBe(false);
});
