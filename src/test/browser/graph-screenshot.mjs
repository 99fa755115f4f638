// The explorer's "who agrees with whom" over whatever a running Accord has stored (README's corpus screenshot).
// Usage: node graph-screenshot.mjs BASE_URL OUT.png
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, out] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "accord-chromium-")), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 1150 },
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
});
try {
  const page = browser.pages()[0] || await browser.newPage();
  page.setDefaultTimeout(60000);
  await page.goto(base);
  await page.click("nav a[data-view=graph]");
  await page.locator("#graph .node").first().waitFor();
  // let the layout settle before the picture
  await page.waitForTimeout(3000);
  await page.screenshot({ path: out });
  console.log("nodes:", (await page.locator("#graph .node text").allTextContents()).length, "->", out);
} finally {
  await browser.close();
}
