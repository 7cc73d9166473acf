export function extractFromHtml(_h: string): { text: string; meta: Record<string, never> } | null { return null; }
