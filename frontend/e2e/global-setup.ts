// Start tools/e2e_server.py (inside the `make` stack's PostgreSQL and Redis) and hand its URL to the tests.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  const python = process.env.E2E_PYTHON ?? resolve(root, ".venv/bin/python");
  server = spawn(python, [resolve(root, "tools/e2e_server.py")], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const baseUrl = await new Promise<string>((done, fail) => {
    let buffer = "";
    const timer = setTimeout(() => fail(new Error("e2e server did not start within 150 s")), 150_000);
    server!.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /READY (\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    server!.on("exit", (code) => fail(new Error(`e2e server exited with ${code}`)));
  });
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((done) => server!.on("exit", done));
  server.kill("SIGTERM");
  await exited;
}
