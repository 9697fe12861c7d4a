// Strings of the voc wizard, in English and Simplified Chinese.
export const vocEn = {} as const;

export const vocZh: Record<keyof typeof vocEn, string> = {};
