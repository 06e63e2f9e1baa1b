/** The contract's answer to POST /translate (DESIGN.md section 3). Pure types: no Nest imports. */

export const LANGUAGES = [
  'python',
  'javascript',
  'typescript',
  'java',
  'kotlin',
  'go',
  'rust',
  'csharp',
  'c',
  'cpp',
  'ruby',
  'php',
  'swift',
  'sql',
  'shell',
  'docker',
  'kubernetes',
  'git',
  'unknown',
] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATEGORIES = [
  'syntax',
  'type',
  'name',
  'null',
  'dependency',
  'io',
  'network',
  'database',
  'memory',
  'concurrency',
  'permission',
  'configuration',
  'build',
  'runtime',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Fix {
  title: string;
  steps: string[];
  code: string | null;
}

export interface Reference {
  title: string;
  url: string;
}

export interface Translation {
  language: Language;
  error_type: string;
  category: Category;
  summary: string;
  explanation: string;
  causes: string[];
  fixes: Fix[];
  references: Reference[];
  /** 0..1: how sure the engine is that it recognised this error. */
  confidence: number;
  engine: string;
}

export interface TranslationRequest {
  error: string;
  /** A hint from the caller; the engine may overrule it when the text says otherwise. */
  language?: Language;
  context?: string;
}
