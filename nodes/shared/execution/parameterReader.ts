import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeParameters,
	type IPollFunctions,
	type NodeParameterValueType,
} from 'n8n-workflow';
import { PricingInputError } from '../pricing/core/errors';
import {
	readChoice,
	readNumber,
	readString,
	shownValue,
	type NumberRule,
} from '../pricing/core/numbers';
import { toNodeError } from './errors';

export type ReadParameter = <T = unknown>(name: string, itemIndex: number, fallback?: T) => T;

/**
 * The one place node parameters are read and checked. Each typed read throws a
 * NodeOperationError naming the parameter, the value and the item; `read` is the unchecked
 * value for what the pricing core checks itself.
 */
export interface ParameterReader {
	read: ReadParameter;
	/** How many expression parameters were read so far (0: every item reads the same values). */
	expressionReads(): number;
	/** A finite number within `rule` (numeric text from an expression is accepted). */
	number(name: string, itemIndex: number, rule: NumberRule, fallback?: number): number;
	/** Exactly one of the declared values (another letter case is an error: n8n shows dependent fields only for the exact value). */
	option<T extends string>(name: string, itemIndex: number, allowed: readonly T[], fallback?: T): T;
	/** Text, trimmed; '' (or absent) gives `fallback`, else '' when `fallback` is undefined. */
	text(name: string, itemIndex: number, fallback?: string): string;
	/** true or false (an expression's `"true"` / `"false"` too). */
	flag(name: string, itemIndex: number, fallback: boolean): boolean;
	/** A collection parameter: an object (never an array or text). */
	collection(name: string, itemIndex: number): IDataObject;
}

/** Where values come from: an execute or poll context, item-aware or not. */
interface ParameterSource {
	node: INode;
	get(name: string, itemIndex: number, fallback: unknown): unknown;
}

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

function rawValue(parameters: INodeParameters, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(at, key) =>
				at && typeof at === 'object' && Object.hasOwn(at, key)
					? (at as Record<string, unknown>)[key]
					: undefined,
			parameters,
		);
}

/** n8n's own errors (an expression that failed) pass; its bare ones say which parameter. */
function readFailure(node: INode, name: string, itemIndex: number, error: unknown) {
	// n8n-core's getNodeParameter says only this for a parameter the node does not show.
	if (error instanceof Error && error.message === 'Could not get parameter') {
		return new NodeOperationError(node, `Could not read the parameter "${name}"`, {
			itemIndex,
			description:
				'It does not belong to the selected Resource and Operation: pick them again from their lists.',
		});
	}
	return toNodeError(node, error, itemIndex);
}

function checked<T>(node: INode, itemIndex: number, check: () => T): T {
	try {
		return check();
	} catch (error) {
		throw toNodeError(node, error, itemIndex);
	}
}

function readFlag(value: unknown, field: string, fallback: boolean): boolean {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw new PricingInputError(field, `${field} must be true or false (got ${shownValue(value)}).`);
}

function readCollection(value: unknown, field: string): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	throw new PricingInputError(
		field,
		`${field} must be a set of options, not ${shownValue(value)}.`,
	);
}

function createReader(source: ParameterSource): ParameterReader {
	const { node } = source;
	const parameters = node.parameters;
	const constants = new Map<string, unknown>();
	let expressionReads = 0;
	const read = <T>(name: string, itemIndex: number, fallback?: T): T => {
		if (constants.has(name)) return constants.get(name) as T;
		let value: T;
		try {
			value = source.get(name, itemIndex, fallback) as T;
		} catch (error) {
			throw readFailure(node, name, itemIndex, error);
		}
		if (holdsExpression(rawValue(parameters, name))) expressionReads++;
		else constants.set(name, value);
		return value;
	};
	return {
		read,
		expressionReads: () => expressionReads,
		number: (name, itemIndex, rule, fallback) =>
			checked(node, itemIndex, () =>
				readNumber(read(name, itemIndex, fallback ?? null), name, rule, fallback),
			),
		option: (name, itemIndex, allowed, fallback) =>
			checked(node, itemIndex, () =>
				readChoice(read(name, itemIndex, fallback ?? ''), name, allowed, fallback),
			),
		text: (name, itemIndex, fallback = '') =>
			checked(node, itemIndex, () => {
				const value = read(name, itemIndex, fallback);
				// A number from an expression (an id, a count) is text too.
				const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
				return readString(text, name) ?? fallback;
			}),
		flag: (name, itemIndex, fallback) =>
			checked(node, itemIndex, () => readFlag(read(name, itemIndex, fallback), name, fallback)),
		collection: (name, itemIndex) =>
			checked(node, itemIndex, () => readCollection(read(name, itemIndex, {}), name)),
	};
}

/**
 * getNodeParameter per item, but a parameter that holds no expression is the same for every
 * item, so it is read once per run: large batches then cost what their expressions cost.
 * A caller reads a given name with the same fallback every time.
 */
export function createParameterReader(ctx: IExecuteFunctions): ParameterReader {
	return createReader({
		node: ctx.getNode(),
		get: (name, itemIndex, fallback) =>
			ctx.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType | undefined),
	});
}

/** The same checks for a trigger's poll, which has no items (errors name item 0). */
export function createPollParameterReader(ctx: IPollFunctions): ParameterReader {
	return createReader({
		node: ctx.getNode(),
		get: (name, _itemIndex, fallback) =>
			ctx.getNodeParameter(name, fallback as NodeParameterValueType | undefined),
	});
}
