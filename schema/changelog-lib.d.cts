export interface ClassifiedChange {
  kind: 'breaking' | 'dangerous' | 'safe';
  path: string | null;
  message: string;
}
export declare function classifiedChanges(
  oldSupergraphSdl: string,
  newSupergraphSdl: string,
): Promise<ClassifiedChange[]>;
export declare function committedVersions(
  rootDir: string,
): { commit: string; date: string; sdl: string }[];
export declare function changelogMarkdown(rootDir: string): Promise<string>;
