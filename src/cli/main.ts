// `cx`: the command line of CX Analytics. Each subcommand is a thin layer over src/core.
// main() never exits the process and never prints a stack trace for a user error: it returns
// the exit code (0 done, 1 user error, 2 internal error) and writes through `io`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { abTestCommand, abTestMeansCommand } from "./commands/abtest";
import { cesCommand } from "./commands/ces";
import { clvFitCommand, clvValidateCommand, ltvCommand } from "./commands/clv";
import { churnCommand, cohortCommand, funnelCommand } from "./commands/cohort";
import { csatCommand } from "./commands/csat";
import { kanoCommand } from "./commands/kano";
import { npsCommand, npsTestCommand } from "./commands/nps";
import { rfmCommand } from "./commands/rfm";
import { sampleSizeCommand } from "./commands/samplesize";
import { kmeansCommand, paretoCommand, tierCommand } from "./commands/segment";
import { errcCommand, matrixCommand, scoreCommand, valueCurveCommand } from "./commands/strategy";
import { isUserError } from "./errors";
import { CliIo, processIo } from "./io/output";

export type { CliIo } from "./io/output";

/** Version from package.json (two folders up from both src/cli and build/cli). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function buildProgram(io: CliIo): Command {
  const program = new Command("cx");
  program
    .description("CX Analytics on the command line: the analyses of the Excel add-in, on CSV and XLSX files.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError("(add --help for usage)")
    .helpCommand(false);
  // addCommand (unlike .command()) does not copy settings: give each the exitOverride and output.
  const commands = [
    rfmCommand,
    ltvCommand,
    clvFitCommand,
    clvValidateCommand,
    kanoCommand,
    npsCommand,
    npsTestCommand,
    csatCommand,
    cesCommand,
    abTestCommand,
    abTestMeansCommand,
    sampleSizeCommand,
    cohortCommand,
    funnelCommand,
    churnCommand,
    kmeansCommand,
    tierCommand,
    paretoCommand,
    valueCurveCommand,
    errcCommand,
    scoreCommand,
    matrixCommand,
  ];
  for (const make of commands) program.addCommand(withParentSettings(make(io), program));
  return program;
}

function withParentSettings(cmd: Command, parent: Command): Command {
  cmd.copyInheritedSettings(parent);
  return cmd;
}

/** Runs `cx` with process-style arguments (node, script, ...args); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  let command = "cx";
  program.hook("preAction", (_root, action) => {
    command = `cx ${action.name()}`;
  });
  try {
    await program.parseAsync(argv, { from: "node" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // commander printed the message (or help)
    if (isUserError(e)) {
      io.stderr(`${command}: ${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`${command}: unexpected error, please report it: ${message}\n`);
    if (process.env.CX_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
