const path = require('path');
const { task, src, dest, parallel } = require('gulp');

// Static files tsc does not emit: icons, and each node's codex (`<Node>.node.json`, which n8n
// reads from beside the built `<Node>.node.js` for the panel's categories, aliases and docs links).
task('build:icons', parallel(copyNodeIcons, copyNodeCodex, copyCredentialIcons));

function copyNodeIcons() {
	return src(path.resolve('nodes', '**', '*.{png,svg}'), { encoding: false }).pipe(
		dest(path.resolve('dist', 'nodes')),
	);
}

function copyNodeCodex() {
	return src(path.resolve('nodes', '**', '*.node.json')).pipe(dest(path.resolve('dist', 'nodes')));
}

function copyCredentialIcons() {
	return src(path.resolve('credentials', '**', '*.{png,svg}'), { encoding: false }).pipe(
		dest(path.resolve('dist', 'credentials')),
	);
}
