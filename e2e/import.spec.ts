import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf } from "./fixtures";

/**
 * Issue 8: an editor brings a spreadsheet of the story's officials in. The file (e2e/files/
 * import-observations.csv) is the way a newsroom keeps it: Russian headers, semicolons, Excel's byte-order
 * mark, one row with an impossible date, one row repeated, and a followers column named «Читатели», which
 * the import does not recognise until the editor says what it is.
 */
const FILE = path.join(__dirname, "files", "import-observations.csv");

async function editorPage(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateOf("editor") });
  return context.newPage();
}

test("an editor imports a CSV of observations: reads the report, fixes the mapping, confirms, and sees the data", async ({ browser }) => {
  const editor = await editorPage(browser);
  await editor.goto("/dashboard");
  await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Import from spreadsheets" })).toBeVisible();

  // Templates in the three languages.
  const templates = editor.getByRole("region", { name: "Templates" });
  await expect(templates.getByRole("link", { name: "in Kazakh" }).first()).toHaveAttribute("href", "/import/template?kind=OBSERVATIONS&lang=kk");

  // 1. Upload.
  await editor.getByRole("radio", { name: "Past observations" }).check();
  await editor.getByLabel("CSV or XLSX file").setInputFiles(FILE);
  await editor.getByRole("button", { name: "Upload and match the columns" }).click();

  // 2. The columns, matched by their Russian names; «Читатели» is left out for now.
  await expect(editor.getByRole("heading", { level: 1, name: "Match the columns" })).toBeVisible();
  await expect(editor.getByText("File “import-observations.csv”, 5 rows")).toBeVisible();
  await expect(editor.getByLabel("Field for the column “ФИО”")).toHaveValue("fullName");
  await expect(editor.getByLabel("Field for the column “Соцсеть”")).toHaveValue("platform");
  await expect(editor.getByLabel("Field for the column “Дата”")).toHaveValue("observedAt");
  await expect(editor.getByLabel("Field for the column “Читатели”")).toHaveValue("");
  await editor.getByRole("button", { name: "Check the file" }).click();

  // 3. The report: nothing written yet; the bad row named by row, column and value; the repeat skipped.
  await expect(editor.getByRole("heading", { level: 1, name: "Check: what the import will do" })).toBeVisible();
  await expect(editor.getByText("Rows in the file: 5.")).toBeVisible();
  const errors = editor.getByRole("table", { name: "Errors by row of the file" });
  await expect(errors.getByRole("row").nth(1)).toContainText("4");
  await expect(errors.getByRole("row").nth(1)).toContainText("Дата");
  await expect(errors.getByRole("row").nth(1)).toContainText("31.09.2024");
  await expect(editor.getByText("Row 5: observation “Гауез Нурмухамбетов · Instagram · 2024-09-15 12:00” — a repeat, skipped (as in row 2)")).toBeVisible();
  const counts = editor.getByRole("table", { name: "What happens to the records" });
  await expect(counts.getByRole("row", { name: /Observations/ })).toContainText("3");

  // The followers were not read: fix the mapping, and check again.
  await editor.getByRole("link", { name: "Change the column matching" }).click();
  await editor.getByLabel("Field for the column “Читатели”").selectOption("followers");
  await editor.getByLabel("Field for the column “Заметки”").selectOption("fullName");
  await editor.getByRole("button", { name: "Check the file" }).click();
  // A field given to two columns is refused, and every choice made is still there.
  await expect(editor.getByText("The field “Full name” is chosen for several columns: keep one.")).toBeVisible();
  await expect(editor.getByLabel("Field for the column “Читатели”")).toHaveValue("followers");
  await editor.getByLabel("Field for the column “Заметки”").selectOption("internalNote");
  await editor.getByRole("button", { name: "Check the file" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Check: what the import will do" })).toBeVisible();

  // 4. Confirm: the good rows go to the review queue as submitted, for another editor (issue 13: nobody
  // publishes their own import; there is no "publish at once").
  await expect(editor.getByText("The observations go to the review queue, with you as their author.", { exact: false })).toBeVisible();
  await expect(editor.getByRole("checkbox")).toHaveCount(0);
  await editor.getByRole("button", { name: "Import", exact: true }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Import done" })).toBeVisible();
  await expect(editor.getByText("The observations wait in the review queue. Another editor approves them", { exact: false })).toBeVisible();
  await expect(editor.getByRole("table", { name: "What happens to the records" }).getByRole("row", { name: /Observations/ })).toContainText("3");

  // 5. The data: in the review queue, with the count as the file wrote it.
  await editor.getByRole("link", { name: "Open the review queue" }).click();
  const line = (name: string, platform: string) => editor.getByRole("row", { name: new RegExp(name) }).filter({ hasText: platform });
  await expect(line("Калия Туренова", "Facebook")).toContainText("yours: another editor decides");
  await expect(line("Ержан Мустафин", "Instagram")).toHaveCount(0);
  await line("Жусуп Жумагулов", "Instagram").getByRole("link", { name: "Жусуп Жумагулов" }).click();
  await expect(editor.getByRole("row", { name: /^Followers/ })).toContainText("около 11 тысяч");
  // The importer is their author: no approve button for them, only the reason.
  await expect(editor.getByText("You wrote this: another editor must approve it.")).toBeVisible();
  await expect(editor.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  await editor.goto("/review");
  await line("Калия Туренова", "Facebook").getByRole("link", { name: "Калия Туренова" }).click();
  await expect(editor.getByText("Вторая страница, без новых публикаций")).toBeVisible();

  // Importing the same file again creates nothing twice.
  await editor.goto("/import");
  await editor.getByLabel("CSV or XLSX file").setInputFiles(FILE);
  await editor.getByRole("button", { name: "Upload and match the columns" }).click();
  await expect(editor.getByText(/This very file was imported on/)).toBeVisible();
});
