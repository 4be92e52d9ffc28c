import { downloadBlob, exportFilename, filenameFromDisposition, sanitizeFilename } from "./download";

test("the filename comes from Content-Disposition, in either form", () => {
  expect(filenameFromDisposition('attachment; filename="leave-v2.json"')).toBe("leave-v2.json");
  expect(filenameFromDisposition("attachment; filename=leave-v2.yaml")).toBe("leave-v2.yaml");
  expect(filenameFromDisposition("attachment; filename*=UTF-8''%E8%AF%B7%E5%81%87-v1.json")).toBe("请假-v1.json");
  expect(filenameFromDisposition("attachment")).toBeUndefined();
  expect(filenameFromDisposition(null)).toBeUndefined();
});

test("filenames cannot climb into directories or carry odd characters", () => {
  expect(sanitizeFilename("../../etc/passwd")).toBe("passwd");
  expect(sanitizeFilename('a:b*c?.json')).toBe("a_b_c_.json");
  expect(sanitizeFilename("")).toBe("download");
});

test("the fallback name follows the backend's pattern", () => {
  expect(exportFilename("leave", "yaml", 3)).toBe("leave-v3.yaml");
  expect(exportFilename("leave", "json")).toBe("leave.json");
});

test("a download clicks a temporary link to an object URL and releases it", () => {
  vi.useFakeTimers();
  const created = vi.fn(() => "blob:http://it.localhost/1");
  const revoked = vi.fn();
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }; // jsdom has neither
  URL.createObjectURL = created;
  URL.revokeObjectURL = revoked;
  const clicked: HTMLAnchorElement[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  const blob = new Blob(["{}"], { type: "application/json" });

  downloadBlob(blob, "leave-v2.json");

  expect(created).toHaveBeenCalledWith(blob);
  expect(clicked).toHaveLength(1);
  expect(clicked[0].download).toBe("leave-v2.json");
  expect(clicked[0].href).toBe("blob:http://it.localhost/1");
  expect(document.querySelector("a[download]")).toBeNull(); // removed again
  vi.runAllTimers();
  expect(revoked).toHaveBeenCalledWith("blob:http://it.localhost/1");
  click.mockRestore();
  vi.useRealTimers();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});
