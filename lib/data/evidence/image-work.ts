import "server-only";
import sharp from "sharp";
import { workSlots } from "@/lib/work-slots";

/**
 * Decoding an image takes memory for all its pixels at once (a 40-megapixel screenshot: 300 to 400 MB while it is
 * decoded, turned upright and encoded, bench/hostile), and a core for a second or so. Requests come together, each
 * with up to ten files; unbounded, the server's peak memory is the sum of every image in flight, and pages wait for
 * the cores. So one image at a time in this process, decoded by one libvips thread: at most one core and one
 * image's memory go to screenshots, and the rest keeps answering. A reporter whose upload comes while another's is
 * processed waits that long; nobody else notices.
 */
const IMAGE_WORK_SLOTS = 1;
sharp.concurrency(1);
// libvips keeps recent results for reuse (up to 50 MB); a screenshot is processed once, so that is memory held for nothing.
sharp.cache(false);

const imageWork = workSlots({ slots: IMAGE_WORK_SLOTS });

/** Runs `work` once a slot is free, first come first served; the slot is given back however `work` ends. */
export const withImageSlot = <T>(work: () => Promise<T>): Promise<T> => imageWork.run(work);

/** How many image jobs are waiting for a slot: what the tests watch to see one held back. */
export const imageWorkWaiting = () => imageWork.waiting();
