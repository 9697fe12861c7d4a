export declare const FUNCTION_FILES: string[];
