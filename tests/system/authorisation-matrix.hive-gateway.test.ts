import { authorisationMatrix } from './authorisation-matrix.suite';

// The same subgraphs and supergraph behind Hive Gateway (from npm) with the portal's principal
// plugin (src/hive-principal-plugin.ts): no cell may depend on our gateway.
authorisationMatrix('hive-gateway');
