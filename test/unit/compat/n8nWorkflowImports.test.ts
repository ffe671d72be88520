/**
 * The package runs on the n8n-workflow of the n8n that loads it, not on the one it was built
 * against. Every name the built code reads from n8n-workflow must therefore exist in each listed
 * version's n8n-workflow (e2e/n8n/versions.json; the tarballs come from
 * scripts/fetch-n8n-workflow.sh). A name some version lacks may only be read behind a
 * `typeof … === 'function'` check in the same file, as the sleep helper does.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { PACKAGE_ROOT } from '../../support/packageInfo';
import { N8N_VERSIONS, n8nWorkflowFixture } from '../../support/n8nVersions';

interface FileImports {
	file: string;
	names: Set<string>;
	/** Names this file reads only after checking `typeof binding.name === 'function'`. */
	guarded: Set<string>;
}

function builtFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return builtFiles(full);
		return entry.name.endsWith('.js') ? [full] : [];
	});
}

const BINDING = /(?:const|var|let) (\w+) = (?:__importStar\()?require\("n8n-workflow"\)\)?;/g;

/** What each built file reads from n8n-workflow (TypeScript compiles imports to `binding.name`). */
export function readImports(source: string, file: string): FileImports {
	const imports: FileImports = { file, names: new Set(), guarded: new Set() };
	const requires = source.match(/require\("n8n-workflow[^"]*"\)/g) ?? [];
	const bindings = [...source.matchAll(BINDING)].map((match) => match[1]);
	if (requires.length !== bindings.length) {
		throw new Error(`${file} requires n8n-workflow in a form this test cannot read`);
	}
	for (const binding of bindings) {
		for (const match of source.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) {
			imports.names.add(match[1]);
		}
		const guard = new RegExp(`typeof ${binding}\\.(\\w+) === 'function'`, 'g');
		for (const match of source.matchAll(guard)) imports.guarded.add(match[1]);
	}
	return imports;
}

/** The names a version's n8n-workflow exports, from its published type declarations. */
function exportedNames(packageFolder: string): Set<string> {
	const entry = path.join(packageFolder, 'dist', 'cjs', 'index.d.ts');
	const program = ts.createProgram([entry], { noEmit: true, skipLibCheck: true, types: [] });
	const checker = program.getTypeChecker();
	const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
	const names = new Set<string>();
	for (const symbol of checker.getExportsOfModule(module)) {
		const typeOnly = (symbol.declarations ?? []).every(
			(declaration) =>
				(ts.isExportSpecifier(declaration) &&
					(declaration.isTypeOnly || declaration.parent.parent.isTypeOnly)) ||
				ts.isInterfaceDeclaration(declaration) ||
				ts.isTypeAliasDeclaration(declaration),
		);
		if (!typeOnly || (symbol.declarations ?? []).length === 0) names.add(symbol.getName());
	}
	return names;
}

const dist = path.join(PACKAGE_ROOT, 'dist');
const imports = builtFiles(dist)
	.map((file) => readImports(readFileSync(file, 'utf8'), path.relative(dist, file)))
	.filter((found) => found.names.size > 0);

describe('the names dist/ reads from n8n-workflow', () => {
	it('are found (the test reads the built code, not nothing)', () => {
		const all = new Set(imports.flatMap((found) => [...found.names]));
		for (const name of ['NodeApiError', 'NodeOperationError', 'NodeConnectionTypes']) {
			expect(all.has(name)).toBe(true);
		}
	});

	it('a guarded read is recognised, an unguarded one is not', () => {
		const source = [
			'const n8n_workflow_1 = require("n8n-workflow");',
			'const w = __importStar(require("n8n-workflow"));',
			"if (typeof w.sleepWithAbort === 'function') await w.sleepWithAbort(1);",
			'(0, n8n_workflow_1.sleep)(1); throw new n8n_workflow_1.NodeApiError();',
		].join('\n');
		const found = readImports(source, 'example.js');
		expect([...found.names].sort()).toEqual(['NodeApiError', 'sleep', 'sleepWithAbort']);
		expect([...found.guarded]).toEqual(['sleepWithAbort']);
		expect(() => readImports('const x = require("n8n-workflow/dist/utils");', 'x.js')).toThrow(
			/cannot read/,
		);
	});

	describe.each(N8N_VERSIONS.map((version) => [version.n8n, version]))(
		'in n8n %s',
		(_, version) => {
			const folder = n8nWorkflowFixture(version.n8nWorkflow);

			it(`the fixture is n8n-workflow ${version.n8nWorkflow}`, () => {
				if (!existsSync(path.join(folder, 'package.json'))) {
					throw new Error(`${folder} is missing: run bash scripts/fetch-n8n-workflow.sh`);
				}
				expect(JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version).toBe(
					version.n8nWorkflow,
				);
			});

			it(`every name exists in n8n-workflow ${version.n8nWorkflow}, or is read behind a typeof check`, () => {
				const exported = exportedNames(folder);
				expect(exported.size).toBeGreaterThan(100);
				const missing = imports.flatMap((found) =>
					[...found.names]
						.filter((name) => !exported.has(name) && !found.guarded.has(name))
						.map((name) => `${found.file}: ${name}`),
				);
				expect(missing).toEqual([]);
			});

			it('the sleep helper has a cancellable sleep to call', () => {
				const exported = exportedNames(folder);
				expect(exported.has('sleepWithAbort') || exported.has('sleep')).toBe(true);
			});
		},
	);
});
