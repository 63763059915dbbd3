import { describe, expect, it } from "vitest";
import { embedCode } from "./embed-code";
import { RESIZE_SCRIPT, RESIZE_SCRIPT_HASH } from "./resize-script";

describe("the embed code", () => {
  const code = embedCode({ src: "https://ashyq.example.kz/embed/comparison?lang=ru&akimats=sko,petropavlovsk", title: `Чиновники "в соцсетях" <b>` });

  it("frames the embed with an escaped title and listens only to Ashyq's origin", () => {
    expect(code).toContain(`src="https://ashyq.example.kz/embed/comparison?lang=ru&amp;akimats=sko,petropavlovsk"`);
    expect(code).toContain(`title="Чиновники &quot;в соцсетях&quot; &lt;b>"`);
    expect(code).toContain(`e.origin!=="https://ashyq.example.kz"`);
    expect(code).toContain("data-ashyq-embed");
  });

  it("keeps the resize script within a couple of kilobytes, with a hash for the CSP", () => {
    expect(new TextEncoder().encode(RESIZE_SCRIPT).length).toBeLessThan(2048);
    expect(RESIZE_SCRIPT_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});
