// Types of scripts/bump-version.js (CommonJS, run by `npm run version:bump` and the tests).
export type VersionPart = "major" | "minor" | "patch" | "revision";
export declare function manifestVersion(xml: string): number[];
export declare function bumped(version: number[], part: VersionPart): number[];
export declare function withManifestVersion(xml: string, version: number[]): string;
export declare function bumpVersion(options: { root: string; part?: VersionPart; write?: boolean }): {
  from: string;
  to: string;
  packageFrom: string;
  packageTo: string;
  files: string[];
};
export declare function parseArgs(argv: string[]): { root: string; part: VersionPart; write: boolean };
