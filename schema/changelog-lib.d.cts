export interface ClassifiedChange {
  kind: 'breaking' | 'dangerous' | 'safe';
  path: string | null;
  message: string;
}
export declare function classifiedChanges(
  oldSupergraphSdl: string,
  newSupergraphSdl: string,
): Promise<ClassifiedChange[]>;
export declare function schemaVersions(
  rootDir: string,
  today?: string,
): { commit: string | null; date: string; sdl: string }[];
export declare function changelogMarkdown(
  rootDir: string,
  options?: { today?: string },
): Promise<string>;
