import { RESIZE_MESSAGE_TYPE } from "./resize-script";

/**
 * The code an editor pastes into an article: the iframe, and a listener that sets its height from the embed's
 * messages. The listener accepts messages only from Ashyq's origin and only for iframes marked as Ashyq's, so
 * a hostile frame elsewhere on the page cannot resize anything; heights are bounded.
 */
export function embedCode({ src, title, initialHeight = 600 }: { src: string; title: string; initialHeight?: number }): string {
  const origin = new URL(src).origin;
  const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const listener =
    `(function(){if(window.__ashyqEmbeds)return;window.__ashyqEmbeds=1;addEventListener("message",function(e){` +
    `var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${RESIZE_MESSAGE_TYPE}"||!(d.height>0&&d.height<20000))return;` +
    `var f=document.querySelectorAll("iframe[data-ashyq-embed]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"})})();`;
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" data-ashyq-embed loading="lazy" scrolling="no" ` +
    `style="width:100%;height:${initialHeight}px;border:0;overflow:hidden"></iframe>\n<script>${listener}</script>`
  );
}
