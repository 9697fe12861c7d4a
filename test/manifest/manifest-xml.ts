// Helpers for the manifest tests: parse manifest.xml with fast-xml-parser and walk its elements.
import { XMLParser } from "fast-xml-parser";

export type XmlNode = Record<string, unknown>;

export interface XmlElement {
  name: string;
  node: XmlNode;
  /** Names of the enclosing elements, outermost first. */
  ancestors: string[];
}

export function parseManifest(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    textNodeName: "#text",
    alwaysCreateTextNode: true,
  });
  return parser.parse(xml) as XmlNode;
}

/** Every element of the document, depth first, with its ancestors' names. */
export function allElements(root: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (name: string, value: unknown, ancestors: string[]) => {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item === null || typeof item !== "object") continue;
      const node = item as XmlNode;
      out.push({ name, node, ancestors });
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith("@_") || key === "#text") continue;
        visit(key, child, [...ancestors, name]);
      }
    }
  };
  for (const [key, value] of Object.entries(root)) {
    if (!key.startsWith("?")) visit(key, value, []);
  }
  return out;
}

export function attr(el: XmlElement, name: string): string | undefined {
  const value = el.node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

export function text(el: XmlElement): string {
  const value = el.node["#text"];
  return typeof value === "string" ? value.trim() : "";
}

export function named(elements: XmlElement[], name: string): XmlElement[] {
  return elements.filter((el) => el.name === name);
}

/** Resource ids defined in <Resources>, by kind. */
export function resources(elements: XmlElement[]): { images: Map<string, string>; urls: Map<string, string>; strings: Map<string, string> } {
  const collect = (name: string) =>
    new Map(
      named(elements, name)
        .filter((el) => el.ancestors.includes("Resources") && attr(el, "id") !== undefined)
        .map((el) => [attr(el, "id") as string, attr(el, "DefaultValue") ?? ""]),
    );
  return { images: collect("bt:Image"), urls: collect("bt:Url"), strings: collect("bt:String") };
}

/** The resid attributes that name no resource of any kind. */
export function unresolvedResids(elements: XmlElement[]): string[] {
  const { images, urls, strings } = resources(elements);
  return elements
    .map((el) => attr(el, "resid"))
    .filter((resid): resid is string => resid !== undefined && !images.has(resid) && !urls.has(resid) && !strings.has(resid));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error("not a PNG file");
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("PNG without IHDR first");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
