// Web Worker entry: runs analysis tasks off the task pane's UI thread.
import { runTask, type Task, taskFailure } from "./tasks";

interface Request {
  id: number;
  task: Task;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, task } = event.data;
  try {
    const output = runTask(task, (stage) => self.postMessage({ id, stage }));
    self.postMessage({ id, ok: true, output });
  } catch (e) {
    self.postMessage({ id, ok: false, failure: taskFailure(e) });
  }
};
