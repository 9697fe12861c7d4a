// Production URLs for manifest.xml. The committed manifest points at the webpack dev server
// (https://localhost:3000/); the production build rewrites every occurrence of that base URL
// (and of its bare origin, as in <AppDomain>https://localhost:3000</AppDomain>) to the
// deployment base URL, the first of: the CX_BASE_URL environment variable, "baseUrl" in
// deploy.config.json at the repository root (git-ignored, per deployment; see
// deploy.config.example.json), package.json "config": { "prod_base_url" } (the committed default).
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";
const PACKAGE_JSON = path.join(__dirname, "..", "package.json");
const DEPLOY_CONFIG = path.join(__dirname, "..", "deploy.config.json");

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
 * "baseUrl" of the deploy config file, or undefined when there is no such file. A file that
 * exists was written on purpose, so a file that cannot be used is an error, not skipped.
 * @param {string} deployConfigPath
 * @returns {string | undefined}
 */
function readDeployConfigUrl(deployConfigPath) {
  let raw;
  try {
    raw = fs.readFileSync(deployConfigPath, "utf8");
  } catch (err) {
    if (err && err.code === "ENOENT") return undefined;
    throw new Error(`${deployConfigPath}: cannot be read (${err instanceof Error ? err.message : err}).`, { cause: err });
  }
  let config;
  try {
    config = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${deployConfigPath}: not valid JSON (${err instanceof Error ? err.message : err}); expected { "baseUrl": "https://..." }.`, {
      cause: err,
    });
  }
  if (!config || typeof config !== "object" || Array.isArray(config)) {
    throw new Error(`${deployConfigPath}: expected a JSON object such as { "baseUrl": "https://..." }.`);
  }
  if (!("baseUrl" in config)) throw new Error(`${deployConfigPath}: has no "baseUrl"; expected { "baseUrl": "https://..." }.`);
  if (typeof config.baseUrl !== "string") throw new Error(`${deployConfigPath}: "baseUrl" must be a string such as "https://cx-analytics.example.com/".`);
  return config.baseUrl;
}

/**
 * The production base URL, normalised to end with "/" and required to be https: CX_BASE_URL when
 * set and not empty, else "baseUrl" of deploy.config.json when that file exists, else
 * package.json config.prod_base_url.
 * @param {{ env?: Record<string, string | undefined>, packageJsonPath?: string, deployConfigPath?: string }} [options]
 * @returns {string}
 */
function productionBaseUrl({ env = process.env, packageJsonPath = PACKAGE_JSON, deployConfigPath = DEPLOY_CONFIG } = {}) {
  const fromEnv = env.CX_BASE_URL;
  if (typeof fromEnv === "string" && fromEnv.trim() !== "") return normaliseBaseUrl(fromEnv, "CX_BASE_URL");
  const fromConfig = readDeployConfigUrl(deployConfigPath);
  if (fromConfig !== undefined) return normaliseBaseUrl(fromConfig, `${deployConfigPath} baseUrl`);
  const fromPackage = readPackageConfigUrl(packageJsonPath);
  if (fromPackage !== undefined) return normaliseBaseUrl(fromPackage, `${packageJsonPath} config.prod_base_url`);
  throw new Error(
    "No production base URL for manifest.xml: set the CX_BASE_URL environment variable, " +
      `{ "baseUrl": "https://..." } in ${deployConfigPath}, or "config": { "prod_base_url": "https://..." } in ${packageJsonPath}.`,
  );
}

module.exports = { DEV_BASE_URL, DEPLOY_CONFIG, normaliseBaseUrl, rewriteManifestUrls, productionBaseUrl };
