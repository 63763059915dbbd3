import { describe, expect, it } from "vitest";
import { findForm, formBody, hiddenFieldsOfForms } from "./html-form";

const page = `
<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f3a&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_KEY" value="k1"/><input type="hidden" name="decision" value="approve"/><input type="hidden" name="id" value="abc"/><button type="submit">Approve</button></form>
<form method="get"><input type="hidden" name="decision" value="reject"/><input name="comment"/></form>
<form action=""><input type="hidden" name="$ACTION_ID_99"/><input type="hidden" name="decision" value="requestChanges"/><textarea name="comment"></textarea></form>`;

describe("hiddenFieldsOfForms", () => {
  it("reads each form's hidden inputs in order, entities decoded, visible ones left out", () => {
    const forms = hiddenFieldsOfForms(page);
    expect(forms).toHaveLength(3);
    expect(forms[0]).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7f3a","bound":"$@1"}'],
      ["$ACTION_KEY", "k1"],
      ["decision", "approve"],
      ["id", "abc"],
    ]);
    expect(forms[1]).toEqual([["decision", "reject"]]);
  });
});

describe("findForm", () => {
  it("picks the form by a hidden value", () => {
    expect(findForm(page, "decision", "requestChanges")).toEqual([
      ["$ACTION_ID_99", ""],
      ["decision", "requestChanges"],
    ]);
    expect(findForm(page, "decision", "retract")).toBeNull();
  });

  it("refuses a form that would need JavaScript", () => {
    expect(() => findForm(page, "decision", "reject")).toThrow(/Server Action/);
  });
});

describe("formBody", () => {
  it("puts the hidden fields first, then what the person filled in", () => {
    const body = formBody([["$ACTION_KEY", "k1"]], [["comment", "Проверьте цифры"]]);
    expect([...body.entries()]).toEqual([
      ["$ACTION_KEY", "k1"],
      ["comment", "Проверьте цифры"],
    ]);
  });
});
