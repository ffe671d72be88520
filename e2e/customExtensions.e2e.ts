/**
 * The package loaded as a developer or a self-hosted admin does: N8N_CUSTOM_EXTENSIONS pointing
 * at the package folder (n8n then names the node types CUSTOM.<name>).
 */
import { describeExamples } from './support/exampleSuite';
import { CUSTOM_EXTENSIONS } from './support/instance';

describeExamples(CUSTOM_EXTENSIONS);
