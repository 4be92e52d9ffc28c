// Generate src/api/{tenant,platform}.d.ts from the committed OpenAPI schemas in openapi/.
// `node scripts/api-types.mjs --out <dir>` writes elsewhere (make test diffs that against src/api).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const args = process.argv.slice(2);
const outFlag = args.indexOf("--out");
const outDir = outFlag >= 0 ? args[outFlag + 1] : "src/api";
const inFlag = args.indexOf("--in");
const inDir = inFlag >= 0 ? args[inFlag + 1] : "openapi";
mkdirSync(outDir, { recursive: true });
for (const name of ["tenant", "platform"]) {
  const schema = JSON.parse(readFileSync(join(inDir, `${name}.json`), "utf8"));
  const ast = await openapiTS(schema);
  const banner = `// Generated from openapi/${name}.json by scripts/api-types.mjs. Do not edit.\n`;
  writeFileSync(join(outDir, `${name}.d.ts`), banner + astToString(ast));
}
console.log(`wrote ${outDir}/tenant.d.ts and ${outDir}/platform.d.ts`);
