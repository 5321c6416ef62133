/** One file an export writes: its path relative to the output folder (forward slashes) and its content. */
export interface ExportFile {
  path: string;
  content: string;
}
