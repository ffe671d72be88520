import { readFileSync } from 'fs';
import path from 'path';

/** The package under test: its folder and its name from package.json. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
export const PACKAGE_NAME: string = JSON.parse(
	readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'),
).name;
