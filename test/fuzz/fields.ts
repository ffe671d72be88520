/**
 * The fuzzed fields of an operation, read from the node's own description: every parameter the
 * operation shows (collection options as `collection.option`), each with a generator that fits
 * its declared type (options: declared values and bad ones; numbers: within the declared bounds
 * and far outside; JSON: malformed and hostile).
 */
import fc from 'fast-check';
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { AiCredits } from '../../nodes/AiCredits/AiCredits.node';
import {
	badBoolean,
	badJson,
	badNumber,
	badOption,
	badString,
	field,
	goodNumber,
	goodOption,
} from './arbitraries';
import { rowKey } from './harness';

const OVERRIDE_KEYS = [
	'creditsPerCard',
	'templateExtraPerCard',
	'imageModels',
	'newImageModels',
	'imageTiers',
	'services',
	'newServices',
	'engines',
	'legacyBaseAt50Steps',
	'usdPerCredit',
	'models',
	'newModels',
	'promptEnhancerMaxExtra',
	'apiStyles',
];

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show ?? {};
	const resources = show.resource as string[] | undefined;
	const operations = show.operation as string[] | undefined;
	return (
		(!resources || resources.includes(resource)) && (!operations || operations.includes(operation))
	);
}

function arbitraryOf(property: INodeProperties, good: Record<string, fc.Arbitrary<unknown>>) {
	const { type, typeOptions } = property;
	const given = good[property.name];
	if (type === 'options') {
		const values = (property.options as INodePropertyOptions[]).map((o) => String(o.value));
		return field(given ?? goodOption(values), badOption(values));
	}
	if (type === 'number') {
		const min = (typeOptions?.minValue as number | undefined) ?? 0;
		const max = (typeOptions?.maxValue as number | undefined) ?? min + 1000;
		return field(given ?? goodNumber(Math.max(min, 1), max), badNumber);
	}
	if (type === 'boolean') return field(given ?? fc.boolean(), badBoolean);
	if (type === 'json') return field(given ?? fc.constant('{}'), badJson(OVERRIDE_KEYS));
	if (type === 'resourceLocator') {
		return field(
			given ?? fc.constant(''),
			fc.oneof(badString, fc.constant({ __rl: true, mode: 'id', value: { a: 1 } })),
		);
	}
	return field(given ?? fc.constant('Fuzz'), badString);
}

/** Paths to fuzz and their generators, for one operation of the AI Credits node. */
export function operationFields(
	resource: string,
	operation: string,
	options: {
		skip?: readonly string[];
		/** Good values that the sandbox knows (a template id), by parameter name. */
		good?: Record<string, fc.Arbitrary<unknown>>;
		/** Another node's properties (every one is shown): the Credit Gate's. */
		properties?: readonly INodeProperties[];
	} = {},
): Record<string, fc.Arbitrary<unknown>> {
	const fields: Record<string, fc.Arbitrary<unknown>> = {};
	const skip = new Set(['resource', 'operation', ...(options.skip ?? [])]);
	const good = options.good ?? {};
	for (const property of options.properties ?? new AiCredits().description.properties) {
		if (skip.has(property.name) || !shownFor(property, resource, operation)) continue;
		if (property.type === 'notice') continue;
		if (property.type === 'collection') {
			for (const option of property.options as INodeProperties[]) {
				const path = `${property.name}.${option.name}`;
				if (skip.has(path) || fields[path]) continue;
				fields[path] =
					option.type === 'fixedCollection'
						? field(
								fc.constant({}),
								fc.oneof(badString, fc.constant({ elements: [{ type: 'constructor' }] })),
							)
						: arbitraryOf(option, good);
			}
			continue;
		}
		fields[property.name] ??= arbitraryOf(property, good);
	}
	return fields;
}

/** A row: each fuzzed path under its row key; absent ones left out. */
export function rowOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<IDataObject> {
	const record: Record<string, fc.Arbitrary<unknown>> = {};
	for (const [path, arbitrary] of Object.entries(fields)) record[rowKey(path)] = arbitrary;
	return fc.record(record).map((row) => {
		const clean: IDataObject = {};
		for (const [key, value] of Object.entries(row)) {
			if (value !== undefined) clean[key] = value as IDataObject[string];
		}
		return clean;
	});
}
