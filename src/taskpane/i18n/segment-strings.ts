// Strings of the segment wizard, in English and Simplified Chinese.
export const segmentEn = {} as const;

export const segmentZh: Record<keyof typeof segmentEn, string> = {};
