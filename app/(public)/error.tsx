"use client";

// The same safe message as the newsroom's: the error's digest as its id, nothing internal.
export { default } from "../(newsroom)/error";
