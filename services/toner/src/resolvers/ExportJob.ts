import { exportJobId, exportProgress } from '@portal/platform';
import type { ExportJobResolvers } from '../__generated__/resolvers-types';

export const ExportJob: ExportJobResolvers = {
  id: (job) => exportJobId(job),
  progress: (job) => exportProgress(job),
  downloadUrl: (job, _args, { exports }) => exports.downloadUrl(job, 'toner'),
};
