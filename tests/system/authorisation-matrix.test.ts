import { authorisationMatrix } from './authorisation-matrix.suite';

authorisationMatrix('gateway');
