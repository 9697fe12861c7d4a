// scripts/bump-version.js: bumps the manifest's four-part <Version> and package.json's version
// together. Every test works on a copy of the committed files in a temporary folder.
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { XMLValidator } from "fast-xml-parser";
import { bumped, bumpVersion, manifestVersion, parseArgs, withManifestVersion } from "../../scripts/bump-version";
import { allElements, named, parseManifest, text } from "./manifest-xml";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "bump-version.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PACKAGE = fs.readFileSync(path.join(ROOT, "package.json"), "utf8");

const LOCK = `{
  "name": "cx-analytics",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "cx-analytics",
      "version": "0.1.0"
    },
    "node_modules/x": {
      "version": "0.1.0"
    }
  }
}
`;

/** The committed manifest and package.json (with a given version) and a small lock file, in a temp folder. */
function copy(dir: string, manifestVersionText = "0.1.0.0", packageVersion = "0.1.0", lock: string | null = LOCK): void {
  fs.writeFileSync(path.join(dir, "manifest.xml"), MANIFEST.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersionText}</Version>`));
  fs.writeFileSync(path.join(dir, "package.json"), PACKAGE.replace(/"version": "[^"]*"/, `"version": "${packageVersion}"`));
  if (lock !== null) fs.writeFileSync(path.join(dir, "package-lock.json"), lock.replace(/"0\.1\.0"/g, `"${packageVersion}"`));
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");
const manifestVersionIn = (dir: string) => text(named(allElements(parseManifest(read(dir, "manifest.xml"))), "Version")[0]);

describe("the committed files", () => {
  test("manifest <Version> is four parts whose first three are package.json's version", () => {
    const version = manifestVersion(MANIFEST);
    expect(version).toHaveLength(4);
    expect(version.slice(0, 3).join(".")).toBe(JSON.parse(PACKAGE).version);
  });

  test("npm run version:bump runs the script", () => {
    expect(JSON.parse(PACKAGE).scripts["version:bump"]).toBe("node scripts/bump-version.js");
  });
});

describe("version arithmetic", () => {
  test.each([
    ["0.1.0.0", "revision", "0.1.0.1"],
    ["0.1.0.9", "revision", "0.1.0.10"],
    ["0.1.0.3", "patch", "0.1.1.0"],
    ["0.1.2.3", "minor", "0.2.0.0"],
    ["0.9.2.3", "major", "1.0.0.0"],
    ["1.2", "revision", "1.2.0.1"], // Office allows 1 to 4 parts; missing parts are 0
    ["7", "minor", "7.1.0.0"],
  ] as const)("%s + %s -> %s", (from, part, to) => {
    expect(bumped(manifestVersion(`<Version>${from}</Version>`), part).join(".")).toBe(to);
  });

  test.each(["", "1.2.3.4.5", "1.x.0.0", "123456.0.0.0", "-1.0.0.0", "1..0"])("rejects the manifest version %j", (bad) => {
    expect(() => manifestVersion(`<Version>${bad}</Version>`)).toThrow(/not n, n\.n, n\.n\.n or n\.n\.n\.n/);
  });

  test("a manifest without <Version>, an unknown part and a 6-digit part are errors", () => {
    expect(() => manifestVersion("<OfficeApp><VersionOverrides/></OfficeApp>")).toThrow(/no <Version> element/);
    expect(() => bumped([0, 1, 0, 0], "build" as never)).toThrow(/Unknown version part "build"/);
    expect(() => bumped([0, 1, 0, 99999], "revision")).toThrow(/at most 5 digits/);
    expect(bumped([0, 1, 0, 99998], "revision")).toEqual([0, 1, 0, 99999]);
  });

  test("withManifestVersion changes only the <Version> element", () => {
    const out = withManifestVersion(MANIFEST, [0, 1, 0, 1]);
    expect(out).toBe(MANIFEST.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0.1</Version>"));
    expect(out).toContain('<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides"');
  });

  test.each([
    [[], { part: "revision", write: true }],
    [["--minor"], { part: "minor", write: true }],
    [["--major", "--dry-run"], { part: "major", write: false }],
    [["--patch"], { part: "patch", write: true }],
  ])("parseArgs(%j)", (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ root: ROOT, ...expected });
  });

  test("parseArgs rejects unknown and conflicting arguments", () => {
    expect(() => parseArgs(["--minr"])).toThrow(/Unknown argument "--minr"/);
    expect(() => parseArgs(["--minor", "--major"])).toThrow(/at most one/);
    expect(() => parseArgs(["--root"])).toThrow(/--root needs a directory/);
  });
});

describe("bumpVersion on a copy", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-bump-"));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the default bumps the revision: the manifest changes, package.json and the lock do not", () => {
    copy(dir);
    const packageBefore = read(dir, "package.json");
    const lockBefore = read(dir, "package-lock.json");
    const result = bumpVersion({ root: dir });
    expect(result).toEqual({ from: "0.1.0.0", to: "0.1.0.1", packageFrom: "0.1.0", packageTo: "0.1.0", files: [path.join(dir, "manifest.xml")] });
    expect(manifestVersionIn(dir)).toBe("0.1.0.1");
    expect(XMLValidator.validate(read(dir, "manifest.xml"))).toBe(true);
    expect(read(dir, "package.json")).toBe(packageBefore);
    expect(read(dir, "package-lock.json")).toBe(lockBefore);
    // Twice: 0.1.0.2.
    expect(bumpVersion({ root: dir }).to).toBe("0.1.0.2");
  });

  test("--minor bumps both files and the lock's two root copies, keeping formatting and other versions", () => {
    copy(dir, "0.1.0.3");
    const packageBefore = read(dir, "package.json");
    const result = bumpVersion({ root: dir, part: "minor" });
    expect(result.from).toBe("0.1.0.3");
    expect(result.to).toBe("0.2.0.0");
    expect([result.packageFrom, result.packageTo]).toEqual(["0.1.0", "0.2.0"]);
    expect(manifestVersionIn(dir)).toBe("0.2.0.0");
    expect(read(dir, "package.json")).toBe(packageBefore.replace('"version": "0.1.0"', '"version": "0.2.0"'));
    const lock = JSON.parse(read(dir, "package-lock.json"));
    expect([lock.version, lock.packages[""].version, lock.packages["node_modules/x"].version]).toEqual(["0.2.0", "0.2.0", "0.1.0"]);
    // Same text, only the first two "0.1.0" (top level and packages[""]) changed.
    expect(read(dir, "package-lock.json")).toBe(LOCK.replace('"0.1.0"', '"0.2.0"').replace('"0.1.0"', '"0.2.0"'));
  });

  test("--major and --patch without a lock file", () => {
    copy(dir, "1.4.2.7", "1.4.2", null);
    expect(bumpVersion({ root: dir, part: "patch" })).toMatchObject({ to: "1.4.3.0", packageTo: "1.4.3" });
    expect(bumpVersion({ root: dir, part: "major" })).toMatchObject({ from: "1.4.3.0", to: "2.0.0.0", packageTo: "2.0.0" });
    expect(JSON.parse(read(dir, "package.json")).version).toBe("2.0.0");
    expect(fs.existsSync(path.join(dir, "package-lock.json"))).toBe(false);
  });

  test("a dry run writes nothing", () => {
    copy(dir);
    expect(bumpVersion({ root: dir, part: "major", write: false })).toMatchObject({ to: "1.0.0.0", packageTo: "1.0.0" });
    expect(manifestVersionIn(dir)).toBe("0.1.0.0");
    expect(JSON.parse(read(dir, "package.json")).version).toBe("0.1.0");
  });

  test("refuses, changing nothing, when package.json disagrees with the manifest", () => {
    copy(dir, "0.1.0.0", "0.2.0");
    expect(() => bumpVersion({ root: dir, part: "minor" })).toThrow(/package\.json version "0\.2\.0" does not match manifest\.xml <Version> 0\.1\.0\.0 \(expected "0\.1\.0"\)/);
    expect(manifestVersionIn(dir)).toBe("0.1.0.0");
    expect(JSON.parse(read(dir, "package.json")).version).toBe("0.2.0");
  });

  test("refuses, changing nothing, when the lock file's root version disagrees", () => {
    copy(dir);
    fs.writeFileSync(path.join(dir, "package-lock.json"), LOCK.replace('"0.1.0"', '"0.0.9"')); // the top-level copy
    const lockBefore = read(dir, "package-lock.json");
    expect(() => bumpVersion({ root: dir, part: "minor" })).toThrow(/package-lock\.json version is "0\.0\.9", expected "0\.1\.0"/);
    expect(manifestVersionIn(dir)).toBe("0.1.0.0");
    expect(JSON.parse(read(dir, "package.json")).version).toBe("0.1.0");
    expect(read(dir, "package-lock.json")).toBe(lockBefore);
  });

  test("the command prints old -> new and fails plainly", () => {
    copy(dir);
    const out = execFileSync(process.execPath, [SCRIPT, "--minor", "--root", dir], { encoding: "utf8" });
    expect(out).toBe("manifest.xml <Version>: 0.1.0.0 -> 0.2.0.0\npackage.json version: 0.1.0 -> 0.2.0\n");
    expect(execFileSync(process.execPath, [SCRIPT, "--root", dir], { encoding: "utf8" })).toBe("manifest.xml <Version>: 0.2.0.0 -> 0.2.0.1\n");
    let stderr = "";
    try {
      execFileSync(process.execPath, [SCRIPT, "--bogus", "--root", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      stderr = String((err as { stderr: string }).stderr);
    }
    expect(stderr).toMatch(/^version:bump: Unknown argument "--bogus"/);
    expect(manifestVersionIn(dir)).toBe("0.2.0.1");
  });
});
