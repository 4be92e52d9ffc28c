import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import dayjs from "dayjs";
import { useState } from "react";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "../../test-utils";
import type { FieldSpec } from "../../types";
import { FieldInput } from "./FieldInput";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const choices = [
  { value: "a", label: "Apple" },
  { value: "b", label: "Banana" },
];

/** A field widget with its value held like a form would, shown as JSON. */
function Harness({ field, initial }: { field: FieldSpec; initial?: unknown }) {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <>
      <FieldInput field={field} value={value} onChange={setValue} aria-label={field.label} />
      <output data-testid="value">{JSON.stringify(value ?? null)}</output>
    </>
  );
}

const field = (type: FieldSpec["type"], extra: Partial<FieldSpec> = {}): FieldSpec => ({ key: "f", label: "Field", type, ...extra });
const value = () => JSON.parse(screen.getByTestId("value").textContent ?? "null") as unknown;
const setup = async (spec: FieldSpec, initial?: unknown) => {
  const user = userEvent.setup();
  renderWithProviders(<Harness field={spec} initial={initial} />);
  // Date, department, attachment and table widgets load on first use (lazy): wait for the widget.
  await waitFor(() => expect(document.querySelector(".ant-skeleton")).toBeNull());
  return user;
};

beforeEach(() => {
  stubApi([
    [
      "GET",
      "/api/v1/users",
      ({ url }) => ({
        items: [{ id: 2, username: "alice", display_name: "Alice Wang", email: "", phone: "", is_active: true, is_tenant_admin: false, department_ids: [], role_ids: [], date_joined: "", updated_at: "" }].filter(
          (person) => !url.searchParams.get("q") || person.username.includes(url.searchParams.get("q")!),
        ),
        next_cursor: null,
      }),
    ],
    [
      "GET",
      "/api/v1/departments",
      [
        { id: 1, code: "it", name: "IT Department", parent_id: null, leader_id: null, approver_id: null, is_active: true, member_count: 4 },
        { id: 2, code: "it-ops", name: "Operations", parent_id: 1, leader_id: null, approver_id: null, is_active: true, member_count: 2 },
      ],
    ],
    ["POST", "/api/v1/attachments", { id: "u1", name: "plan.pdf", size: 2048, content_type: "application/pdf", url: "http://it.localhost/api/v1/attachments/u1" }],
  ]);
});

test("string is a one-line text box", async () => {
  const user = await setup(field("string"));
  await user.type(screen.getByLabelText("Field"), "hello");
  expect(value()).toBe("hello");
});

test("text keeps line breaks", async () => {
  const user = await setup(field("text"));
  const box = screen.getByLabelText("Field");
  expect(box.tagName).toBe("TEXTAREA");
  await user.type(box, "one{enter}two");
  expect(value()).toBe("one\ntwo");
});

test("rich_text is a growing text area", async () => {
  const user = await setup(field("rich_text"));
  await user.type(screen.getByLabelText("Field"), "<b>x</b>");
  expect(screen.getByLabelText("Field").tagName).toBe("TEXTAREA");
  expect(value()).toBe("<b>x</b>");
});

test("int gives a whole number", async () => {
  const user = await setup(field("int"));
  await user.type(screen.getByLabelText("Field"), "42");
  expect(value()).toBe(42);
});

test("decimal keeps its digits as text", async () => {
  const user = await setup(field("decimal"));
  await user.type(screen.getByLabelText("Field"), "12.75");
  expect(value()).toBe("12.75");
});

test("bool is a switch", async () => {
  const user = await setup(field("bool"), false);
  await user.click(screen.getByRole("switch"));
  expect(value()).toBe(true);
});

test("date gives YYYY-MM-DD", async () => {
  const user = await setup(field("date"));
  const input = screen.getByLabelText("Field");
  await user.click(input);
  await user.type(input, "2026-12-21{enter}");
  expect(value()).toBe("2026-12-21");
});

test("datetime gives an ISO instant of the local time picked", async () => {
  const user = await setup(field("datetime"));
  const input = screen.getByLabelText("Field");
  await user.click(input);
  await user.type(input, "2026-12-21 10:30{enter}");
  expect(value()).toBe(dayjs("2026-12-21T10:30:00").toISOString());
});

test("time gives HH:MM:SS", async () => {
  const user = await setup(field("time"));
  const input = screen.getByLabelText("Field");
  await user.click(input);
  await user.type(input, "09:15{enter}");
  expect(value()).toBe("09:15:00");
});

test("radio picks one choice", async () => {
  const user = await setup(field("radio", { choices }));
  await user.click(screen.getByLabelText("Banana"));
  expect(value()).toBe("b");
});

test("checkbox picks several choices", async () => {
  const user = await setup(field("checkbox", { choices }));
  await user.click(screen.getByLabelText("Apple"));
  await user.click(screen.getByLabelText("Banana"));
  expect(value()).toEqual(["a", "b"]);
});

test("select offers the choices", async () => {
  const user = await setup(field("select", { choices }));
  await user.click(screen.getByRole("combobox"));
  await user.click(await screen.findByTitle("Banana"));
  expect(value()).toBe("b");
});

test("multi_select picks several", async () => {
  const user = await setup(field("multi_select", { choices }));
  await user.click(screen.getByRole("combobox"));
  await user.click(await screen.findByTitle("Apple"));
  await user.click(await screen.findByTitle("Banana"));
  expect(value()).toEqual(["a", "b"]);
});

test("user searches the directory and keeps the username", async () => {
  const user = await setup(field("user"));
  await user.click(screen.getByRole("combobox"));
  await user.type(screen.getByRole("combobox"), "ali");
  await user.click(await screen.findByTitle("Alice Wang (alice)", {}, { timeout: 2000 }));
  expect(value()).toBe("alice");
});

test("users keeps a list of usernames and shows display names", async () => {
  const user = await setup(field("users"), ["alice"]);
  expect(await screen.findByText("Alice Wang (alice)")).toBeInTheDocument();
  await user.click(screen.getByLabelText("close"));
  expect(value()).toEqual([]);
});

test("department is a tree of departments; the value is the code", async () => {
  const user = await setup(field("department"));
  await user.click(screen.getByRole("combobox"));
  await user.click(await screen.findByTitle("Operations"));
  expect(value()).toBe("it-ops");
});

test("attachment uploads files and keeps name, url, size and type", async () => {
  await setup(field("attachment"));
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(["x".repeat(2048)], "plan.pdf", { type: "application/pdf" })] } });
  });
  await waitFor(() =>
    expect(value()).toEqual([{ name: "plan.pdf", url: "http://it.localhost/api/v1/attachments/u1", size: 2048, content_type: "application/pdf" }]),
  );
  expect(screen.getByText("plan.pdf")).toBeInTheDocument();
});

test("table adds and removes rows, one widget per column", async () => {
  const user = await setup(
    field("table", {
      columns: [
        { key: "item", label: "Item", type: "string" },
        { key: "qty", label: "Qty", type: "int", required: false },
      ],
    }),
  );
  await user.click(screen.getByRole("button", { name: /add row/i }));
  await user.type(screen.getByLabelText("Item, row 1"), "pen");
  await user.type(screen.getByLabelText("Qty, row 1"), "3");
  expect(value()).toEqual([{ item: "pen", qty: 3 }]);
  await user.click(screen.getByRole("button", { name: /add row/i }));
  expect(value()).toEqual([{ item: "pen", qty: 3 }, { item: null, qty: null }]);
  await user.click(within(screen.getByRole("table")).getByRole("button", { name: "Remove row 1" }));
  expect(value()).toEqual([{ item: null, qty: null }]);
});
