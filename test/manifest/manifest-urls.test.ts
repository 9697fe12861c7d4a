// scripts/manifest-urls.js: the production build's manifest URL rewrite and base URL lookup.
import fs from "fs";
import os from "os";
import path from "path";
import { XMLValidator } from "fast-xml-parser";
import { DEPLOY_CONFIG, DEV_BASE_URL, normaliseBaseUrl, productionBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-urls";
import { allElements, named, parseManifest, resources, text } from "./manifest-xml";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PROD = "https://cx-analytics.example.com/";

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("rewriteManifestUrls", () => {
  test("replaces every dev URL of the manifest and leaves no localhost", () => {
    const before = count(MANIFEST, DEV_BASE_URL);
    expect(DEV_BASE_URL).toBe("https://localhost:3000/");
    expect(before).toBeGreaterThanOrEqual(10);
    const out = rewriteManifestUrls(MANIFEST, DEV_BASE_URL, PROD);
    expect(count(out, DEV_BASE_URL)).toBe(0);
    expect(out).not.toMatch(/localhost/i);
    expect(count(out, PROD)).toBe(before + count(MANIFEST, PROD));
    expect(XMLValidator.validate(out)).toBe(true);

    const elements = allElements(parseManifest(out));
    const { urls, images } = resources(elements);
    expect(urls.get("Taskpane.Url")).toBe("https://cx-analytics.example.com/taskpane.html");
    expect(urls.get("Functions.Script.Url")).toBe("https://cx-analytics.example.com/functions.js");
    expect([...images.values()].every((u) => u.startsWith(`${PROD}assets/icon-`))).toBe(true);
    expect(named(elements, "AppDomain").map(text)).toEqual(["https://cx-analytics.example.com"]);
  });

  test("only the URLs change", () => {
    const out = rewriteManifestUrls(MANIFEST, DEV_BASE_URL, PROD);
    const back = out.split(PROD).join(DEV_BASE_URL).split("https://cx-analytics.example.com").join("https://localhost:3000");
    expect(back).toBe(MANIFEST);
  });

  test("replaces adjacent and repeated occurrences, and the bare origin only as a whole", () => {
    const xml =
      '<a u="https://localhost:3000/x.js"/>https://localhost:3000/https://localhost:3000/y' +
      "<d>https://localhost:3000</d><e>https://localhost:30001/z</e><f>https://localhost:3000.evil.com</f>";
    expect(rewriteManifestUrls(xml, "https://localhost:3000/", PROD)).toBe(
      '<a u="https://cx-analytics.example.com/x.js"/>https://cx-analytics.example.com/https://cx-analytics.example.com/y' +
        "<d>https://cx-analytics.example.com</d><e>https://localhost:30001/z</e><f>https://localhost:3000.evil.com</f>",
    );
  });

  test("normalises a base without a trailing slash", () => {
    const out = rewriteManifestUrls('<x a="https://localhost:3000/taskpane.html"/>', "https://localhost:3000", "https://cdn.example.com/cx");
    expect(out).toBe('<x a="https://cdn.example.com/cx/taskpane.html"/>');
  });

  test("rejects a production base that is not https", () => {
    expect(() => rewriteManifestUrls(MANIFEST, DEV_BASE_URL, "http://cx-analytics.example.com/")).toThrow(/must use https/);
    expect(() => rewriteManifestUrls(MANIFEST, DEV_BASE_URL, "cx-analytics.example.com")).toThrow(/not an absolute URL/);
    expect(() => rewriteManifestUrls(MANIFEST, DEV_BASE_URL, "")).toThrow(/empty/);
  });
});

describe("normaliseBaseUrl", () => {
  test.each([
    ["https://a.example.com", "https://a.example.com/"],
    ["https://a.example.com/", "https://a.example.com/"],
    ["  https://a.example.com/sub  ", "https://a.example.com/sub/"],
    ["https://a.example.com/sub/", "https://a.example.com/sub/"],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseBaseUrl(input, "test")).toBe(expected);
  });

  test.each(["http://a.example.com/", "ftp://a.example.com/", "https://a.example.com/?v=1", "https://a.example.com/#x", "/relative/"])(
    "rejects %j",
    (input) => {
      expect(() => normaliseBaseUrl(input, "CX_BASE_URL")).toThrow(/^CX_BASE_URL: /);
    },
  );
});

describe("productionBaseUrl", () => {
  let dir: string;
  let deployConfigPath: string; // absent unless a test writes it
  const writePackage = (content: unknown) => {
    const file = path.join(dir, "package.json");
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };
  const writeDeployConfig = (content: unknown) => {
    fs.writeFileSync(deployConfigPath, typeof content === "string" ? content : JSON.stringify(content));
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-manifest-urls-"));
    deployConfigPath = path.join(dir, "deploy.config.json");
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("CX_BASE_URL wins over package.json config", () => {
    const packageJsonPath = writePackage({ config: { prod_base_url: "https://from-package.example.com/" } });
    expect(productionBaseUrl({ env: { CX_BASE_URL: "https://from-env.example.com" }, packageJsonPath, deployConfigPath })).toBe(
      "https://from-env.example.com/",
    );
  });

  test("falls back to package.json config.prod_base_url, normalised", () => {
    const packageJsonPath = writePackage({ config: { prod_base_url: "https://from-package.example.com/cx" } });
    expect(productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toBe("https://from-package.example.com/cx/");
    expect(productionBaseUrl({ env: { CX_BASE_URL: "  " }, packageJsonPath, deployConfigPath })).toBe("https://from-package.example.com/cx/");
  });

  test("rejects http from either source", () => {
    const packageJsonPath = writePackage({ config: { prod_base_url: "http://from-package.example.com/" } });
    expect(() => productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toThrow(/config\.prod_base_url: .* must use https/);
    expect(() => productionBaseUrl({ env: { CX_BASE_URL: "http://from-env.example.com/" }, packageJsonPath, deployConfigPath })).toThrow(
      /^CX_BASE_URL: .* must use https/,
    );
  });

  test.each([
    ["no config", { name: "x" }],
    ["a config without the key", { config: { dev_server_port: 3000 } }],
    ["a non-string value", { config: { prod_base_url: 42 } }],
    ["malformed JSON", "{ not json"],
    ["a JSON array", "[1, 2]"],
  ])("explains what to set when package.json has %s", (_case, content) => {
    const packageJsonPath = writePackage(content);
    expect(() => productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toThrow(
      /set the CX_BASE_URL environment variable, \{ "baseUrl": "https:\/\/\.\.\." \} in .*deploy\.config\.json, or "config": \{ "prod_base_url"/,
    );
  });

  test("explains what to set when package.json is missing", () => {
    expect(() => productionBaseUrl({ env: {}, packageJsonPath: path.join(dir, "absent.json"), deployConfigPath })).toThrow(/CX_BASE_URL/);
  });

  describe("deploy.config.json", () => {
    test("wins over package.json and loses to CX_BASE_URL (env > deploy.config.json > package.json)", () => {
      const packageJsonPath = writePackage({ config: { prod_base_url: "https://from-package.example.com/" } });
      writeDeployConfig({ baseUrl: "https://from-config.example.com/cx" });
      expect(productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toBe("https://from-config.example.com/cx/");
      expect(productionBaseUrl({ env: { CX_BASE_URL: "https://from-env.example.com/" }, packageJsonPath, deployConfigPath })).toBe(
        "https://from-env.example.com/",
      );
      // An empty CX_BASE_URL counts as unset.
      expect(productionBaseUrl({ env: { CX_BASE_URL: "" }, packageJsonPath, deployConfigPath })).toBe("https://from-config.example.com/cx/");
    });

    test("is enough on its own, and other keys are ignored", () => {
      writeDeployConfig({ baseUrl: " https://from-config.example.com ", note: "staging" });
      expect(productionBaseUrl({ env: {}, packageJsonPath: path.join(dir, "absent.json"), deployConfigPath })).toBe(
        "https://from-config.example.com/",
      );
    });

    test("its URL is checked like the others, naming the file", () => {
      const packageJsonPath = writePackage({ config: { prod_base_url: "https://from-package.example.com/" } });
      writeDeployConfig({ baseUrl: "http://from-config.example.com/" });
      expect(() => productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toThrow(/deploy\.config\.json baseUrl: .* must use https/);
      writeDeployConfig({ baseUrl: "" });
      expect(() => productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toThrow(/deploy\.config\.json baseUrl: the base URL is empty/);
    });

    // A file that exists was written on purpose: it is never skipped in favour of package.json.
    test.each([
      ["malformed JSON", '{ "baseUrl": ', /deploy\.config\.json: not valid JSON/],
      ["a JSON array", '["https://a.example.com/"]', /deploy\.config\.json: expected a JSON object/],
      ["null", "null", /deploy\.config\.json: expected a JSON object/],
      ["no baseUrl", { baseURL: "https://a.example.com/" }, /deploy\.config\.json: has no "baseUrl"/],
      ["a non-string baseUrl", { baseUrl: 42 }, /deploy\.config\.json: "baseUrl" must be a string/],
    ])("is an error when it holds %s", (_case, content, message) => {
      const packageJsonPath = writePackage({ config: { prod_base_url: "https://from-package.example.com/" } });
      writeDeployConfig(content);
      expect(() => productionBaseUrl({ env: {}, packageJsonPath, deployConfigPath })).toThrow(message);
      // CX_BASE_URL still wins without reading it.
      expect(productionBaseUrl({ env: { CX_BASE_URL: "https://from-env.example.com/" }, packageJsonPath, deployConfigPath })).toBe(
        "https://from-env.example.com/",
      );
    });

    test("the committed example is a valid config, and the real file is git-ignored", () => {
      const example = path.join(ROOT, "deploy.config.example.json");
      expect(productionBaseUrl({ env: {}, packageJsonPath: path.join(dir, "absent.json"), deployConfigPath: example })).toBe(
        "https://cx-analytics.example.com/",
      );
      const ignored = fs.readFileSync(path.join(ROOT, ".gitignore"), "utf8").split(/\r?\n/);
      expect(ignored).toContain("deploy.config.json");
      expect(DEPLOY_CONFIG).toBe(path.join(ROOT, "deploy.config.json"));
    });
  });
});
