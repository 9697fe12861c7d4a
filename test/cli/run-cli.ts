// Runs the CLI in-process with captured output (main never exits the process).
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(["node", "cx", ...args], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

export const ROOT = join(__dirname, "..", "..");
export const fixture = (name: string) => join(ROOT, "test", "fixtures", "cli", name);
export const vocFixture = (name: string) => join(ROOT, "test", "fixtures", "voc", name);
