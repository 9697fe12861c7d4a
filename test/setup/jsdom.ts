// Browser APIs jsdom lacks that Fluent UI and its charts use: canvas text measurement (for axis
// labels), ResizeObserver and matchMedia. Only installed in jsdom test files.
if (typeof window !== "undefined") {
  const measure = { font: "", measureText: (text: string) => ({ width: 7 * String(text).length }) };
  Object.defineProperty(HTMLCanvasElement.prototype, "getContext", { value: () => measure, configurable: true });
  class NoopResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as Record<string, unknown>).ResizeObserver ??= NoopResizeObserver;
  // jsdom's window lacks Node's structuredClone; Node's own serializer is the same algorithm.
  if (typeof globalThis.structuredClone !== "function") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const v8 = require("v8") as typeof import("v8");
    globalThis.structuredClone = ((value: unknown) => v8.deserialize(v8.serialize(value))) as typeof structuredClone;
  }
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
export {};
