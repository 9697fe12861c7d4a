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
