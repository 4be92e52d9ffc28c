// Action links end to end: a chat robot (a stand-in Slack server on loopback) receives the "your
// turn" message with each handler's approve / reject links. lead's link asks a signed-out browser to
// sign in (chat links need their person's session), refuses alice's session, and in lead's own
// session confirms, acts once (the flow log says "via action link") and is spent afterwards.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { api, hostUrl, launch, newContext, poll, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
let robot: Server;
const received: string[] = [];

beforeAll(async () => {
  browser = await launch();
  robot = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push(body);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((done) => robot.listen(0, "127.0.0.1", done));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => robot?.close(done));
});

/** lead's links from the robot's messages about this ticket: transition name → token. */
function leadLinks(serial: string): Record<string, string> {
  for (const body of received) {
    const text = (JSON.parse(body) as { text?: string }).text ?? "";
    if (!text.includes(serial)) continue;
    const lines = text.split("\n");
    const start = lines.findIndex((line) => line === "Lee Lead:" || line === "lead:");
    if (start < 0) continue;
    const links: Record<string, string> = {};
    for (const line of lines.slice(start + 1)) {
      const match = /^(.+): https?:\/\/[^/\s]+\/act\/(\S+)$/.exec(line);
      if (!match) break;
      links[match[1]] = match[2];
    }
    return links;
  }
  return {};
}

test("a chat message's approve link acts once, in its person's session only", async () => {
  const suffix = Date.now().toString(36);
  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await signIn(admin, "it", "admin", "/");
  const port = (robot.address() as AddressInfo).port;
  const channel = await api(admin, "POST", "/api/v1/notification-channels", {
    code: `e2e_chat_${suffix}`,
    name: "E2E chat",
    kind: "slack",
    config: { url: `http://127.0.0.1:${port}/slack` },
    is_default: true,
  });
  expect(channel.status, JSON.stringify(channel.body)).toBe(201);
  const channelId = (channel.body as { id: number }).id;

  try {
    // alice asks for access; the workflow has no rules of its own, so the default channels tell lead and carol.
    const aliceContext = await newContext(browser);
    const alice = await aliceContext.newPage();
    await signIn(alice, "it", "alice", "/");
    const workflows = (await api(alice, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
    const permission = workflows.find((workflow) => workflow.key === "it-permission")!;
    const fields = { system: "gitlab", access_level: "write", justification: `E2E action link ${suffix}` };
    const created = await api(alice, "POST", "/api/v1/tickets", { workflow_id: permission.id, fields, transition: "submit" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const ticket = created.body as { id: number; serial: string };
    await poll(() => Object.keys(leadLinks(ticket.serial))).toEqual(["Agree", "Disagree"]);
    const agree = leadLinks(ticket.serial).Agree;

    // Signed out: the page asks for lead's session. As alice: someone else's link.
    const anonymousContext = await newContext(browser);
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(`${hostUrl("it")}/act/${agree}`);
    await poll(() => anonymous.getByTestId("link-refused").getAttribute("data-code")).toBe("link_sign_in_required");
    await alice.goto(`${hostUrl("it")}/act/${agree}`);
    await poll(() => alice.getByTestId("link-refused").getAttribute("data-code")).toBe("link_not_yours");

    // lead, signed in: confirm with a comment; done once.
    const leadContext = await newContext(browser);
    const lead = await leadContext.newPage();
    const errors = watchErrors(lead);
    await signIn(lead, "it", "lead", "/");
    await lead.goto(`${hostUrl("it")}/act/${agree}`);
    await poll(() => lead.getByTestId("link-confirm").isVisible()).toBe(true);
    await lead.getByTestId("link-comment").fill("Approved from chat");
    await screenshot(lead, "action-link");
    await lead.getByTestId("link-confirm-button").click();
    await poll(() => lead.getByTestId("link-done").isVisible()).toBe(true);
    const log = (await api(lead, "GET", `/api/v1/tickets/${ticket.id}/flow-log`)).body as { action: string; via_app?: string; comment: string }[];
    expect(log.some((row) => row.comment === "Approved from chat")).toBe(true);
    await lead.goto(`${hostUrl("it")}/act/${leadLinks(ticket.serial).Disagree}`);
    await poll(() => lead.getByTestId("link-refused").getAttribute("data-code")).toBe("link_used");
    expect(errors).toEqual([]);
    await Promise.all([aliceContext.close(), anonymousContext.close(), leadContext.close()]);
  } finally {
    await api(admin, "DELETE", `/api/v1/notification-channels/${channelId}`);
    await adminContext.close();
  }
}, 120_000);
