import { entities } from './entities';
import { migrations } from './migrations';

export { entities, migrations };
