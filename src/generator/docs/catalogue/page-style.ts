/**
 * The catalogue page's style sheet: light and dark through prefers-color-scheme, a table on wide screens and one
 * card per model on a phone (the column names then come from each cell's data-label). Inline in the page; the
 * page's Content-Security-Policy allows exactly this text by its hash.
 */
export const CATALOGUE_STYLE = String.raw`
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--accent:#0969da;--focus:#0969da;--warn:#9a6700;--bad:#cf222e;--good:#1a7f37;--badge:#eaeef2}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--accent:#4493f8;--focus:#4493f8;--warn:#d29922;--bad:#ff7b72;--good:#3fb950;--badge:#262c36}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code,.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.92em;overflow-wrap:anywhere}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 16px}
header h1{margin:16px 0 4px;font-size:1.6rem}
.muted{color:var(--muted)}
.skip{position:absolute;left:-9999px}
.skip:focus{left:16px;top:8px;background:var(--bg);padding:4px 8px;z-index:2}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#filters{display:flex;flex-wrap:wrap;gap:10px 14px;align-items:flex-end;margin:14px 0;padding:12px;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.field{display:flex;flex-direction:column;gap:3px;min-width:9rem}
.field.grow{flex:1 1 16rem}
label,legend{font-size:.85rem;color:var(--muted)}
input[type=search],select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:6px 8px;min-height:2.4rem}
fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
fieldset legend{float:left;width:100%;margin-bottom:3px}
fieldset label{color:var(--fg);font-size:.95rem;display:inline-flex;gap:5px;align-items:center;min-height:2rem}
button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:6px 10px;min-height:2.4rem;cursor:pointer}
#count{margin:6px 0 10px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
#results{display:block;min-width:900px}
#results thead,#results tbody{display:block}
#results tr{display:grid;grid-template-columns:27% 10% 7% 10% 9.5% 9.5% 9.5% 8.5% 8.5%;border-bottom:1px solid var(--line)}
#results tbody tr{content-visibility:auto;contain-intrinsic-size:auto 54px}
#results th,#results td{border-bottom:0;min-width:0}
#results td.empty{grid-column:1/-1}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:.85rem;white-space:nowrap}
th button{border:0;background:none;padding:2px 0;min-height:0;font-weight:600;color:var(--fg)}
th[aria-sort=ascending] button::after{content:" \25B2"}
th[aria-sort=descending] button::after{content:" \25BC"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td .name{display:block;color:var(--muted);font-size:.9rem}
tbody tr:hover{background:var(--panel)}
.badge{display:inline-block;padding:0 6px;border-radius:10px;background:var(--badge);font-size:.85rem;white-space:nowrap}
.status-deprecated{color:var(--bad)}
.status-beta,.status-experimental{color:var(--warn)}
.status-production{color:var(--good)}
#more{margin:12px 0}
#charts figure{margin:16px 0;overflow-x:auto}
#charts img{display:block;max-width:none;height:auto}
#charts figcaption{color:var(--muted);font-size:.9rem;margin-top:4px}
footer{color:var(--muted);font-size:.85rem;padding-bottom:24px}
dialog{width:min(960px,calc(100vw - 24px));max-height:calc(100vh - 24px);padding:0;border:1px solid var(--line);border-radius:10px;background:var(--bg);color:var(--fg)}
dialog::backdrop{background:rgba(0,0,0,.45)}
.detail-head{position:sticky;top:0;display:flex;gap:12px;justify-content:space-between;align-items:flex-start;padding:12px 16px;background:var(--panel);border-bottom:1px solid var(--line)}
.detail-head h2{margin:0;font-size:1.3rem;overflow-wrap:anywhere}
.detail-body{padding:4px 16px 16px}
.detail-body h3{margin:18px 0 6px;font-size:1.05rem}
.detail-body table{margin:4px 0;font-size:.92rem}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:4px 14px;margin:4px 0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
dd dl{margin:0}
.source{color:var(--muted);font-size:.88rem;margin:4px 0 0;overflow-wrap:anywhere}
.notes{white-space:pre-wrap;overflow-wrap:anywhere}
ol.chain{margin:4px 0;padding-left:1.4rem}
@media (max-width:700px){
header h1{font-size:1.3rem}
.field{min-width:0;flex:1 1 45%}
.table-wrap{overflow:visible}
#results{min-width:0}
#results tr{display:block}
#results tbody tr{contain-intrinsic-size:auto 250px}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table,tbody,tr,td{display:block;width:100%}
tr{border:1px solid var(--line);border-radius:8px;margin:0 0 10px;padding:6px 10px}
td{border:0;padding:2px 0;display:flex;justify-content:space-between;gap:12px;text-align:right}
td.num{text-align:right}
td::before{content:attr(data-label);color:var(--muted);font-size:.85rem;text-align:left}
td.model{display:block;text-align:left;font-size:1.02rem}
td.model::before{content:none}
dialog{width:100vw;max-width:100vw;height:100%;max-height:100%;margin:0;border-radius:0;border:0}
dl{grid-template-columns:1fr}
dt{margin-top:4px}
}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`.trim();
