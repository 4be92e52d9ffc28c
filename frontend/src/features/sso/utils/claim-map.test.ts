import { mapToText, textToMap } from "./claim-map";

test("a claim map round-trips through its text form", () => {
  const map = { approvers: "approver", "CN=IT Staff,OU=Groups": "it-staff" };
  expect(textToMap(mapToText(map))).toEqual({ map, bad: [] });
});

test("lines that are not value = code are pointed out; blank lines are ignored", () => {
  expect(textToMap("a = b\n\nno-code =\njust text\n = x")).toEqual({ map: { a: "b" }, bad: [3, 4, 5] });
});
