// Where the CLI writes: stdout/stderr (replaceable in tests) and output files.
import { writeFile } from "node:fs/promises";
import { fileError } from "../errors";

/** The two output streams of a command, as write functions so tests can capture them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

let pipeGuarded = false;

/** The process's own streams. A closed pipe (`cx rfm ... | head`) ends the output quietly. */
export function processIo(): CliIo {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") process.stderr.write(`cx: cannot write the output: ${e.message}\n`);
    });
  }
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  };
}

/** Writes text or bytes to a file, or text to stdout when no file is given. */
export async function writeOutput(data: string | Buffer, path: string | undefined, io: CliIo): Promise<void> {
  if (path === undefined) {
    io.stdout(typeof data === "string" ? data : data.toString("utf8"));
    return;
  }
  try {
    await writeFile(path, data);
  } catch (e) {
    throw fileError("write", path, e);
  }
}
