// Strings of the kano wizard, in English and Simplified Chinese.
export const kanoEn = {} as const;

export const kanoZh: Record<keyof typeof kanoEn, string> = {};
