// Production URLs for manifest.xml. The committed manifest points at the webpack dev server
// (https://localhost:3000/); the production build rewrites every occurrence of that base URL
// (and of its bare origin, as in <AppDomain>https://localhost:3000</AppDomain>) to the
// deployment base URL: CX_BASE_URL if set, else package.json "config": { "prod_base_url" }.
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";
const PACKAGE_JSON = path.join(__dirname, "..", "package.json");

/**
 * Checks that `url` is an absolute https URL and returns it ending with "/".
 * @param {unknown} url
 * @param {string} source where the URL came from, for the error message
 * @returns {string}
 */
function normaliseBaseUrl(url, source) {
  const text = typeof url === "string" ? url.trim() : "";
  if (text === "") throw new Error(`${source}: the base URL is empty.`);
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`${source}: "${text}" is not an absolute URL (expected e.g. https://cx-analytics.example.com/).`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`${source}: "${text}" must use https (Office loads add-in pages only over https).`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`${source}: "${text}" must be a plain base URL, without a query or fragment.`);
  }
  return text.endsWith("/") ? text : `${text}/`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces every occurrence of `devBase` in `xml` with `prodBase`, and the bare origin of
 * `devBase` (not followed by more URL characters, e.g. in <AppDomain>) with the origin of
 * `prodBase`. Both bases are checked and normalised to end with "/".
 * @param {string} xml
 * @param {string} [devBase]
 * @param {string} prodBase
 * @returns {string}
 */
function rewriteManifestUrls(xml, devBase = DEV_BASE_URL, prodBase) {
  const dev = normaliseBaseUrl(devBase, "development base URL");
  const prod = normaliseBaseUrl(prodBase, "production base URL");
  const devOrigin = new URL(dev).origin;
  const prodOrigin = new URL(prod).origin;
  return xml
    .split(dev)
    .join(prod)
    .replace(new RegExp(`${escapeRegExp(devOrigin)}(?![\\w/:.%-])`, "g"), prodOrigin);
}

function readPackageConfigUrl(packageJsonPath) {
  let pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(packageJsonPath, "utf8"));
  } catch {
    return undefined;
  }
  const config = pkg && typeof pkg === "object" ? pkg.config : undefined;
  const url = config && typeof config === "object" ? config.prod_base_url : undefined;
  return typeof url === "string" && url.trim() !== "" ? url : undefined;
}

/**
 * The production base URL: CX_BASE_URL when set and not empty, else package.json
 * config.prod_base_url; normalised to end with "/" and required to be https.
 * @param {{ env?: Record<string, string | undefined>, packageJsonPath?: string }} [options]
 * @returns {string}
 */
function productionBaseUrl({ env = process.env, packageJsonPath = PACKAGE_JSON } = {}) {
  const fromEnv = env.CX_BASE_URL;
  if (typeof fromEnv === "string" && fromEnv.trim() !== "") return normaliseBaseUrl(fromEnv, "CX_BASE_URL");
  const fromPackage = readPackageConfigUrl(packageJsonPath);
  if (fromPackage !== undefined) return normaliseBaseUrl(fromPackage, `${packageJsonPath} config.prod_base_url`);
  throw new Error(
    "No production base URL for manifest.xml: set the CX_BASE_URL environment variable or " +
      `"config": { "prod_base_url": "https://..." } in ${packageJsonPath}.`,
  );
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls, productionBaseUrl };
