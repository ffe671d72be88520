/**
 * The package loaded as n8n users get it: `npm pack`, installed into <user folder>/.n8n/nodes
 * with `npm install --legacy-peer-deps <tgz>` like the Community Nodes panel (node types are
 * then n8n-nodes-ai-credits.<name>).
 */
import { describeExamples } from './support/exampleSuite';
import { COMMUNITY_PACKAGE } from './support/instance';

describeExamples(COMMUNITY_PACKAGE);
