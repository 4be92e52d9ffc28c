// The form widgets that talk to more than the ticket API: an attachment is uploaded, stored and
// downloadable from the ticket; a table field takes sub-rows. The workflow is set up through the API.
import { expect, test } from "vitest";
import { api, poll, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

test("a ticket with an uploaded attachment and table rows", async () => {
  const suffix = Date.now().toString(36);

  // An admin publishes a one-step workflow with an attachment field and a table field.
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/workflows" });
  const created = await api(page, "POST", "/api/v1/workflows", { key: `files_${suffix}`, name: `Files ${suffix}` });
  expect(created.status).toBe(201);
  const id = (created.body as { id: number }).id;
  const draft = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const document = (draft.body as { document: Record<string, unknown> & { states: Record<string, unknown>[] } }).document;
  document.fields = [
    { key: "files", label: "Files", type: "attachment", required: true },
    {
      key: "items",
      label: "Items",
      type: "table",
      required: true,
      columns: [
        { key: "item", label: "Item", type: "string" },
        { key: "qty", label: "Qty", type: "int" },
      ],
    },
  ];
  for (const state of document.states) state.field_permissions = { files: "required", items: "required" };
  const saved = await api(page, "PUT", `/api/v1/workflows/${id}/draft`, { document }, { "If-Match": draft.etag ?? "" });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const published = await api(page, "POST", `/api/v1/workflows/${id}/publish`, {});
  expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);

  // The form: upload a file, add a table row, submit.
  await page.goto(`${new URL(page.url()).origin}/tickets/new/${id}`);
  await page.getByTestId("field-files").locator("input[type=file]").setInputFiles({
    name: "quote.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`quote ${suffix}`),
  });
  await poll(() => page.getByTestId("field-files").getByText("quote.txt").isVisible()).toBe(true);
  await page.getByTestId("field-items").getByRole("button").last().click();
  const row = page.getByTestId("field-items").locator("tbody tr.ant-table-row").first();
  await row.locator("input").first().fill("Monitor");
  await row.locator("input").nth(1).fill("2");
  await screenshot(page, "fields-form");
  await page.getByTestId("create-transition-submit").click();
  await page.waitForURL(/\/tickets\/\d+$/);

  // The detail shows the file as a download link to the stored bytes, and the row.
  const link = page.getByTestId("field-value-files").getByRole("link", { name: "quote.txt" });
  await poll(() => link.isVisible()).toBe(true);
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/\/api\/v1\/attachments\/[0-9a-f-]{36}$/);
  const downloaded = await page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).text(), href);
  expect(downloaded).toBe(`quote ${suffix}`);
  // A table field's rows are drawn by a widget fetched on demand: wait for them.
  await poll(async () => (await page.getByTestId("field-value-items").textContent()) ?? "").toContain("Monitor");
  const items = (await page.getByTestId("field-value-items").textContent()) ?? "";
  expect(items).toContain("Monitor");
  expect(items).toContain("2");
  await screenshot(page, "fields-detail");
  expect(errors).toEqual([]);
});
