import { execFileSync } from 'child_process';
import { PACKAGE_ROOT } from './support/packageInfo';

const pkg = require('../package.json');

interface PackEntry {
	files: Array<{ path: string }>;
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

	it('ships dist/ only: nothing from test/, no sources', () => {
		const outside = packed.filter(
			(file) =>
				!file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file),
		);
		expect(outside).toEqual([]);
		expect(packed.some((file) => file.includes('test/') || file.includes('sandbox'))).toBe(false);
		expect(packed.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false);
	});
});
