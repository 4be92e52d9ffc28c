import { formatBytes } from "./format-bytes";

test("a byte count reads in the largest unit that fits", () => {
  expect(formatBytes(0)).toBe("0 B");
  expect(formatBytes(1023)).toBe("1023 B");
  expect(formatBytes(1536)).toBe("1.5 KB");
  expect(formatBytes(12 * 1024 * 1024)).toBe("12.0 MB");
  expect(formatBytes(2 * 1024 ** 3)).toBe("2.0 GB");
  expect(formatBytes(3 * 1024 ** 5)).toBe("3072.0 TB");
});
