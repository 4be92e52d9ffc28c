// The product's main path, in English and in Chinese: an admin builds and publishes a two-step
// workflow in the designer; alice files a ticket in it; lead (its approver) approves it from To do; the
// ticket shows finished, with its flow log and the graph at the end state.
import { expect, test } from "vitest";
import enTickets from "../src/locales/en/tickets.json";
import zhTickets from "../src/locales/zh-CN/tickets.json";
import { api, poll, screenshot, setupBrowser, text } from "./browser";
import { buildTwoStepWorkflow, createWorkflow, expectValid, publish, save, waitForDesigner } from "./designer-steps";

const ui = setupBrowser();


for (const [language, labels] of [
  ["en", enTickets],
  ["zh-CN", zhTickets],
] as const) {
  test(`build, publish, file and approve a ticket (${language})`, async () => {
    const suffix = `${language === "en" ? "en" : "zh"}_${Date.now().toString(36)}`;
    const title = `Laptop ${suffix}`;

    // 1. The admin designs and publishes the workflow.
    const { context: adminContext, page: admin, errors: adminErrors } = await ui.open({ tenant: "it", username: "admin", path: "/workflows", language });
    const workflowId = await createWorkflow(admin, `flow_${suffix}`, `Purchase ${suffix}`);
    await waitForDesigner(admin);
    await buildTwoStepWorkflow(admin);
    await expectValid(admin);
    await save(admin);
    await publish(admin, workflowId);
    const published = await api(admin, "GET", `/api/v1/workflows/${workflowId}`);
    expect((published.body as { current_version: number }).current_version).toBe(1);
    expect(adminErrors).toEqual([]);
    await adminContext.close();

    // 2. alice files a ticket through the generated form.
    const { context: aliceContext, page: alice, errors: aliceErrors } = await ui.open({ tenant: "it", username: "alice", path: `/tickets/new/${workflowId}`, language });
    await alice.getByTestId("field-title").locator("input").fill(title);
    // Client-side validation mirrors the server's: amount is required here.
    await alice.getByTestId("create-transition-submit").click();
    await poll(() => alice.locator(".ant-form-item-explain-error").count()).toBeGreaterThan(0);
    expect(new URL(alice.url()).pathname).toBe(`/tickets/new/${workflowId}`);
    await alice.getByTestId("field-amount").locator("input").fill("1200");
    await alice.getByTestId("create-transition-submit").click();
    await alice.waitForURL(/\/tickets\/\d+$/);
    const ticketPath = new URL(alice.url()).pathname;
    await poll(() => text(alice, "ticket-state")).toBe("Approve");
    await poll(() => text(alice, "ticket-status")).toBe(labels.status.in_progress);
    const serial = await text(alice, "ticket-serial");
    expect(aliceErrors).toEqual([]);
    await aliceContext.close();

    // 3. lead finds it in To do and approves it.
    const { page: lead, errors: leadErrors } = await ui.open({ tenant: "it", username: "lead", path: "/tickets?view=todo", language });
    await poll(() => lead.getByTestId(`ticket-row-${serial}`).isVisible()).toBe(true);
    await lead.getByTestId(`ticket-row-${serial}`).click();
    await lead.waitForURL((url) => url.pathname === ticketPath);
    await poll(() => lead.getByTestId("graph-node-approve").getAttribute("aria-current")).toBe("step");
    await lead.getByTestId("handle-comment").fill(`OK ${suffix}`);
    await lead.getByTestId("handle-transition-approve").click();

    // 4. Finished, with its history and the graph at the end.
    await poll(() => text(lead, "ticket-status")).toBe(labels.status.finished);
    await poll(() => text(lead, "ticket-state")).toBe("Done");
    await poll(() => lead.getByTestId("graph-node-done").getAttribute("aria-current")).toBe("step");
    // The history is its own answer, refetched beside the ticket's: wait for the approval in it.
    await poll(async () => (await lead.getByTestId("flow-log").textContent()) ?? "").toContain("Approve → Done");
    const history = (await lead.getByTestId("flow-log").textContent()) ?? "";
    expect(history).toContain("Alice Wang");
    expect(history).toContain("Lee Lead");
    expect(history).toContain(`OK ${suffix}`);
    expect(history).toContain("Approve → Done");
    expect(await text(lead, "field-value-title")).toBe(title);
    await screenshot(lead, `flow-${language}-finished`);
    expect(leadErrors).toEqual([]);
  });
}
