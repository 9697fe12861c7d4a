// Strings of the experiment wizard, in English and Simplified Chinese.
export const experimentEn = {} as const;

export const experimentZh: Record<keyof typeof experimentEn, string> = {};
