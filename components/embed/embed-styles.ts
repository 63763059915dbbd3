/**
 * The embeds' whole stylesheet, inlined: no request blocks the first paint on a phone. Colours meet WCAG AA on
 * both schemes. Below 560 px a table becomes one card per official, each cell labelled by its column.
 */
export const EMBED_STYLES = `
:root{color-scheme:light dark;--fg:#18181b;--muted:#52525b;--bg:#fff;--line:#d4d4d8;--head:#f4f4f5;--bad:#991b1b;--warn:#92400e;--good:#166534;--link:#1e40af;--chip:#27272a;--chipfg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#f4f4f5;--muted:#d4d4d8;--bg:#09090b;--line:#3f3f46;--head:#18181b;--bad:#fca5a5;--warn:#fcd34d;--good:#86efac;--link:#93c5fd;--chip:#e4e4e7;--chipfg:#18181b}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;-webkit-text-size-adjust:100%}
body{margin:0}
main{padding:12px;display:flex;flex-direction:column;gap:14px;max-width:1200px}
h1{font-size:1.2rem;margin:0}
h2{font-size:1rem;margin:0}
header.article{display:flex;flex-direction:column;gap:6px}
.notes{display:flex;flex-direction:column;gap:6px}
.source{color:var(--fg)}
p{margin:0}
a{color:var(--link)}
.meta,.legend,small{color:var(--muted)}
.meta{font-size:.85rem}
small{display:block;font-size:.8rem}
table{width:100%;border-collapse:collapse;font-size:.9rem}
caption{text-align:left;font-weight:700;font-size:1rem;padding:4px 0 8px}
th,td{text-align:left;vertical-align:top;padding:8px;border-top:1px solid var(--line)}
thead th{background:var(--head);border-top:0}
tbody th{font-weight:400}
tbody+tbody{border-top:2px solid var(--line)}
.name{font-weight:600}
.num{font-weight:600;font-variant-numeric:tabular-nums}
.none{color:var(--muted)}
.bad{color:var(--bad);font-weight:600}
.warn{color:var(--warn);font-style:italic}
.good{color:var(--good);font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.chip{display:inline-block;background:var(--chip);color:var(--chipfg);border-radius:4px;padding:0 6px;font-size:.78rem;font-weight:600}
ul.cells,ul.parts{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
ul.parts{gap:2px;font-size:.8rem}
.card{border:1px solid var(--line);border-radius:8px;padding:12px;display:flex;flex-direction:column;gap:10px}
.score{font-size:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
dl{margin:0;display:grid;grid-template-columns:minmax(7em,auto) 1fr;gap:6px 12px}
dt{color:var(--muted)}
dd{margin:0}
footer{display:flex;flex-direction:column;gap:4px;font-size:.8rem;color:var(--muted)}
@media (max-width:559px){
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table,caption,tbody,tr,th,td{display:block;width:100%}
tbody tr{border-top:1px solid var(--line);padding:6px 0}
tbody th,tbody td{border:0;padding:4px 0}
td[data-label]::before{content:attr(data-label);display:block;font-size:.75rem;color:var(--muted)}
}
`.replace(/\n/g, "");
