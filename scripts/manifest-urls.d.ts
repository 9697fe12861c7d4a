// Types of scripts/manifest-urls.js (CommonJS, used by webpack.config.js and the tests).
export declare const DEV_BASE_URL: string;
/** deploy.config.json at the repository root: { "baseUrl": "https://..." }, git-ignored. */
export declare const DEPLOY_CONFIG: string;
export declare function normaliseBaseUrl(url: unknown, source: string): string;
export declare function rewriteManifestUrls(xml: string, devBase: string | undefined, prodBase: string): string;
export declare function productionBaseUrl(options?: {
  env?: Record<string, string | undefined>;
  packageJsonPath?: string;
  deployConfigPath?: string;
}): string;
