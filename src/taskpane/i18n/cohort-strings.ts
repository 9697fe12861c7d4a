// Strings of the cohort wizard, in English and Simplified Chinese.
export const cohortEn = {} as const;

export const cohortZh: Record<keyof typeof cohortEn, string> = {};
