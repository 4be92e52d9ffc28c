// The order sample (a sub-process): alice files an order of two items; the engine files one
// order-item sub-ticket per row; bob (operations) delivers each in the SPA; the order completes
// by itself once the last item is delivered, and alice sees it complete.
import { expect, test } from "vitest";
import { api, poll, screenshot, setupBrowser, text } from "./browser";

const ui = setupBrowser();

type Page = { items: { id: number; title: string; workflow: { key: string } }[] };

test("an order completes when bob has delivered every item sub-ticket", async () => {
  const suffix = Date.now().toString(36);
  const { page: alice, errors: aliceErrors } = await ui.open({ tenant: "it", username: "alice", path: "/tickets?view=created" });
  const workflows = (await api(alice, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
  const order = workflows.find((workflow) => workflow.key === "order")!;
  const filed = await api(alice, "POST", "/api/v1/tickets", {
    workflow_id: order.id,
    transition: "submit",
    fields: {
      purpose: `Desk ${suffix}`,
      items: [
        { name: `Chair-${suffix}`, qty: 1 },
        { name: `Lamp-${suffix}`, qty: 2 },
      ],
    },
  });
  expect(filed.status).toBe(201);
  const orderId = (filed.body as { id: number }).id;

  const { context: bobContext, page: bob, errors: bobErrors } = await ui.open({ tenant: "it", username: "bob", path: "/tickets?view=todo" });
  const todo = (await api(bob, "GET", `/api/v1/tickets?view=todo&title=${suffix}`)).body as Page;
  const items = todo.items.filter((item) => item.workflow.key === "order-item");
  expect(items.map((item) => item.title).sort()).toEqual([`Chair-${suffix} (1)`, `Lamp-${suffix} (2)`]);
  for (const item of items) {
    await bob.goto(new URL(`/tickets/${item.id}`, bob.url()).toString());
    await bob.getByTestId("handle-transition-deliver").click();
    await poll(() => text(bob, "ticket-state")).toBe("Delivered");
  }
  expect(bobErrors).toEqual([]);
  await bobContext.close();

  await alice.goto(new URL(`/tickets/${orderId}`, alice.url()).toString());
  await poll(() => text(alice, "ticket-state")).toBe("Complete");
  // Transition names in the history come with the workflow's graph, which may load after the log.
  await poll(() => text(alice, "flow-log")).toContain("All delivered");
  await screenshot(alice, "ticket-order-complete");
  expect(aliceErrors).toEqual([]);
});
