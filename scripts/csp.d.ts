export declare const OFFICE_CDN: string;
export declare function contentSecurityPolicy(options: { dev: boolean }): string;
