import { slugify, suggestWorkflowKey } from "./suggest-key";

test("a name becomes a key: lowercase, accents dropped, anything else one dash", () => {
  expect(slugify("Purchase request")).toBe("purchase-request");
  expect(slugify("  Café  & Crème brûlée! ")).toBe("cafe-creme-brulee");
  expect(slugify("2026 budget")).toBe("budget");
  expect(slugify("IT / Access (VPN)")).toBe("it-access-vpn");
  expect(slugify("x")).toBe(""); // too short for a key
  expect(slugify("a".repeat(80))).toHaveLength(64);
});

test("a name without Latin letters gets workflow-N, the first one free", () => {
  expect(suggestWorkflowKey("请假申请")).toBe("workflow-1");
  expect(suggestWorkflowKey("请假申请", ["workflow-1", "workflow-2"])).toBe("workflow-3");
  expect(suggestWorkflowKey("报销 2026")).toBe("workflow-1");
});

test("a taken slug is numbered; an empty name suggests nothing", () => {
  expect(suggestWorkflowKey("Leave", ["leave"])).toBe("leave-2");
  expect(suggestWorkflowKey("Leave", ["leave", "leave-2"])).toBe("leave-3");
  expect(suggestWorkflowKey("   ")).toBe("");
});
