import { createHash } from "node:crypto";

/**
 * The embeds' only JavaScript: it tells the framing page the document's height whenever it changes, so the
 * iframe can be exactly as tall as its content (no inner scrollbar, no gap). The height is not a secret, so it is
 * posted to any origin; the listener in the embed code checks that the message comes from Ashyq's origin and from
 * one of its own iframes.
 */
export const RESIZE_MESSAGE_TYPE = "ashyq:height";

export const RESIZE_SCRIPT = `(function(){if(parent===window)return;var last=0;function send(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;parent.postMessage({type:"${RESIZE_MESSAGE_TYPE}",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);addEventListener("load",send);send()})();`;

/** For the embeds' Content-Security-Policy: this one inline script runs, nothing else. */
export const RESIZE_SCRIPT_HASH = `'sha256-${createHash("sha256").update(RESIZE_SCRIPT).digest("base64")}'`;
