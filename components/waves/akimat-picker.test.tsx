import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AkimatPicker, pickerGroups, type PickerAkimat } from "./akimat-picker";

// In the registry's order: regions, then cities, then districts.
const akimats: PickerAkimat[] = [
  { id: "r1", slug: "karaganda", label: "Карагандинская область", parentId: null },
  { id: "r2", slug: "sko", label: "СКО", parentId: null },
  { id: "c0", slug: "astana", label: "Астана", parentId: null },
  { id: "c1", slug: "karaganda-city", label: "Караганда", parentId: "r1" },
  { id: "c2", slug: "petropavlovsk", label: "Петропавловск", parentId: "r2" },
  { id: "d1", slug: "karaganda-d1", label: "Район 1", parentId: "r1" },
  { id: "d2", slug: "karaganda-city-d2", label: "Район города", parentId: "c1" },
  // A district whose region is not in the list (ended, or none): offered at the top.
  { id: "d3", slug: "nura", label: "Нура", parentId: "gone" },
];
const slugs = (list: readonly PickerAkimat[]) => list.map((akimat) => akimat.slug);

describe("the change report's akimat picker", () => {
  it("offers the regions alone when none is chosen", () => {
    const groups = pickerGroups(akimats, []);
    expect(slugs(groups.top)).toEqual(["karaganda", "sko", "astana", "nura"]);
    expect(groups.open).toEqual([]);
  });

  it("opens a region chosen, or one holding an akimat chosen, with everything below it", () => {
    expect(pickerGroups(akimats, ["karaganda"]).open.map(({ parent, below }) => [parent.slug, slugs(below)])).toEqual([
      ["karaganda", ["karaganda-city", "karaganda-d1", "karaganda-city-d2"]],
    ]);
    // A district chosen alone (an address from before, or typed) still shows where it is checked.
    expect(pickerGroups(akimats, ["karaganda-city-d2", "petropavlovsk"]).open.map(({ parent }) => parent.slug)).toEqual(["karaganda", "sko"]);
    // A top akimat with nothing below it opens nothing; an unknown slug is ignored.
    expect(pickerGroups(akimats, ["astana", "nowhere"]).open).toEqual([]);
  });

  it("draws one checkbox per akimat offered, named for the GET parameter, the chosen checked", () => {
    const html = renderToStaticMarkup(<AkimatPicker name="akimats" legend="Акиматы" help="Помощь" values={["petropavlovsk"]} akimats={akimats} />);
    expect(html.match(/type="checkbox"/g)).toHaveLength(5);
    expect(html).toContain('<input type="checkbox" name="akimats" checked="" value="petropavlovsk"/>');
    expect(html).toContain('<input type="checkbox" name="akimats" value="sko"/>');
    expect(html).not.toContain('value="karaganda-city"');
    expect(html).toContain("<legend");
  });
});
