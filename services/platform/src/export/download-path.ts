/** Where a subgraph serves an export's file (the gateway forwards /exports/<subgraph> here). */
export const EXPORT_DOWNLOAD_PATH = '/exports/download';
