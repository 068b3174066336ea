// Accessibility: axe-core run in the page on each screen the tests visit. A serious or critical
// violation fails the test; every finding (minor ones included) is written to
// <out>/axe/<screen>.json for the CI artifacts.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The WCAG 2.1 A and AA rules, and axe's best practices. */
const RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Runs axe-core on `page` as it is; asserts no serious or critical violation; keeps the report. */
export async function assertAccessible(page, screen, outDir) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: AXE });
  }
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    RULES,
  );
  const dir = join(outDir, "axe");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${screen}.json`), JSON.stringify(result.violations, null, 2));
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `axe-core on screen ${screen}`,
  );
  return result.violations;
}
