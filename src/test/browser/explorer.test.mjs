// Drives the explorer in Debian's headless Chromium: submit the seed article, see its event appear, open it,
// see the evidence highlighted, open its agreement and the agreements table, see the graph. Usage: node explorer.test.mjs BASE_URL SEED_FILE SCREENSHOT_DIR
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, seedFile, shots] = process.argv.slice(2);
const seed = readFileSync(seedFile, "utf8");
mkdirSync(shots, { recursive: true });

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "accord-chromium-")), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const failures = [];
try {
  const page = browser.pages()[0] || await browser.newPage();
  page.on("pageerror", e => failures.push("page error: " + e.message));
  page.on("console", m => { if (m.type() === "error") failures.push("console error: " + m.text()); });
  page.setDefaultTimeout(60000);

  await page.goto(base);
  await page.locator("#live-status.on").waitFor();

  // other tests may have stored the seed already: this submission, from its own URL, is one report more
  const api = async path => (await fetch(new URL(path, base))).json();
  const before = (await api("events?party=Rosoboronexport&status=intent&limit=100")).items.length;

  await page.click("nav a[data-view=submit]");
  // pasted whole, as a user would: raw text with its title line and dateline, and where it was read
  await page.fill("#submit-form [name=url]", `https://example.org/explorer/seed/${Date.now()}`);
  await page.fill("#submit-form [name=body]", seed);
  await page.click("#submit-form button[type=submit]");
  await page.locator("#submit-result.ok").waitFor();
  console.log("submitted:", await page.textContent("#submit-result"));
  await page.screenshot({ path: join(shots, "explorer-submit.png") });

  // the live feed announces the event; the table shows it
  await page.locator("#live-feed li", { hasText: "Rosoboronexport" }).waitFor({ state: "attached" });
  await page.click("nav a[data-view=events]");
  await page.locator("#events-table tr.event-row").first().waitFor();
  await page.screenshot({ path: join(shots, "explorer-events.png") });
  // the seed's event is from 2019, below newer ones: find it with the filters
  await page.fill("#filters [name=party]", "Rosoboronexport");
  await page.selectOption("#filters [name=status]", "intent");
  await page.click("#filters button[type=submit]");
  const row = page.locator("#events-table tr.event-row", { hasText: "Rosoboronexport" }).first();
  await row.waitFor();
  const rows = await page.locator("#events-table tr.event-row").count();
  if (rows !== before + 1) failures.push(`the filters leave ${rows} rows, not ${before + 1}`);

  await row.click();
  const evidence = page.locator("#view-event mark.evidence").first();
  await evidence.waitFor();
  const text = await evidence.textContent();
  if (!text.includes("agreeing to sign")) failures.push("evidence not shown: " + text);
  const parties = await page.locator("#view-event mark.evidence strong.party").allTextContents();
  if (!parties.includes("Rosoboronexport")) failures.push("party not highlighted in the evidence: " + parties);
  const background = await evidence.evaluate(n => getComputedStyle(n).backgroundColor);
  if (background === "rgba(0, 0, 0, 0)") failures.push("evidence is not highlighted");
  const facts = await page.textContent("#view-event dl.facts");
  for (const expected of ["intent", "2019-06-25", "Patriot Park", "Yahya Musaev"]) {
    if (!facts.includes(expected)) failures.push(`event page lacks ${expected}`);
  }
  // the whole article as Accord read it, each piece of evidence marked in it where its offsets say
  const whole = page.locator("#view-event .article-text");
  await whole.locator("mark.evidence").first().waitFor();
  const wholeText = await whole.textContent();
  if (!wholeText.startsWith("Azerbaijan's Ministry of Defense Industry")) failures.push("the whole article is not shown: " + wholeText.slice(0, 80));
  const marked = await whole.locator("mark.evidence").allTextContents();
  const shown = await page.locator("#view-event .context mark.evidence").allTextContents();
  if (marked.length !== shown.length || marked.some((m, i) => m !== shown[i])) failures.push(`the article marks ${marked.length} sentences, the evidence has ${shown.length}`);
  await page.screenshot({ path: join(shots, "explorer-event.png"), fullPage: true });

  // the event's agreement: its timeline of stages with the reports under each
  await page.click("#view-event a[href^='#/agreements/']");
  await page.locator("#view-agreement .timeline .stage").first().waitFor();
  const stages = await page.locator("#view-agreement .timeline .stage").allTextContents();
  if (stages.length !== 1 || !stages[0].startsWith("intent")) failures.push("the agreement's timeline is " + stages);
  const agreement = await api("agreements/" + decodeURIComponent(new URL(page.url()).hash.split("/").pop()));
  if (agreement.events !== before + 1) failures.push(`the agreement has ${agreement.events} reports, not ${before + 1}`);
  const reports = await page.locator("#view-agreement .stage-reports li").count();
  if (reports !== agreement.events) failures.push(`the agreement lists ${reports} reports, not ${agreement.events}`);
  const told = `${agreement.events} report${agreement.events === 1 ? "" : "s"} in ${agreement.articles} article${agreement.articles === 1 ? "" : "s"}`;
  const agreementFacts = await page.textContent("#view-agreement dl.facts");
  if (!agreementFacts.includes(told)) failures.push(`agreement page lacks its report count (${told}): ` + agreementFacts);
  await page.screenshot({ path: join(shots, "explorer-agreement.png"), fullPage: true });

  // the agreements table, with the filters still set
  await page.click("nav a[data-view=agreements]");
  await page.click("#filters button[type=submit]");
  const agreementRow = page.locator("#agreements-table tr.agreement-row", { hasText: "Rosoboronexport" });
  await agreementRow.waitFor();
  const agreementRows = await page.locator("#agreements-table tr.agreement-row").count();
  if (agreementRows !== 1) failures.push(`the agreements table has ${agreementRows} rows, not 1`);
  // the same words as the agreement's page: "2 reports in 2 articles"
  if (!(await agreementRow.textContent()).includes(told)) failures.push(`the agreements table lacks the report count (${told})`);
  // agreements known only from mentions are listed on request: the box asks for them
  if (await page.isChecked("#mentioned-too")) failures.push("the agreements table lists mention-only agreements unasked");
  await page.screenshot({ path: join(shots, "explorer-agreements.png") });

  await page.click("nav a[data-view=events]");
  await page.click("#filters button[type=reset]");
  await page.click("nav a[data-view=graph]");
  await page.locator("#graph .node").first().waitFor();
  await page.screenshot({ path: join(shots, "explorer-graph.png") });
  // the graph follows the filters: the seed's two parties and their one agreement
  await page.fill("#filters [name=party]", "Rosoboronexport");
  await page.click("#filters button[type=submit]");
  await page.locator("#pairs tbody tr", { hasText: "Ministry of Defense Industry" }).waitFor();
  const pairs = await page.locator("#pairs tbody tr").allTextContents();
  if (pairs.length !== 1 || !pairs[0].includes("Rosoboronexport")) failures.push("the pair is not listed: " + pairs);
  const nodes = await page.locator("#graph .node text").allTextContents();
  if (nodes.length !== 2) failures.push("the filtered graph shows " + nodes);
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("explorer OK; screenshots in", shots);
