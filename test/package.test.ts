import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { PACKAGE_VERSION, USER_AGENT } from '../nodes/shared/transport/userAgent';
import { repositoryWebUrl } from '../scripts/release/changelog';
import { PACKAGE_ROOT } from './support/packageInfo';

const pkg = require('../package.json');

/** The package's GitHub repository, as package.json's `repository` names it. */
const REPOSITORY = 'https://github.com/n8n-nodes-ai-credits/n8n-nodes-ai-credits';

/** What npm packs whatever `files` says (npm-packlist's always-included files). */
const ALWAYS_PACKED = ['package.json', 'README.md', 'LICENSE'];

interface PackEntry {
	files: Array<{ path: string }>;
}

/** n8n's fixed list of codex categories for node builders (docs: Creating nodes › Node codex files). */
const CODEX_CATEGORIES = [
	'Data & Storage',
	'Finance & Accounting',
	'Marketing & Content',
	'Productivity',
	'Miscellaneous',
	'Sales',
	'Development',
	'Analytics',
	'Communication',
	'Utility',
];

interface Codex {
	node: string;
	nodeVersion: string;
	codexVersion: string;
	categories: string[];
	subcategories?: Record<string, string[]>;
	alias?: string[];
	resources: Record<string, Array<{ url: string }>>;
}

/** The anchors GitHub gives README headings (`## Nodes` → `nodes`), plus `readme` itself. */
function readmeAnchors(): string[] {
	const readme = readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
	const headings = [...readme.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((match) =>
		match[1]
			.toLowerCase()
			.replace(/[^\p{L}\p{N} _-]/gu, '')
			.replace(/ /g, '-'),
	);
	return ['readme', ...headings];
}

describe('the published package', () => {
	const packed: string[] = (
		JSON.parse(
			execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
				cwd: PACKAGE_ROOT,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}),
		) as PackEntry[]
	)[0].files.map((file) => file.path);

	it('names its own version in the User-Agent it sends', () => {
		expect(PACKAGE_VERSION).toBe(pkg.version);
		expect(USER_AGENT).toBe(`n8n-nodes-ai-credits/${pkg.version}`);
	});

	it('follows the community-node rules', () => {
		expect(pkg.name).toMatch(/^n8n-nodes-/);
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
	});

	it('contains every node and credential the n8n section names, with their icons', () => {
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(packed).toContain(file);
		}
		const icons = packed.filter((file) => file.endsWith('.svg'));
		expect(icons).toEqual(
			expect.arrayContaining([
				'dist/nodes/AiCredits/aiCredits.svg',
				'dist/nodes/AiCredits/aiCredits.dark.svg',
				'dist/credentials/icons/gamma.svg',
				'dist/credentials/icons/stabilityAi.dark.svg',
				'dist/credentials/icons/imagineArt.svg',
			]),
		);
	});

	it('ships a codex beside every node, with n8n categories and https docs links', () => {
		const anchors = readmeAnchors();
		for (const nodeFile of pkg.n8n.nodes as string[]) {
			// n8n loads `<Node>.node.json` from beside `<Node>.node.js` (the loader's `${filePath}on`).
			const codexFile = nodeFile.replace(/\.js$/, '.json');
			expect(packed).toContain(codexFile);
			const codex = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, codexFile), 'utf8')) as Codex;

			const NodeClass = require(path.join(PACKAGE_ROOT, nodeFile))[
				path.basename(nodeFile, '.node.js')
			];
			const { description } = new NodeClass();
			expect(codex.node).toBe(`${pkg.name}.${description.name}`);
			expect(Number(codex.nodeVersion)).toBe(Math.max(...[description.version].flat()));
			expect(codex.nodeVersion).toMatch(/^\d+\.\d+$/);
			expect(codex.codexVersion).toBe('1.0');

			expect(codex.categories.length).toBeGreaterThan(0);
			for (const category of codex.categories) expect(CODEX_CATEGORIES).toContain(category);
			for (const category of Object.keys(codex.subcategories ?? {})) {
				expect(codex.categories).toContain(category);
			}
			for (const alias of codex.alias ?? []) expect(alias.trim()).not.toBe('');

			const docs = ['primaryDocumentation'];
			if ((description.credentials ?? []).length > 0) docs.push('credentialDocumentation');
			for (const kind of docs) {
				expect(codex.resources[kind]?.length).toBeGreaterThan(0);
				for (const { url } of codex.resources[kind]) {
					expect(new URL(url).protocol).toBe('https:');
					expect(url.startsWith(`${REPOSITORY}#`)).toBe(true);
					expect(anchors).toContain(new URL(url).hash.slice(1));
				}
			}
		}
	});

	it('names one repository in repository, bugs, homepage, the README and the CHANGELOG', () => {
		// npm's provenance is checked against repository.url, and n8n's verification against the
		// GitHub repository it names; `git+https://…git` is the form npm would correct it to.
		expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
		expect(repositoryWebUrl(pkg.repository)).toBe(REPOSITORY);
		expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
		expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
		for (const file of ['README.md', 'CHANGELOG.md']) {
			const text = readFileSync(path.join(PACKAGE_ROOT, file), 'utf8');
			const links = [
				...text.matchAll(/https:\/\/github\.com\/[^\s)>\]]*n8n-nodes-ai-credits[^\s)>\]]*/g),
			];
			expect(links.length).toBeGreaterThan(0);
			for (const [link] of links)
				expect(`${file}: ${link}`).toMatch(new RegExp(`^${file}: ${REPOSITORY}(?:[/#]|$)`));
		}
	});

	it('packs what `files` names, and registers every node and credential it packs', () => {
		const listed = pkg.files as string[];
		const covered = (file: string) =>
			ALWAYS_PACKED.includes(file) ||
			listed.some((entry) => file === entry || file.startsWith(`${entry.replace(/\/$/, '')}/`));
		expect(packed.filter((file) => !covered(file))).toEqual([]);
		for (const entry of listed) {
			expect(packed.some((file) => file === entry || file.startsWith(`${entry}/`))).toBe(true);
		}
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) expect(covered(file)).toBe(true);
		// A node or credential that is packed but not in the n8n section is one n8n never loads.
		expect(packed.filter((file) => file.endsWith('.node.js')).sort()).toEqual(
			[...pkg.n8n.nodes].sort(),
		);
		expect(packed.filter((file) => file.endsWith('.credentials.js')).sort()).toEqual(
			[...pkg.n8n.credentials].sort(),
		);
	});

	it('ships dist/ only: nothing from test/, no sources', () => {
		const outside = packed.filter(
			(file) => !file.startsWith('dist/') && !ALWAYS_PACKED.includes(file),
		);
		expect(outside).toEqual([]);
		expect(packed.some((file) => file.includes('test/') || file.includes('sandbox'))).toBe(false);
		expect(packed.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false);
	});
});
