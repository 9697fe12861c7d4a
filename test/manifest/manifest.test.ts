// Offline checks of manifest.xml: well-formed, every resource reference resolves, the shared
// runtime is wired consistently, every URL is https, and the icons exist at their sizes.
import { execFileSync } from "child_process";
import { XMLValidator } from "fast-xml-parser";
import fs from "fs";
import os from "os";
import path from "path";
import { XmlElement, allElements, attr, named, parseManifest, pngSize, resources, text, unresolvedResids } from "./manifest-xml";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const elements = allElements(parseManifest(MANIFEST));
const { images, urls, strings } = resources(elements);

function only(name: string, where: (el: XmlElement) => boolean = () => true): XmlElement {
  const found = named(elements, name).filter(where);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function customFunctionsPoint(): XmlElement {
  return only("ExtensionPoint", (el) => attr(el, "xsi:type") === "CustomFunctions");
}

function residUnder(point: XmlElement, ...steps: string[]): string | undefined {
  let node: unknown = point.node;
  for (const step of steps) node = (node as Record<string, unknown>)?.[step];
  return (node as Record<string, unknown> | undefined)?.["@_resid"] as string | undefined;
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp task-pane root", () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
    const root = only("OfficeApp");
    expect(root.ancestors).toEqual([]);
    expect(attr(root, "xsi:type")).toBe("TaskPaneApp");
    expect(attr(only("VersionOverrides"), "xsi:type")).toBe("VersionOverridesV1_0");
  });

  test("has a GUID id, the product's names and ReadWriteDocument permission", () => {
    expect(text(only("Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(only("ProviderName"))).toBe("CX Analytics");
    expect(attr(only("DisplayName"), "DefaultValue")).toBe("CX Analytics");
    expect((attr(only("Description", (el) => el.ancestors.join("/") === "OfficeApp"), "DefaultValue") ?? "").length).toBeGreaterThan(40);
    expect(text(only("Permissions"))).toBe("ReadWriteDocument");
  });

  test("targets Excel workbooks only", () => {
    const hosts = named(elements, "Host");
    expect(hosts.filter((h) => h.ancestors.at(-1) === "Hosts" && h.ancestors.length === 2).map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(hosts.filter((h) => h.ancestors.includes("VersionOverrides")).map((h) => attr(h, "xsi:type"))).toEqual(["Workbook"]);
  });

  test("requires ExcelApi 1.7 and SharedRuntime 1.1", () => {
    const sets = only("Sets");
    expect(attr(sets, "DefaultMinVersion")).toBe("1.1");
    const required = Object.fromEntries(named(elements, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]));
    expect(required).toEqual({ ExcelApi: "1.7", SharedRuntime: "1.1" });
  });

  test("every resid names a defined resource of the right kind", () => {
    expect(images.size).toBeGreaterThan(0);
    expect(urls.size).toBeGreaterThan(0);
    expect(strings.size).toBeGreaterThan(0);
    expect(unresolvedResids(elements)).toEqual([]);
    const kindOf: Record<string, Map<string, string>> = {
      "bt:Image": images,
      SourceLocation: urls,
      Runtime: urls,
      FunctionFile: urls,
      LearnMoreUrl: urls,
      Namespace: strings,
      Label: strings,
      Title: strings,
      Description: strings,
    };
    const withResid = elements.filter((el) => attr(el, "resid") !== undefined);
    expect(withResid.length).toBeGreaterThan(10);
    for (const el of withResid) {
      const kind = kindOf[el.name];
      expect({ element: el.name, known: kind !== undefined }).toEqual({ element: el.name, known: true });
      expect({ resid: attr(el, "resid"), defined: kind.has(attr(el, "resid") as string) }).toEqual({ resid: attr(el, "resid"), defined: true });
    }
  });

  test("the resid check catches a dangling reference", () => {
    const broken = MANIFEST.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nowhere"/>');
    expect(broken).not.toBe(MANIFEST);
    expect(unresolvedResids(allElements(parseManifest(broken)))).toEqual(["Functions.Nowhere"]);
  });

  test("resource ids are unique", () => {
    const ids = elements.filter((el) => el.ancestors.includes("Resources")).map((el) => attr(el, "id")).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the shared runtime, custom functions page, function file and task pane are one page", () => {
    const runtime = only("Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const page = residUnder(customFunctionsPoint(), "Page", "SourceLocation");
    const functionFile = attr(only("FunctionFile"), "resid");
    const showTaskpane = only("Action", (el) => attr(el, "xsi:type") === "ShowTaskpane");
    const taskpane = residUnder(showTaskpane, "SourceLocation");
    expect(attr(runtime, "resid")).toBe("Taskpane.Url");
    expect([page, functionFile, taskpane]).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
    expect(text({ name: "TaskpaneId", node: showTaskpane.node.TaskpaneId as Record<string, unknown>, ancestors: [] })).toBe("ButtonId1");
    expect(urls.get("Taskpane.Url")).toBe(attr(only("SourceLocation", (el) => el.ancestors.includes("DefaultSettings")), "DefaultValue"));
  });

  test("custom functions load the webpack outputs under the CX namespace", () => {
    const point = customFunctionsPoint();
    expect(urls.get(residUnder(point, "Script", "SourceLocation") as string)).toBe("https://localhost:3000/functions.js");
    expect(urls.get(residUnder(point, "Metadata", "SourceLocation") as string)).toBe("https://localhost:3000/functions.json");
    expect(urls.get("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(strings.get(residUnder(point, "Namespace") as string)).toBe("CX");
  });

  test("a Home tab button opens the task pane", () => {
    const group = only("Group");
    expect(group.ancestors.at(-1)).toBe("OfficeTab");
    expect(attr(only("OfficeTab"), "id")).toBe("TabHome");
    expect(strings.get(residUnder(group, "Label") as string)).toBe("CX Analytics");
    const button = only("Control", (el) => attr(el, "xsi:type") === "Button");
    expect(strings.get(residUnder(button, "Label") as string)).toBe("Open CX Analytics");
    const getStarted = only("GetStarted");
    expect(strings.get(residUnder(getStarted, "Title") as string)).toBeTruthy();
    expect(strings.get(residUnder(getStarted, "Description") as string)).toMatch(/=CX\.RFM/);
  });

  test("every URL is an absolute https URL", () => {
    const found: string[] = [
      ...images.values(),
      ...urls.values(),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => attr(only(name), "DefaultValue") ?? ""),
      ...named(elements, "SourceLocation").map((el) => attr(el, "DefaultValue")).filter((v): v is string => v !== undefined),
      ...named(elements, "AppDomain").map(text),
    ];
    expect(found.length).toBeGreaterThanOrEqual(12);
    for (const url of found) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).protocol).toBe("https:");
    }
  });

  describe("icons", () => {
    const assetFor = (url: string) => {
      const match = /^https:\/\/localhost:3000\/(assets\/icon-\d+\.png)$/.exec(url);
      if (!match) throw new Error(`unexpected icon URL ${url}`);
      return path.join(ROOT, match[1]);
    };

    test("IconUrl is 32x32 and HighResolutionIconUrl 64x64", () => {
      expect(pngSize(fs.readFileSync(assetFor(attr(only("IconUrl"), "DefaultValue") ?? "")))).toEqual({ width: 32, height: 32 });
      expect(pngSize(fs.readFileSync(assetFor(attr(only("HighResolutionIconUrl"), "DefaultValue") ?? "")))).toEqual({ width: 64, height: 64 });
    });

    test("each ribbon image exists at the size it is used at (16, 32, 80)", () => {
      const uses = named(elements, "bt:Image").filter((el) => attr(el, "size") !== undefined);
      expect(new Set(uses.map((el) => attr(el, "size")))).toEqual(new Set(["16", "32", "80"]));
      for (const use of uses) {
        const size = Number(attr(use, "size"));
        const file = assetFor(images.get(attr(use, "resid") as string) ?? "");
        expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
      }
    });

    test("the committed PNGs are what scripts/make-icons.js draws", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-icons-"));
      try {
        execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.js"), dir], { stdio: "pipe" });
        const made = fs.readdirSync(dir).sort();
        expect(made).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
        for (const name of made) {
          expect({ name, same: fs.readFileSync(path.join(dir, name)).equals(fs.readFileSync(path.join(ROOT, "assets", name))) }).toEqual({
            name,
            same: true,
          });
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test("pngSize rejects a file that is not a PNG", () => {
      expect(() => pngSize(Buffer.from("GIF89a not a png at all"))).toThrow("not a PNG");
    });
  });
});
