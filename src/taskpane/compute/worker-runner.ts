// An AnalysisRunner backed by a Web Worker (webpack bundles analysis.worker.ts as its own chunk).
// Falls back to the calling thread where workers are unavailable. Not imported by unit tests:
// `import.meta.url` is for the bundler.
import { type AnalysisRunner, inThreadRunner, type Task, type TaskFailure, type TaskOutput, type TaskStage } from "./tasks";

interface Reply {
  id: number;
  /** Absent on progress messages. */
  ok?: boolean;
  stage?: TaskStage;
  output?: unknown;
  failure?: TaskFailure;
}

export function createWorkerRunner(): AnalysisRunner {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./analysis.worker.ts", import.meta.url));
  } catch {
    return inThreadRunner;
  }
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (f: TaskFailure) => void; progress?: (stage: TaskStage) => void }>();
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    if (event.data.ok === undefined) {
      if (event.data.stage) p.progress?.(event.data.stage);
      return;
    }
    pending.delete(event.data.id);
    if (event.data.ok) p.resolve(event.data.output);
    else p.reject(event.data.failure ?? { kind: "internal", message: "the analysis failed" });
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject({ kind: "internal", message: event.message || "the analysis worker stopped" });
    pending.clear();
  };
  return {
    run<T extends Task>(task: T, onProgress?: (stage: TaskStage) => void): Promise<TaskOutput<T>> {
      const id = next++;
      return new Promise<TaskOutput<T>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
        worker.postMessage({ id, task });
      });
    },
  };
}
