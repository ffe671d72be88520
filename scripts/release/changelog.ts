/**
 * What a release must agree on: the tag (vX.Y.Z), package.json's version and CHANGELOG.md (Keep a
 * Changelog 1.1.0: an `## [Unreleased]` section, then `## [X.Y.Z] - YYYY-MM-DD` sections newest
 * first, link references at the bottom). Pure: the caller reads the files. `scripts/release-check.ts`
 * is its command line; the publish workflow runs it before `npm publish`.
 */

export const UNRELEASED = 'Unreleased';

/** npm's trusted publishing (OIDC) needs npm CLI 11.5.1 or later and Node 22.14.0 or later. */
export const TRUSTED_PUBLISHING_NPM = '11.5.1';
export const TRUSTED_PUBLISHING_NODE = '22.14.0';
export const TRUSTED_PUBLISHING_DOCS = 'https://docs.npmjs.com/trusted-publishers';

const RELEASE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HEADING = /^## \[([^\]]+)\](.*)$/;
const LINK_REFERENCE = /^\[([^\]]+)\]:\s*(\S+)\s*$/;

export interface ChangelogSection {
	/** `Unreleased` or a version, as written between the brackets. */
	name: string;
	/** What follows ` - ` after the brackets (the release date), if anything. */
	date?: string;
	/** 1-based line of the `## [...]` heading. */
	line: number;
	/** The lines under the heading up to the next section or the link references, trimmed. */
	body: string;
}

export interface Changelog {
	sections: ChangelogSection[];
	/** Link reference definitions (`[label]: url`), by label as written. */
	links: Map<string, string>;
}

export function parseChangelog(text: string): Changelog {
	const sections: ChangelogSection[] = [];
	const links = new Map<string, string>();
	let current: { section: ChangelogSection; lines: string[] } | undefined;
	const close = () => {
		if (current) current.section.body = current.lines.join('\n').trim();
	};
	const lines = text.split(/\r?\n/);
	for (const [index, line] of lines.entries()) {
		const heading = HEADING.exec(line);
		if (heading) {
			close();
			const rest = heading[2].trim();
			const date = /^-\s+(\S+)/.exec(rest)?.[1];
			const section: ChangelogSection = { name: heading[1], line: index + 1, body: '' };
			if (date !== undefined) section.date = date;
			sections.push(section);
			current = { section, lines: [] };
			continue;
		}
		const link = LINK_REFERENCE.exec(line);
		if (link) {
			links.set(link[1], link[2]);
			continue;
		}
		// Another level-2 heading (not a release) ends the section before it.
		if (/^##? /.test(line)) {
			close();
			current = undefined;
			continue;
		}
		current?.lines.push(line);
	}
	close();
	return { sections, links };
}

/** `https://github.com/owner/repo` from package.json's repository (string or `{ url }`). */
export function repositoryWebUrl(repository: unknown): string {
	const url =
		typeof repository === 'string'
			? repository
			: (repository as { url?: unknown } | undefined)?.url;
	if (typeof url !== 'string' || url === '') return '';
	return url
		.replace(/^git\+/, '')
		.replace(/^git:\/\//, 'https://')
		.replace(/\.git$/, '')
		.replace(/\/$/, '');
}

function isRealDate(date: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return false;
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function compareVersions(a: string, b: string): number {
	const [x, y] = [a, b].map((version) => version.split(/[.-]/).map((part) => Number(part) || 0));
	for (let i = 0; i < 3; i++) {
		if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
	}
	return 0;
}

export interface ReleaseInputs {
	/** The git tag being released (`v1.2.3`); without one, package.json's version is checked. */
	tag?: string;
	packageVersion: string;
	changelog: string;
	/** package.json's repository, as `https://github.com/owner/repo`. */
	repositoryUrl: string;
}

/**
 * Every way the tag, package.json's version and CHANGELOG.md disagree, each as a sentence that
 * says what to change. Empty when they agree.
 */
export function releaseProblems({
	tag,
	packageVersion,
	changelog,
	repositoryUrl,
}: ReleaseInputs): string[] {
	const problems: string[] = [];
	if (!RELEASE_VERSION.test(packageVersion)) {
		problems.push(
			`package.json's version "${packageVersion}" is not <major>.<minor>.<patch> (for example 0.2.0)`,
		);
	}
	let version = packageVersion;
	if (tag !== undefined) {
		const tagged = /^v(.*)$/.exec(tag)?.[1];
		if (tagged === undefined || !RELEASE_VERSION.test(tagged)) {
			problems.push(
				`the tag "${tag}" is not v<major>.<minor>.<patch> (for example v0.2.0): only such tags are published`,
			);
			return problems;
		}
		version = tagged;
		if (tagged !== packageVersion) {
			problems.push(
				`the tag ${tag} is version ${tagged}, but package.json's version is ${packageVersion}: set package.json's version to ${tagged} (npm version ${tagged} --no-git-tag-version) in the commit you tag, or tag v${packageVersion}`,
			);
		}
	}

	const { sections, links } = parseChangelog(changelog);
	const seen = new Map<string, number>();
	for (const section of sections) {
		const first = seen.get(section.name);
		if (first !== undefined) {
			problems.push(
				`CHANGELOG.md has the section [${section.name}] twice (lines ${first} and ${section.line})`,
			);
		}
		seen.set(section.name, section.line);
	}

	const unreleased = sections.find((section) => section.name === UNRELEASED);
	if (!unreleased) {
		problems.push(
			`CHANGELOG.md has no "## [${UNRELEASED}]" section: Keep a Changelog keeps one above the releases, for changes not released yet`,
		);
	} else if (sections[0] !== unreleased) {
		problems.push(
			`CHANGELOG.md's first section is [${sections[0].name}] (line ${sections[0].line}): "## [${UNRELEASED}]" comes first, then the releases, newest first`,
		);
	}

	const releases = sections.filter((section) => section.name !== UNRELEASED);
	for (const release of releases) {
		if (!RELEASE_VERSION.test(release.name)) {
			problems.push(
				`CHANGELOG.md's section [${release.name}] (line ${release.line}) does not name a version <major>.<minor>.<patch>`,
			);
		}
	}
	for (let i = 1; i < releases.length; i++) {
		if (compareVersions(releases[i - 1].name, releases[i].name) <= 0) {
			problems.push(
				`CHANGELOG.md lists [${releases[i - 1].name}] (line ${releases[i - 1].line}) above [${releases[i].name}] (line ${releases[i].line}): releases go newest first`,
			);
		}
	}

	const section = releases.find((release) => release.name === version);
	if (!section) {
		problems.push(
			`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move what [${UNRELEASED}] lists for this release into one`,
		);
		return problems;
	}
	if (section.date === undefined) {
		problems.push(
			`CHANGELOG.md's section [${version}] (line ${section.line}) has no release date: write its heading as "## [${version}] - YYYY-MM-DD"`,
		);
	} else if (!isRealDate(section.date)) {
		problems.push(
			`CHANGELOG.md's section [${version}] (line ${section.line}) has the date "${section.date}", not a real YYYY-MM-DD date`,
		);
	}
	if (!/^\s*[-*] \S/m.test(section.body)) {
		problems.push(
			`CHANGELOG.md's section [${version}] (line ${section.line}) lists no change: a release lists what changed under ### Added, Changed, Deprecated, Removed, Fixed or Security`,
		);
	}
	if (releases[0] !== section) {
		problems.push(
			`CHANGELOG.md's newest release is [${releases[0].name}] (line ${releases[0].line}), not [${version}]: the version released is the section right under [${UNRELEASED}]`,
		);
	}

	const link = links.get(version);
	const previous = releases[releases.indexOf(section) + 1]?.name;
	const expectedLink = previous
		? `${repositoryUrl}/compare/v${previous}...v${version}`
		: `${repositoryUrl}/releases/tag/v${version}`;
	if (link === undefined) {
		problems.push(
			`CHANGELOG.md has no link reference for [${version}]: add "[${version}]: ${expectedLink}" at the bottom`,
		);
	} else if (!link.startsWith(`${repositoryUrl}/`) || !link.endsWith(`v${version}`)) {
		problems.push(
			`CHANGELOG.md's link for [${version}] is ${link}, not this repository's v${version}: use ${expectedLink}`,
		);
	}
	if (releases[0] === section) {
		const expectedUnreleased = `${repositoryUrl}/compare/v${version}...HEAD`;
		const unreleasedLink = links.get(UNRELEASED);
		if (unreleasedLink !== expectedUnreleased) {
			problems.push(
				unreleasedLink === undefined
					? `CHANGELOG.md has no link reference for [${UNRELEASED}]: add "[${UNRELEASED}]: ${expectedUnreleased}" at the bottom`
					: `CHANGELOG.md's link for [${UNRELEASED}] is ${unreleasedLink}: after ${version} it is ${expectedUnreleased}`,
			);
		}
	}
	return problems;
}

/**
 * The body of a version's section, for its GitHub Release, with the definitions of the link
 * references it uses appended (they live at the bottom of the file). Throws when there is none.
 */
export function releaseNotes(changelog: string, version: string): string {
	const { sections, links } = parseChangelog(changelog);
	const section = sections.find((candidate) => candidate.name === version);
	if (!section) throw new Error(`CHANGELOG.md has no section [${version}]`);
	if (section.body === '') throw new Error(`CHANGELOG.md's section [${version}] is empty`);
	const used = [...section.body.matchAll(/\[([^\]]+)\](?![(:[])/g)]
		.map((match) => match[1])
		.filter((label, index, all) => links.has(label) && all.indexOf(label) === index);
	const definitions = used.map((label) => `[${label}]: ${links.get(label)}`);
	return [section.body, ...(definitions.length ? ['', ...definitions] : [])].join('\n') + '\n';
}

/** Why the npm and Node at hand cannot publish through npm's trusted publishing, if they cannot. */
export function publishingToolProblems(npmVersion: string, nodeVersion: string): string[] {
	const problems: string[] = [];
	const npm = npmVersion.trim().replace(/^v/, '');
	const node = nodeVersion.trim().replace(/^v/, '');
	if (compareVersions(npm, TRUSTED_PUBLISHING_NPM) < 0) {
		problems.push(
			`npm ${npm} cannot publish through trusted publishing, which needs npm ${TRUSTED_PUBLISHING_NPM} or later (${TRUSTED_PUBLISHING_DOCS}): publish on Node 24, whose npm is 11`,
		);
	}
	if (compareVersions(node, TRUSTED_PUBLISHING_NODE) < 0) {
		problems.push(
			`Node ${node} cannot publish through trusted publishing, which needs Node ${TRUSTED_PUBLISHING_NODE} or later (${TRUSTED_PUBLISHING_DOCS})`,
		);
	}
	return problems;
}
